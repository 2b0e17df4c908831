#!/usr/bin/env bash
# Prints a new directory on a RAM-backed file system (/dev/shm) for the
# tests' temporary files, or nothing when there is none fit for them:
# writable, mounted without noexec (go test and the hook tests run programs
# from their temporary directories) and with 4 GiB free. The tests create
# and delete tens of thousands of files (repositories, trees, reports);
# in memory that costs a few seconds less of a make test on 2 cores.
set -u
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || exit 0
avail=$(df -Pk "$shm" 2>/dev/null | awk 'NR == 2 { print $4 }')
case "$avail" in '' | *[!0-9]*) exit 0 ;; esac
[ "$avail" -ge $((4 * 1024 * 1024)) ] || exit 0
dir=$(mktemp -d "$shm/pinatascan-test.XXXXXX" 2>/dev/null) || exit 0
if ! { printf '#!/bin/sh\nexit 0\n' >"$dir/probe" && chmod +x "$dir/probe" && "$dir/probe"; } 2>/dev/null; then
	rm -rf "$dir"
	exit 0
fi
rm -f "$dir/probe"
echo "$dir"
