#!/bin/sh
# fetchlwip.sh OUTDIR: fetch lwIP's source into OUTDIR/lwip, once.
# lwIP is never copied into the repository: it is Debian 12's source
# package lwip, at the version pinned in lwip.sha256 beside this script,
# fetched with `apt-get source` from Debian's archive
# (deb-src http://deb.debian.org/debian bookworm main) through a private
# APT configuration under OUTDIR/apt (its own sources list, package
# lists and cache), so the machine's own APT setup is left alone.  The
# .dsc and both tarballs must match the pinned SHA-256 sums; then
# dpkg-source unpacks them (Debian's patches applied) into OUTDIR/lwip.
#
# Quick when already done: OUTDIR/lwip/.pinned is a copy of the pins it
# was fetched with, and nothing happens while they are the same.
# Needs apt-get, dpkg-source (dpkg-dev), xz (xz-utils) and Debian's
# archive keyring; as root it installs what is missing, otherwise it
# prints the command to run.  Run by the top Makefile before the
# libraries build, and by tests that need lwIP.

set -u
name=fetchlwip
here=$(cd "$(dirname "$0")" && pwd)
pins=$here/lwip.sha256
out=${1:-out}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
archive='http://deb.debian.org/debian bookworm main'

fail() {
	echo "$name: $*" >&2
	exit 1
}

[ -f "$pins" ] || fail "no pin file $pins"
mkdir -p "$out" || fail "cannot make $out"
out=$(cd "$out" && pwd)
dest=$out/lwip
[ -f "$dest/.pinned" ] && cmp -s "$dest/.pinned" "$pins" && exit 0

version=$(sed -n 's/^version //p' "$pins")
[ -n "$version" ] || fail "no version line in $pins"

# the tools, installed as root, named otherwise
command -v apt-get >/dev/null 2>&1 ||
	fail "no apt-get: lwIP comes from Debian's source package lwip $version (Debian 12 or later)"
need=
command -v dpkg-source >/dev/null 2>&1 || need="$need dpkg-dev"
command -v xz >/dev/null 2>&1 || need="$need xz-utils"
[ -f "$keyring" ] || need="$need debian-archive-keyring"
if [ -n "$need" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "$name: lwIP's source needs Debian packages:$need; install them with:" >&2
		echo "sudo apt-get install -y$need" >&2
		exit 1
	fi
	echo "$name: installing$need"
	{ apt-get -q update && DEBIAN_FRONTEND=noninteractive \
		apt-get install -q -y --no-install-recommends $need; } >"$out/fetchlwip-install.log" 2>&1 ||
		fail "apt-get install$need failed (see $out/fetchlwip-install.log)"
fi

# the private APT configuration: only this deb-src line, and lists and
# cache of its own (apt resolves Dir:: paths, so they are absolute)
apt=$out/apt
rm -rf "$apt"
mkdir -p "$apt/etc/sources.list.d" "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/src" ||
	fail "cannot make $apt"
echo "deb-src [signed-by=$keyring] $archive" >"$apt/etc/sources.list"
set -- -q \
	-o "Dir::Etc::SourceList=$apt/etc/sources.list" \
	-o "Dir::Etc::SourceParts=$apt/etc/sources.list.d" \
	-o "Dir::State::Lists=$apt/lists" \
	-o "Dir::Cache=$apt/cache"
# as root apt downloads as the user _apt, who may not reach OUTDIR
[ "$(id -u)" -eq 0 ] && set -- "$@" -o APT::Sandbox::User=root
log=$apt/log

echo "$name: lwip $version from Debian ($archive)"
cd "$apt/src" || fail "cannot enter $apt/src"
if ! apt-get "$@" update >"$log" 2>&1 ||
	! apt-get "$@" source --download-only "lwip=$version" >>"$log" 2>&1; then
	tail -3 "$log" | sed 's/^/	/' >&2
	echo "$name: cannot fetch Debian's source package lwip $version from $archive" >&2
	echo "$name: the commands were (in $apt/src; log $log):" >&2
	echo "	apt-get $* update" >&2
	echo "	apt-get $* source --download-only lwip=$version" >&2
	exit 1
fi

# the pinned sums, then unpack
grep -E '^[0-9a-f]{64}  ' "$pins" >sums
if ! sha256sum -c --strict sums >>"$log" 2>&1; then
	grep -v ': OK$' "$log" | grep -E ': FAILED|No such' | sed 's/^/	/' >&2
	fail "downloaded lwip $version differs from the sums pinned in $pins (files kept in $apt/src)"
fi
dsc=$(awk '/\.dsc$/ { print $2 }' sums)
dpkg-source -x "$dsc" unpacked >>"$log" 2>&1 || fail "dpkg-source -x $dsc failed (see $log)"
[ -f unpacked/src/core/tcp.c ] || fail "no src/core/tcp.c in $apt/src/unpacked"
rm -rf "$dest" && mv unpacked "$dest" && cp "$pins" "$dest/.pinned" || fail "cannot move the source to $dest"
rm -rf "$apt/lists" "$apt/cache"
echo "$name: lwip $version in $dest"
