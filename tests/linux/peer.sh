#!/bin/sh
# peer.sh: build the Linux peer guest for the interop tests (tests/v9fs.exp
# runs it first) under out/linuxpeer/:
#	vmlinuz		Debian's kernel, from the package linux-image-amd64
#	modules/	the few modules it needs, with order (one name a line,
#			dependencies first)
#	busybox		busybox-static's binary
#	bbnet		busybox built from Debian's source with dnsd and
#			netcat 1.10's nc (-u), which busybox-static lacks
#			(tests/linux/bbnet.sh)
#	initramfs.gz	busybox, bbnet (as /bin/busybox-net), the applet
#			links, the modules and /init
# Debian's packages are fetched with `apt-get download` (never installed
# on the host) and unpacked with dpkg-deb, as tests/bench/linux.sh does;
# the kernel and modules are kept, and fetched again only when
# linux-image-amd64 names another version; the initramfs is made anew
# each run (a second or two).  Runs of peer.sh (two tests at once) take
# turns, by flock(1) on OUTDIR/.lock.  The host needs Debian's essential
# packages (apt, dpkg, tar, gzip, coreutils' tsort, awk) and, for bbnet,
# what the build needs anyway (gcc, make, libc6-dev, dpkg-dev, xz-utils)
# and bzip2.
# Debian's kernel has the serial console, devtmpfs, gzip initramfs, IPv4
# and ACPI power-off built in; 9P (9pnet, its TCP transport 9pnet_fd, the
# v9fs file system 9p and what it needs, netfs and fscache) and the
# e1000 are modules, taken from the package with their dependencies by
# getkernel (tests/linux/debian.sh).
#
# The guest's /init mounts proc, sys, devtmpfs and a tmpfs on /tmp,
# quiets the kernel's console messages, loads the modules with insmod in
# order, gives eth0 the address peerip=ADDR/LEN from the kernel command
# line (default 10.9.0.2/24), waits up to 10 s for its carrier, and
# prints
#	init: modules 9pnet 9pnet_fd ...
#	init: eth0 10.9.0.2/24 up		(or "... no carrier")
# Then it runs, in /root, the commands peercmd="..." from the kernel
# command line if there are any (the kernel takes the quotes off), else
# the script peer=/path if given, else an interactive sh on the console
# with the prompt "linux# " and the terminal's echo off (so what comes
# back is only the commands' output), for a test to type at.  Each has
# /etc/shrc read first, which makes nc a function running bbnet's nc
# (busybox's ash runs its own applets before any file on $PATH), and
# gives the interactive shell `bg CMD ARGS` in place of `CMD ARGS &`:
# a background job that ends while that shell waits at its prompt
# makes it exit, so bg runs CMD detached (init's child, not the
# shell's), and `bgwait` waits for the last one to end.  Last it prints
# "init: exit STATUS" and powers off.
#
# Boot it, joined to another guest by UDP on 127.0.0.1 (that guest's
# QEMU has the ports the other way round), with
#	qemu-system-x86_64 -kernel out/linuxpeer/vmlinuz \
#		-initrd out/linuxpeer/initramfs.gz -nographic -m 256M \
#		-no-reboot \
#		-netdev socket,id=n0,udp=127.0.0.1:PEERS,localaddr=127.0.0.1:MINE \
#		-device e1000,netdev=n0,mac=52:54:00:09:00:02 \
#		-append "console=ttyS0 quiet peerip=10.9.0.2/24"
# (connect=127.0.0.1:PORT against the other's listen= works as well, but
# the host's Nagle algorithm on that TCP stream delays bursts of frames
# by 40 ms; see tests/v9fs.exp.)
#
# usage: sh tests/linux/peer.sh [outdir]	(default out/linuxpeer)
set -e

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/out/linuxpeer}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DEB=$OUT/deb
if [ -z "$PEER_LOCKED" ] && command -v flock >/dev/null 2>&1; then
	PEER_LOCKED=1 exec flock "$OUT/.lock" sh "$0" "$OUT"
