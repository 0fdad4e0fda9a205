#!/bin/sh
# deps.sh: make sure the Debian packages the build and the tests need
# are installed.  Quiet when everything is there.  Otherwise, as root,
# install the missing ones with apt-get; as anyone else, print the one
# command to run and exit 1.  Run by `make deps` (so by `make run` and
# `make test`).

# One package per line: the Debian package, then what shows that it is
# installed: a command on $PATH, or an absolute path that must exist.
# To add a package, add a line.
PACKAGES='
make		make
gcc		gcc
libc6-dev	/usr/include/stdio.h
nasm		nasm
grub-common	grub-mkrescue
grub-pc-bin	/usr/lib/grub/i386-pc/multiboot2.mod
xorriso		xorriso
mtools		mformat
qemu-system-x86	qemu-system-x86_64
expect		expect
9base		/usr/lib/plan9/bin/rc
clang		clang
libclang-rt-14-dev	/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
dpkg-dev	dpkg-source
xz-utils	xz
bzip2		bzip2
debian-archive-keyring	/usr/share/keyrings/debian-archive-keyring.gpg
diod		/usr/sbin/diod
'
# 9base: Plan 9's rc, which tests/rc/compare.sh holds Ninefold's rc to.
# clang and its runtime: the libFuzzer targets in tests/fuzz.
# diod: a 9P2000.L server on the host, for tests/diod.exp (lmount).
# dpkg-dev, xz-utils and the archive keyring: lwIP's source, which is
# no binary package: fetchlwip.sh (run by the build) fetches it with
# `apt-get source lwip` through a private APT configuration under out/apt
# that holds the one deb-src line; see sys/src/tools/fetchlwip.sh and
# the pinned sums in sys/src/tools/lwip.sha256.
# bzip2: busybox's source tarball, for the Linux peer's dnsd and nc -u
# (tests/linux/bbnet.sh).

# installed CHECK: true if the command CHECK is on $PATH, or if CHECK
# is an absolute path that exists.
installed() {
	case $1 in
	/*)	[ -e "$1" ] ;;
	*)	command -v "$1" >/dev/null 2>&1 ;;
	esac
}

# missing: print the packages whose check fails, space-separated.
missing() {
	echo "$PACKAGES" | while read -r pkg check; do
		case $pkg in ''|'#'*) continue ;; esac
		installed "$check" || printf '%s ' "$pkg"
	done
}

need=$(missing)
[ -z "$need" ] && exit 0
need=${need% }

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing Debian packages: $need; install them with:" >&2
	echo "sudo apt-get install -y $need" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing Debian packages and no apt-get: $need" >&2
	exit 1
fi

echo "deps: installing $need"
# libc6-dev is listed above, so recommends (a GUI for QEMU, ...) can go
apt-get -q update &&
DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends $need || {
	echo "deps: apt-get install failed" >&2
	exit 1
}

need=$(missing)
if [ -n "$need" ]; then
	echo "deps: still missing after apt-get: $need" >&2
	exit 1
fi
exit 0
