#!/usr/bin/env bash
# release-check.sh DIST: checks what `goreleaser release --snapshot` left in
# DIST, as a user would meet it, and the Dockerfile as far as a machine
# without a Docker engine can: every archive matches checksums.txt; each
# holds both commands; the Linux binary is static and reports the stamped
# version; the Dockerfile passes BuildKit's own parser and linter (the
# checks of `docker build --check`); and the image's runtime choices work:
# the binary, run as the image's unprivileged user with the image's git
# settings, scans the history of a repository owned by someone else.
set -euo pipefail
dist=${1:?usage: release-check.sh DIST}
root=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "release-check: $*" >&2; exit 1; }

cd "$dist"
echo "release-check: checksums"
sha256sum --quiet -c checksums.txt || fail "an archive does not match checksums.txt"
version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' metadata.json)
[ -n "$version" ] || fail "no version in metadata.json"
for os in linux darwin windows; do
	for arch in amd64 arm64; do
		ext=tar.gz; [ "$os" = windows ] && ext=zip
		a="pinatascan_${version}_${os}_${arch}.$ext"
		grep -q " $a\$" checksums.txt || fail "$a is not in checksums.txt"
		if [ "$ext" = zip ]; then list=$(unzip -Z1 "$a"); else list=$(tar -tzf "$a"); fi
		for bin in pinatascan pinatavet; do
			[ "$os" = windows ] && bin=$bin.exe
			grep -qx "$bin" <<<"$list" || fail "$a lacks $bin"
		done
	done
done
echo "release-check: 6 archives, both commands in each, all in checksums.txt"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "pinatascan_${version}_linux_amd64.tar.gz" -C "$tmp"
if readelf -l "$tmp/pinatascan" | grep -q 'program interpreter'; then
	fail "the Linux binary is dynamically linked"
fi
got=$("$tmp/pinatascan" version | awk '{print $2}')
[ "$got" = "v$version" ] || fail "pinatascan version says $got, want v$version"
got=$("$tmp/pinatavet" -V | awk '{print $2}')
[ "$got" = "v$version" ] || fail "pinatavet -V says $got, want v$version"
echo "release-check: static linux/amd64 binaries report v$version"

echo "release-check: Dockerfile (BuildKit parser and linter)"
(cd "$root/scripts/dockerfilecheck" && go run . "$root/Dockerfile")

# The image runs as uid 65532 with safe.directory set in the environment;
# CI mounts a checkout it does not own. Do the same here, as root can.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && command -v git >/dev/null; then
	repo="$tmp/repo"
	git init -q "$repo"
	echo "hello" >"$repo/README"
	git -C "$repo" -c user.name=r -c user.email=r@example.com add README
	git -C "$repo" -c user.name=r -c user.email=r@example.com commit -q -m one
	chmod -R a+rX "$tmp"
	grep -q "git config --system --add safe.directory '\*'" "$root/Dockerfile" || fail "the Dockerfile no longer marks checkouts safe for git"
	printf '[safe]\n\tdirectory = *\n' >"$tmp/gitconfig-system" # what that RUN line writes
	export GIT_CONFIG_SYSTEM="$tmp/gitconfig-system"
	user=$(sed -n 's/^USER \([0-9]*\):.*/\1/p' "$root/Dockerfile")
	[ -n "$user" ] && [ "$user" != 0 ] || fail "the Dockerfile must name a non-root numeric USER"
	(cd "$repo" && HOME=/nonexistent setpriv --reuid="$user" --regid="$user" --clear-groups "$tmp/pinatascan" git) \
		|| fail "pinatascan git as uid $user in a repository it does not own"
	echo "release-check: as uid $user, with the image's system git config, a history scan of another user's repository works"
else
	echo "release-check: not root (or no setpriv): the unprivileged-user check was not run" >&2
fi
echo "release-check: ok (the container image itself was not built: no Docker engine here)"
