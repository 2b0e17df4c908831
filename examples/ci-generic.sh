#!/bin/sh
# Any CI system: fail the build when Pinata credentials are found.
# BASE is the commit the change is based on (your CI names it; for example
# the target branch's head). Without it the whole history is scanned.
set -eu

go install github.com/pinatascan/pinatascan/cmd/pinatascan@latest # pin a version in real use

if [ -n "${BASE:-}" ]; then
	# Only the commits of this change, checked with the base's policy
	# (config, ignore file, baseline): the change cannot switch it off.
	pinatascan git "$BASE..HEAD" --policy-from "$BASE" --format text
else
	# Everything, once: then record what is known so later runs report
	# only new findings (commit the baseline; it holds hashes, no secrets).
	#   pinatascan baseline create --output .pinatascan-baseline.json git
	#   pinatascan git --baseline .pinatascan-baseline.json
	pinatascan git --all --format text
fi
# Exit codes: 0 nothing found, 1 credentials found, 2 the scan failed.
