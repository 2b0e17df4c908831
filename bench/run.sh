#!/usr/bin/env bash
# bench/run.sh: issue 7's speed and memory targets, measured as whole
# processes against the floor (ripgrep, git itself), warm cache, medians.
#
#   (a) pinatascan scan <copy of GOROOT/src>   <= 2x  rg -e JWT-header -e (?i)pinata
#   (b) pinatascan git --all (full history)    <= 2x  git log -p --all > /dev/null
#   (c) peak RSS: the source tree, one 2 GiB file, one 200 MB single line: <= 64 MiB each
#   (d) pinatascan scan --staged               <= 2.5x git diff --cached -U0 (bench/staged.sh)
#   (e) peak RSS: one file of 1,000,000 labelled keys (1M findings), reported
#       as text, JSON and SARIF: <= 64 MiB each
#   (f) pinatascan scan <15 MB one-line pin list> <= 2x  (a)
#       (bench/mkpinlist.pl: one line naming Pinata 64,000 times, once quadratic)
#
# Usage: bench/run.sh            (make bench runs it, then the Go benchmarks)
# Environment: RUNS (timed runs per command, default 10), COMMITS (history
# length, default 3000), STAGED_RUNS (default 20), KEEP=1 keeps the corpora.
# Exits non-zero when a target is missed. Needs root (or the tools already
# installed) for apt-get; needs about 2.5 GB of free space in $TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
commits=${COMMITS:-3000}
staged_runs=${STAGED_RUNS:-20}

say() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------
need=()
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v git >/dev/null 2>&1 || need+=(git)
command -v perl >/dev/null 2>&1 || need+=(perl)
if [ ${#need[@]} -gt 0 ]; then
	say "installing ${need[*]} (Debian packages)"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get install -y -q --no-install-recommends "${need[@]}" >&2 ||
		{ $sudo apt-get update -q >&2 && $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >&2; }
fi

# --- corpora ---------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/pinatascan-bench.XXXXXX")
cleanup() {
	if [ "${KEEP:-}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

say "building pinatascan"
go build -o "$work/bin/pinatascan" ./cmd/pinatascan
scan="$work/bin/pinatascan"

src=$(go env GOROOT)/src
say "copying $src"
cp -R "$src" "$work/src"
tree_files=$(find "$work/src" -type f | wc -l)
tree_size=$(du -sh "$work/src" | cut -f1)

say "replaying $src into a history of about $commits commits (git fast-import)"
git init -q -b main "$work/repo"
perl bench/mkhistory.pl "$work/src" "$commits" | git -C "$work/repo" fast-import --quiet
git -C "$work/repo" checkout -q main
repo_commits=$(git -C "$work/repo" rev-list --all --count)
repo_size=$(du -sh "$work/repo/.git" | cut -f1)

# Text for the big files: the tree's Go source, concatenated once.
find "$work/src" -name '*.go' -type f -print0 | xargs -0 cat >"$work/go.txt"
# repeat SIZE SEP MARK: go.txt repeated to SIZE bytes, newlines turned into
# SEP, each 512 KiB block led by MARK.
repeat() {
	perl -e '
		my ($in, $size, $sep, $mark) = @ARGV;
		open(my $fh, "<:raw", $in) or die "$in: $!";
		binmode STDOUT;
		for (my $n = 0; $n < $size;) {
			seek($fh, 0, 0) if eof($fh);
			read($fh, my $buf, 512 << 10);
			$buf =~ s/\n/$sep/g if $sep ne "\n";
			$buf = $mark . $buf;
			$buf = substr($buf, 0, $size - $n) if $n + length($buf) > $size;
			print $buf;
			$n += length($buf);
		}
	' "$work/go.txt" "$@"
}
say "writing a 2 GiB file (Go source, repeated)"
repeat $((2 << 30)) $'\n' "" >"$work/big.txt"
# A minified bundle: newlines become spaces, and "pinata" leads every
# 512 KiB block, so every window gets the full context rules and not just
# the prefilter.
say "writing a 200 MB single-line file (a minified bundle that names Pinata)"
repeat $((200 * 1000 * 1000 - 1)) " " "const pinata = new PinataSDK(cfg); " >"$work/line.txt"
printf '\n' >>"$work/line.txt"
lines=$(wc -l <"$work/line.txt")

say "writing a 15 MB one-line Pinata pin list (bench/mkpinlist.pl)"
perl bench/mkpinlist.pl 32000 >"$work/pinlist.json"

say "corpora: tree $tree_files files ($tree_size); history $repo_commits commits (.git $repo_size);"
say "         $(du -h "$work/big.txt" | cut -f1) file; $(du -h "$work/line.txt" | cut -f1) file of $lines line"

# --- timing ----------------------------------------------------------------
# median NAME CMD...: hyperfine's median wall time in seconds, warm cache.
# Exit codes are ignored: rg exits 1 when it finds nothing, pinatascan
# when it finds something; what is timed is the work.
median() {
	local csv="$work/$1.csv"
	shift
	hyperfine -N --style basic --warmup 2 --runs "$runs" -i --export-csv "$csv" "$@" >&2
	awk -F, 'NR == 2 { print $4 }' "$csv"
}

fail=0
report() { # label ours floor target
	awk -v l="$1" -v o="$2" -v f="$3" -v t="$4" 'BEGIN {
		r = o / f
		printf "%-34s pinatascan %8.1f ms   floor %8.1f ms   ratio %5.2fx (target <= %sx) %s\n",
			l, o * 1000, f * 1000, r, t, (r <= t ? "ok" : "MISSED")
		exit (r <= t ? 0 : 1)
	}' || fail=1
}

say "(a) directory scan vs ripgrep"
ours_a=$(median scan "$scan scan $work/src")
floor_a=$(median rg "rg -e eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 -e (?i)pinata $work/src")

say "(f) one-line pin list vs the directory scan"
ours_f=$(median pinlist "$scan scan $work/pinlist.json")

say "(b) history scan vs git log -p --all"
cd "$work/repo"
ours_b=$(median git "$scan git --all")
floor_b=$(median gitlog "git log -p --all")
cd - >/dev/null

# --- memory ----------------------------------------------------------------
# peak NAME ARGS...: sets rss to "KiB seconds", the peak resident set
# and wall time of one pinatascan run.
peak() {
	local name=$1 out="$work/$1.rss" rc=0
	shift
	/usr/bin/time -f '%M %e' -o "$out" "$scan" "$@" >/dev/null 2>"$work/$name.err" || rc=$?
	if [ "$rc" -gt 1 ]; then # 1 means findings: fine here
		say "pinatascan $* exited $rc:"
		tail -n 5 "$work/$name.err" >&2
		fail=1
	fi
	rss=$(tail -n 1 "$out")
}
say "(c) peak memory"
peak tree scan "$work/src"
rss_tree=$rss
peak big scan "$work/big.txt"
rss_big=$rss
peak line scan "$work/line.txt"
rss_line=$rss
cd "$work/repo"
peak gitrss git --all
rss_git=$rss
cd - >/dev/null

say "(e) peak memory at 1,000,000 findings (writing 36 MB of labelled keys)"
perl -e 'srand(7); for (1 .. 1000000) { print "PINATA_API_KEY=", join("", map { sprintf "%x", int(rand 16) } 1 .. 20), "\n" }' >"$work/keys.env"
peak keys-text scan --format text "$work/keys.env"
rss_keys_text=$rss
peak keys-json scan --format json "$work/keys.env"
rss_keys_json=$rss
peak keys-sarif scan --format sarif "$work/keys.env"
rss_keys_sarif=$rss

memline() { # label "KiB seconds" bytes
	set -- "$1" $2 "$3"
	awk -v l="$1" -v k="$2" -v s="$3" -v b="$4" 'BEGIN {
		m = k / 1024
		printf "%-34s peak RSS %6.1f MiB (target <= 64 MiB) %s   [%.2f s", l, m, (m <= 64 ? "ok" : "MISSED"), s
		if (b > 0 && s > 0) printf ", %.0f MB/s", b / s / 1e6
		printf "]\n"
		exit (m <= 64 ? 0 : 1)
	}' || fail=1
}

# --- staged ----------------------------------------------------------------
say "(d) staged scan (bench/staged.sh $staged_runs)"
staged_out=$(bench/staged.sh "$staged_runs") || fail=1

# --- summary ---------------------------------------------------------------
echo
echo "pinatascan bench: $(nproc) cores; medians of $runs runs, warm cache"
echo "tree: $tree_files files ($tree_size); history: $repo_commits commits; big: 2 GiB; line: 200 MB, one line"
report "(a) scan GOROOT/src vs rg" "$ours_a" "$floor_a" 2
report "(b) git --all vs git log -p --all" "$ours_b" "$floor_b" 2
report "(f) 15 MB pin-list line vs (a)" "$ours_f" "$ours_a" 2
memline "(c) scan GOROOT/src" "$rss_tree" "$(du -sb "$work/src" | cut -f1)"
memline "(c) scan one 2 GiB file" "$rss_big" "$(stat -c %s "$work/big.txt")"
memline "(c) scan one 200 MB line" "$rss_line" "$(stat -c %s "$work/line.txt")"
memline "(e) 1M findings as text" "$rss_keys_text" "$(stat -c %s "$work/keys.env")"
memline "(e) 1M findings as JSON" "$rss_keys_json" "$(stat -c %s "$work/keys.env")"
memline "(e) 1M findings as SARIF" "$rss_keys_sarif" "$(stat -c %s "$work/keys.env")"
awk -v k="${rss_git%% *}" 'BEGIN { printf "%-34s peak RSS %6.1f MiB (no target; git cat-file is a child)\n", "    git --all (for information)", k / 1024 }'
echo "(d) staged:"
printf '%s\n' "$staged_out" | sed 's/^/    /'
if [ "$fail" -ne 0 ]; then
	echo "bench: a target was missed" >&2
	exit 1
fi
echo "bench: every target met"
