#!/usr/bin/env bash
# action-install.sh: puts pinatascan in $RUNNER_TEMP/pinatascan-bin for the
# composite action (action.yml), and writes bin=PATH to $GITHUB_OUTPUT.
#
# At a release tag (uses: pinatascan/pinatascan@vX.Y.Z) it downloads that
# release's archive for this runner and checks it against the release's
# checksums.txt. At any other ref it builds the action's own source with
# the runner's Go (GOTOOLCHAIN fetches the release go.mod asks for), with
# Go's caches in $RUNNER_TEMP; the action caches the binary by a hash of
# the source (PS_CACHE_HIT=true skips the build). Nothing is added to PATH
# or to the job's environment.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:?}
dest="$RUNNER_TEMP/pinatascan-bin"
mkdir -p "$dest"
exe=pinatascan
[ "${RUNNER_OS:-}" = Windows ] && exe=pinatascan.exe

# The ref the workflow pinned: the runner checks actions out under
# _actions/OWNER/REPO/REF, and github.action_ref says it too.
ref=${PS_ACTION_REF:-}
[ -n "$ref" ] || ref=$(basename "$action_path")

if [[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	case "${RUNNER_OS:-Linux}" in
		Linux) os=linux ;; macOS) os=darwin ;; Windows) os=windows ;;
		*) echo "::error title=pinatascan::unsupported runner OS ${RUNNER_OS}"; exit 2 ;;
	esac
	case "${RUNNER_ARCH:-X64}" in
		X64) arch=amd64 ;; ARM64) arch=arm64 ;;
		*) echo "::error title=pinatascan::unsupported runner architecture ${RUNNER_ARCH}"; exit 2 ;;
	esac
	ext=tar.gz
	[ "$os" = windows ] && ext=zip
	archive="pinatascan_${ref#v}_${os}_${arch}.$ext"
	base=${PS_RELEASE_URL:-https://github.com/pinatascan/pinatascan/releases/download}/$ref
	work=$(mktemp -d "$RUNNER_TEMP/pinatascan-dl.XXXXXX")
	echo "pinatascan $ref: downloading $archive"
	curl -fsSL --retry 3 -o "$work/$archive" "$base/$archive"
	curl -fsSL --retry 3 -o "$work/checksums.txt" "$base/checksums.txt"
	want=$(awk -v f="$archive" '$2 == f { print $1 }' "$work/checksums.txt")
	if command -v sha256sum >/dev/null; then
		got=$(sha256sum "$work/$archive" | awk '{ print $1 }')
	else
		got=$(shasum -a 256 "$work/$archive" | awk '{ print $1 }')
	fi
	if [ -z "$want" ] || [ "$got" != "$want" ]; then
		echo "::error title=pinatascan::$archive does not match the release's checksums.txt (got ${got}, want ${want:-no entry})"
		exit 2
	fi
	tar -xf "$work/$archive" -C "$dest" "$exe"
	rm -rf "$work"
elif [ "${PS_CACHE_HIT:-}" != true ]; then
	if ! command -v go >/dev/null; then
		echo "::error title=pinatascan::no Go on this runner to build pinatascan at $ref: pin a release tag (it downloads a binary) or set up Go before this step"
		exit 2
	fi
	echo "pinatascan $ref: building from source with $(go version)"
	gotmp="$RUNNER_TEMP/pinatascan-go"
	(
		cd "$action_path"
		export GOPATH="$gotmp/path" GOMODCACHE="${PS_GOMODCACHE:-$gotmp/mod}" GOCACHE="${PS_GOCACHE:-$gotmp/cache}" GOTOOLCHAIN=auto CGO_ENABLED=0
		go build -trimpath -o "$dest/$exe" ./cmd/pinatascan
	)
	chmod -R u+w "$gotmp" 2>/dev/null || true
	rm -rf "$gotmp"
fi
"$dest/$exe" version
echo "bin=$dest/$exe" >>"$GITHUB_OUTPUT"
