#!/usr/bin/env bash
# bench/staged.sh: the cost of `pinatascan scan --staged` against git's own
# `git diff --cached -U0`, as whole processes, on a repository the size of
# Go's source tree with a 10-file change staged. Target: ratio <= 2.5.
#
# Usage: bench/staged.sh [RUNS]   (hyperfine is used when installed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

echo "building pinatascan" >&2
go build -o "$work/bin/pinatascan" ./cmd/pinatascan
scan="$work/bin/pinatascan"

src=$(go env GOROOT)/src
repo="$work/repo"
echo "copying $src into a repository and committing it" >&2
mkdir -p "$repo"
cp -R "$src/." "$repo/"
git -C "$repo" init -q -b main
git -C "$repo" add -A
# No automatic gc: it would run in the background, during the timings.
# The objects are packed once instead, as in any repository in use.
git -C "$repo" -c gc.auto=0 commit -q -m "go source tree"
git -C "$repo" gc -q
files=$(git -C "$repo" ls-files | wc -l)
size=$(du -sh "$repo" --exclude=.git | cut -f1)

# The change: 10 files, 9 Go files spread over the tree and a new one with
# a (synthetic) Pinata secret, so the scan does its whole job.
i=0
gofiles=$(git -C "$repo" ls-files '*.go' | wc -l)
for f in $(git -C "$repo" ls-files '*.go' | awk -v n=$((gofiles / 9)) 'NR % n == 1' | head -n 9); do
	printf '\n// edited for the benchmark (%d)\nvar benchValue%d = %d\n' "$i" "$i" "$i" >>"$repo/$f"
	git -C "$repo" add -- "$f"
	i=$((i + 1))
done
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf 'PINATA_SECRET_API_KEY=%s\n' "$secret" >"$repo/bench.env"
git -C "$repo" add bench.env
git -C "$repo" status --porcelain >/dev/null # fresh stat data for both sides
staged=$(git -C "$repo" diff --cached --name-only | wc -l)
echo "repository: $files files, $size; staged: $staged files" >&2

cd "$repo"
"$scan" scan --staged >/dev/null && { echo "bench: the staged secret was not found" >&2; exit 1; } || true

if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --warmup 5 --runs "$runs" -i --export-csv "$work/times.csv" \
		'git diff --cached -U0' "$scan scan --staged" >&2
	# Medians: a shared machine's outliers move means more than medians.
	git_s=$(awk -F, 'NR == 2 { print $4 }' "$work/times.csv")
	scan_s=$(awk -F, 'NR == 3 { print $4 }' "$work/times.csv")
else
	echo "hyperfine not found; timing $runs runs of each with date" >&2
	timeit() {
		local start end
		for _ in 1 2 3; do "$@" >/dev/null 2>&1 || true; done
		start=$(date +%s%N)
		for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
		end=$(date +%s%N)
		awk -v ns=$((end - start)) -v n="$runs" 'BEGIN { printf "%.6f", ns / n / 1e9 }'
	}
	git_s=$(timeit git diff --cached -U0)
	scan_s=$(timeit "$scan" scan --staged)
fi

awk -v g="$git_s" -v s="$scan_s" 'BEGIN {
	r = s / g
	printf "git diff --cached -U0:   %7.1f ms\n", g * 1000
	printf "pinatascan scan --staged: %7.1f ms\n", s * 1000
	printf "ratio: %.2fx (target <= 2.5x) %s\n", r, (r <= 2.5 ? "ok" : "OVER TARGET")
	exit (r <= 2.5 ? 0 : 1)
}'