fi
# the modules wanted; their dependencies come by themselves
WANT="9p 9pnet_fd e1000"

die() {
	echo "peer.sh: $*" >&2
	exit 1
}

. "$ROOT/tests/linux/debian.sh"
. "$ROOT/tests/linux/bbnet.sh"

needlists

# the kernel and its modules, both from that one package, so they match
getkernel "$OUT" "$WANT"

# busybox: the host's busybox-static if installed, else fetched
getbusybox "$OUT"
# dnsd, and nc with -u
bbnet "$OUT"

# the initramfs tree
R=$OUT/root
rm -rf "$R"
mkdir -p "$R/bin" "$R/sbin" "$R/usr/bin" "$R/usr/sbin" "$R/proc" "$R/sys" \
	"$R/dev" "$R/tmp" "$R/root" "$R/etc" "$R/mnt" "$R/lib/modules"
cp "$OUT/busybox" "$R/bin/busybox"
cp "$OUT/bbnet" "$R/bin/busybox-net"	# a name busybox takes as itself
cp "$OUT"/modules/*.ko "$OUT/modules/order" "$R/lib/modules/"
"$OUT/busybox" --list-full | while read -r p; do
	[ "$p" = bin/busybox ] || ln -sf /bin/busybox "$R/$p"
done
ln -sf /bin/busybox-net "$R/usr/bin/nc"
ln -sf /bin/busybox-net "$R/usr/sbin/dnsd"
cat >"$R/init" <<'EOF'
#!/bin/busybox sh
# init for the Linux peer guest: see tests/linux/peer.sh
/bin/busybox mount -t devtmpfs dev /dev 2>/dev/null
exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t tmpfs tmp /tmp
dmesg -n 1
loaded=
for m in $(cat /lib/modules/order); do
	if insmod /lib/modules/$m.ko; then
		loaded="$loaded $m"
	else
		echo "init: insmod $m failed"
	fi
done
echo "init: modules$loaded"
ip=${peerip:-10.9.0.2/24}
ip link set lo up
ip addr add "$ip" dev eth0
ip link set eth0 up
i=0
while [ "$(cat /sys/class/net/eth0/carrier 2>/dev/null)" != 1 ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
if [ "$(cat /sys/class/net/eth0/carrier 2>/dev/null)" = 1 ]; then
	echo "init: eth0 $ip up"
else
	echo "init: eth0 $ip no carrier"
fi
# ash runs its own applets before $PATH's: nc must be bbnet's by a
# function.  A background job of the interactive shell that ends while
# it waits at its prompt makes it exit (its line editor takes the
# interrupted read for the end of input): bg runs one detached, a
# child of init's, with bg's own standard input (not /dev/null, which
# an asynchronous command gets first), and bgwait waits for the last.
cat >/etc/shrc <<'EOT'
nc() { /bin/busybox-net nc "$@"; }
bg() { (exec 3<&0; "$@" <&3 3<&- & echo $! >/tmp/.bg); }
bgwait() { while kill -0 $(cat /tmp/.bg) 2>/dev/null; do sleep 0.1; done; }
EOT
cd /root
if [ -n "$peercmd" ]; then
	sh -c ". /etc/shrc; $peercmd"
elif [ "${peer:-shell}" != shell ]; then
	sh -c ". /etc/shrc; . $peer"
else
	stty -echo cols 1000
	ENV=/etc/shrc PS1='linux# ' setsid cttyhack sh -i
fi
echo "init: exit $?"
poweroff -f
EOF
chmod 755 "$R/init"

# pack it: the host's cpio if there is one, else busybox's
if command -v cpio >/dev/null 2>&1; then
	CPIO=cpio
else
	CPIO="$OUT/busybox cpio"
fi
(cd "$R" && find . | sort | $CPIO -o -H newc 2>/dev/null) | gzip -9 >"$OUT/initramfs.gz.new"
mv "$OUT/initramfs.gz.new" "$OUT/initramfs.gz"
echo "peer.sh: $OUT/vmlinuz $OUT/initramfs.gz ($(wc -c <"$OUT/initramfs.gz") bytes)" >&2
