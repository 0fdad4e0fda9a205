#!/bin/sh
# linux.sh: build the Linux reference guest for the benchmarks (design
# section 9) under out/linux/:
#	vmlinuz		Debian's kernel, from the package linux-image-amd64
#	modules/	the modules below and their dependencies, with order
#	busybox		busybox-static's binary
#	bench		sys/src/cmd/bench, built statically with glibc
#	initramfs.gz	busybox, its applet links, /bench and /init
#	initramfs-mod.gz	the same and the modules
# Debian's packages are fetched with `apt-get download` (never installed
# on the host) unless the host already has busybox-static, and unpacked
# with dpkg-deb (tests/linux/debian.sh).  Debian's kernel has the 8250
# serial console, devtmpfs, initramfs (gzip) and ACPI power-off built
# in; the NICs (e1000, virtio-net over virtio-pci) and 9P (v9fs, its TCP
# and virtio transports) are modules.
#
# The guest's /init mounts proc, sys and devtmpfs, prints the marker line
# "init: up UPTIME s" (UPTIME from /proc/uptime), and, for the network
# and remote-file benchmarks only (booted with initramfs-mod.gz), loads
# the modules and takes the kernel command line's
#	benchip=ADDR/LEN	eth0's address (it waits up to 10 s for
#				carrier; no DHCP client: QEMU's user
#				network takes 10.0.2.15/24 as well)
#	benchmount=tcp:HOST	mount -t 9p -o trans=tcp,port=564,
#				version=9p2000 HOST /mnt, and bench -d /mnt
#	benchmount=virtio:TAG	mount -t 9p -o trans=virtio,version=9p2000.L
#				TAG /mnt, and bench -d /mnt
#	benchopts=-s,20,-n,200	more arguments for bench, commas for spaces
# Then it runs /bench with the names given as bench=name,name,... (all
# of the system's if none), prints "init: bench exit STATUS" and powers
# off.  Boot it with
#	qemu-system-x86_64 -kernel out/linux/vmlinuz \
#		-initrd out/linux/initramfs.gz -nographic -m 128M -no-reboot \
#		-append "console=ttyS0 quiet bench=nullsys,forkexit"
#
# usage: sh tests/bench/linux.sh [outdir]	(default out/linux)
set -e

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/out/linux}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DEB=$OUT/deb
# the modules wanted (their dependencies come by themselves): the NICs,
# virtio-pci under virtio-net and virtio-9p, v9fs and its two transports
WANT="e1000 virtio_net virtio_pci 9p 9pnet_fd 9pnet_virtio"

die() {
	echo "linux.sh: $*" >&2
	exit 1
}

. "$ROOT/tests/linux/debian.sh"

needlists

# the kernel and the modules for the network and 9P benchmarks
getkernel "$OUT" "$WANT"

# busybox: the host's busybox-static if installed, else fetched
getbusybox "$OUT"

# the benchmark program, static, glibc
gcc -std=c11 -O2 -Wall -static -o "$OUT/bench" "$ROOT"/sys/src/cmd/bench/*.c

# the initramfs tree
R=$OUT/root
rm -rf "$R"
mkdir -p "$R/bin" "$R/sbin" "$R/usr/bin" "$R/usr/sbin" "$R/proc" "$R/sys" \
	"$R/dev" "$R/tmp" "$R/root" "$R/etc" "$R/mnt" "$R/lib/modules"
cp "$OUT/busybox" "$R/bin/busybox"
cp "$OUT/bench" "$R/bench"
"$OUT/busybox" --list-full | while read -r p; do
	[ "$p" = bin/busybox ] || ln -sf /bin/busybox "$R/$p"
done
cat >"$R/init" <<'EOF'
#!/bin/busybox sh
# init for the benchmark guest: see tests/bench/linux.sh
/bin/busybox mount -t devtmpfs dev /dev 2>/dev/null
exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sys /sys
read up idle </proc/uptime
echo "init: up $up s"
cd /tmp
names=$(echo "$bench" | tr , ' ')
opts=$(echo "$benchopts" | tr , ' ')
if [ -n "$benchip$benchmount" ]; then
	dmesg -n 1
	for m in $(cat /lib/modules/order); do
		insmod /lib/modules/$m.ko || echo "init: insmod $m failed"
	done
fi
if [ -n "$benchip" ]; then
	ip link set lo up
	ip addr add "$benchip" dev eth0
	ip link set eth0 up
	i=0
	while [ "$(cat /sys/class/net/eth0/carrier 2>/dev/null)" != 1 ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	echo "init: eth0 $benchip carrier $(cat /sys/class/net/eth0/carrier 2>/dev/null)"
fi
case $benchmount in
tcp:*)
	mount -t 9p -o trans=tcp,port=564,version=9p2000 "${benchmount#tcp:}" /mnt &&
		opts="$opts -d /mnt" ;;
virtio:*)
	mount -t 9p -o trans=virtio,version=9p2000.L "${benchmount#virtio:}" /mnt &&
		opts="$opts -d /mnt" ;;
esac
[ -n "$benchmount" ] && echo "init: mount $benchmount: $(grep ' /mnt ' /proc/mounts)"
/bench $opts $names
echo "init: bench exit $?"
poweroff -f
EOF
chmod 755 "$R/init"

# pack it: the host's cpio if there is one, else busybox's
if command -v cpio >/dev/null 2>&1; then
	CPIO=cpio
else
	CPIO="$OUT/busybox cpio"
fi
# pack NAME: the tree as $OUT/NAME
pack() {
	(cd "$R" && find . | sort | $CPIO -o -H newc 2>/dev/null) | gzip -9 >"$OUT/$1.new"
	mv "$OUT/$1.new" "$OUT/$1"
	echo "linux.sh: $OUT/$1 ($(wc -c <"$OUT/$1") bytes)" >&2
}
# without the modules for the system's benchmarks, so that the boot
# they time unpacks no more than it needs; with them for the others
pack initramfs.gz
cp "$OUT"/modules/*.ko "$OUT/modules/order" "$R/lib/modules/"
pack initramfs-mod.gz
