#!/usr/bin/env bash
# bench/robustness.sh: issue 8's memory guarantee, measured on whole
# processes: peak RSS (GNU time's %M) and wall time of pinatascan on
#
#   - 100,000 small files in one tree (100 of them with a secret)
#   - a history of 50,000 commits (git fast-import; 50 secrets), HEAD and --all
#   - 2 GiB of text through standard input, a credential at the very end
#   - a 200 MB single line through standard input, a credential at its end
#   - a tree 10,000 directories deep
#
# Each run must find exactly what was planted: the script fails otherwise.
# Results are printed as a Markdown table (bench/ROBUSTNESS.md holds one).
#
# Usage: bench/robustness.sh          (needs git, GNU time, ~200 MB in $TMPDIR)
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/time ] || { echo "bench/robustness.sh: GNU time (/usr/bin/time) is needed" >&2; exit 1; }
command -v git >/dev/null || { echo "bench/robustness.sh: git is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
say() { printf '%s\n' "$*" >&2; }

say "building pinatascan"
go build -o "$work/pinatascan" ./cmd/pinatascan
scan="$work/pinatascan"

# hexes N LEN: N random lowercase hex strings of LEN characters, one a line.
hexes() { od -An -vtx1 -N $(($1 * $2 / 2)) /dev/urandom | tr -d ' \n' | fold -w "$2"; echo; }

# own_peak CMD...: runs CMD (pinatascan itself, not a shell) and prints the
# peak RSS of that process alone in KiB, polling /proc (GNU time counts the
# largest of the process and its children, and git's own can be larger).
own_peak() {
	"$@" >/dev/null 2>&1 &
	local pid=$! peak=0 h
	while kill -0 "$pid" 2>/dev/null; do
		h=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
		if [ -n "$h" ] && [ "$h" -gt "$peak" ]; then peak=$h; fi
		sleep 0.02
	done
	wait "$pid" || true
	echo "$peak"
}

rows=()
# measure NAME WANT_FINDINGS CMD...: runs CMD under GNU time, checks the
# number of findings in its JSON report, and records RSS and time; with
# OWN=1, also pinatascan's own peak, apart from the git it runs.
measure() {
	local name=$1 want=$2
	shift 2
	/usr/bin/time -f '%M %e' -o "$work/time" "$@" >"$work/out.json" 2>"$work/err" || true
	local got own="same"
	got=$(grep -c '"kind":' "$work/out.json" || true)
	read -r rss secs < <(tail -n 1 "$work/time") # after "Command exited with non-zero status 1"
	if [ "$got" != "$want" ]; then
		say "$name: $got findings, want $want"; cat "$work/err" >&2; exit 1
	fi
	if [ "${OWN:-}" = 1 ] && [ -d /proc/self ]; then
		own="$(($(own_peak "$@") / 1024)) MiB"
	fi
	say "$name: $((rss / 1024)) MiB peak RSS (pinatascan alone: $own), ${secs} s, $got findings"
	rows+=("| $name | $((rss / 1024)) MiB | $own | ${secs} s | $got |")
}

# --- 100,000 small files ------------------------------------------------------
say "writing 100,000 files"
mkdir -p "$work/files"
hexes 100 64 >"$work/secrets100"
(cd "$work/files" && awk -v secrets="$work/secrets100" 'BEGIN {
	while ((getline s < secrets) > 0) sec[n++] = s
	for (i = 0; i < 100000; i++) {
		dir = sprintf("d%03d", i % 1000)
		if (i < 1000) system("mkdir -p " dir)
		f = sprintf("%s/f%06d.txt", dir, i)
		printf "# file %d\nvalue_%d = %d\nsome ordinary text for a config file, line three\n", i, i, i * 7 > f
		if (i % 1000 == 999) printf "PINATA_SECRET_API_KEY=%s\n", sec[int(i / 1000)] > f
		close(f)
	}
}')
measure "scan: 100,000 small files" 100 "$scan" scan --format json "$work/files"

# --- 50,000 commits ---------------------------------------------------------
say "writing a history of 50,000 commits"
git init -q -b main "$work/repo"
hexes 50 64 >"$work/secrets50"
awk -v secrets="$work/secrets50" 'BEGIN {
	while ((getline s < secrets) > 0) sec[n++] = s
	for (i = 1; i <= 50000; i++) {
		content = sprintf("# file %d, revision %d\nvalue_%d = %d\n", i % 500, i, i, i * 7)
		if (i % 1000 == 0) content = content sprintf("PINATA_SECRET_API_KEY=%s\n", sec[i / 1000 - 1])
		printf "commit refs/heads/main\nauthor Ada Author <ada@example.com> %d +0000\ncommitter Ada Author <ada@example.com> %d +0000\ndata 2\nc\n", 1700000000 + i, 1700000000 + i
		printf "M 100644 inline dir%d/f%d.txt\ndata %d\n%s\n", i % 10, i % 500, length(content), content
	}
}' | git -C "$work/repo" fast-import --quiet
git -C "$work/repo" reset -q --hard main
cd "$work/repo"
OWN=1 measure "git: 50,000 commits (HEAD)" 50 "$scan" git --format json
OWN=1 measure "git --all: 50,000 commits" 50 "$scan" git --all --format json
/usr/bin/time -f '%M' -o "$work/time" git log --raw --no-abbrev >/dev/null
floor=$(($(tail -n 1 "$work/time") / 1024))
say "for comparison, git log --raw on the same history: $floor MiB"
rows+=("| (floor) git log --raw, same history | $floor MiB | | | |")
cd - >/dev/null

# --- 2 GiB of text, a 200 MB line ------------------------------------------
key=$(hexes 1 20)
measure "scan -: 2 GiB of text, key at the end" 1 bash -c \
	"{ yes 'lorem ipsum dolor sit amet, value_1 = 12345; // some text' | head -c $((2 << 30)); echo PINATA_API_KEY=$key; } | '$scan' scan --format json -"
measure "scan -: one 200 MB line, key at its end" 1 bash -c \
	"{ head -c $((200 << 20)) /dev/zero | tr '\\0' 'a'; echo ' PINATA_API_KEY=$key'; } | '$scan' scan --format json -"

# --- 10,000 directories deep -------------------------------------------------
say "making a tree 10,000 directories deep"
# perl, not a shell loop: bash's cd grows slower with the depth of $PWD.
(cd "$work" && mkdir deep && cd deep && perl -e '
	for (1 .. 10000) { mkdir "d" or die "mkdir: $!"; chdir "d" or die "chdir: $!" }
	open(my $f, ">", "deep.env") or die "open: $!";
	print $f "PINATA_API_KEY=$ARGV[0]\n";' "$key")
cd "$work"
measure "scan: a tree 10,000 directories deep" 1 "$scan" scan --format json deep
cd - >/dev/null

echo "| run | peak RSS (with children) | pinatascan alone | wall time | findings |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
