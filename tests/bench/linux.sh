#!/bin/sh
# linux.sh: build the Linux reference guest for the benchmarks (design
# section 9) under out/linux/:
#	vmlinuz		Debian's kernel, from the package linux-image-amd64
#	busybox		busybox-static's binary
#	bench		sys/src/cmd/bench.c, built statically with glibc
#	initramfs.gz	busybox, its applet links, /bench and /init
# Debian's packages are fetched with `apt-get download` (never installed
# on the host) unless the host already has them, and unpacked with
# dpkg-deb.  Debian's kernel has the 8250 serial console, devtmpfs,
# initramfs (gzip) and ACPI power-off built in, so no modules are needed.
#
# The guest's /init mounts proc, sys and devtmpfs, prints the marker line
# "init: up UPTIME s" (UPTIME from /proc/uptime), runs /bench with the
# names given on the kernel command line as bench=name,name,... (all if
# none), prints "init: bench exit STATUS" and powers off.  Boot it with
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

die() {
	echo "linux.sh: $*" >&2
	exit 1
}

. "$ROOT/tests/linux/debian.sh"

needlists

# the kernel: the host's own copy of that package if installed, else fetched
if [ ! -s "$OUT/vmlinuz" ]; then
	pkg=$(kernelpkg)
	ver=${pkg#linux-image-}
	if [ -r "/boot/vmlinuz-$ver" ]; then
		cp "/boot/vmlinuz-$ver" "$OUT/vmlinuz"
	else
		deb=$(fetch "$pkg")
		echo "linux.sh: unpacking $(basename "$deb")" >&2
		rm -rf "$OUT/kernel"
		mkdir -p "$OUT/kernel"
		# only boot/: the modules are not needed and take 400 MB
		dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$OUT/kernel" --wildcards './boot/*'
		cp "$OUT/kernel/boot/vmlinuz-$ver" "$OUT/vmlinuz"
		cp "$OUT/kernel/boot/config-$ver" "$OUT/config" 2>/dev/null || true
		rm -rf "$OUT/kernel" "$deb"
	fi
fi

# busybox: the host's busybox-static if installed, else fetched
getbusybox "$OUT"

# the benchmark program, static, glibc
gcc -std=c11 -O2 -Wall -static -o "$OUT/bench" "$ROOT/sys/src/cmd/bench.c"

# the initramfs tree
R=$OUT/root
rm -rf "$R"
mkdir -p "$R/bin" "$R/sbin" "$R/usr/bin" "$R/usr/sbin" "$R/proc" "$R/sys" \
	"$R/dev" "$R/tmp" "$R/root" "$R/etc"
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
/bench $names
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
(cd "$R" && find . | sort | $CPIO -o -H newc 2>/dev/null) | gzip -9 >"$OUT/initramfs.gz.new"
mv "$OUT/initramfs.gz.new" "$OUT/initramfs.gz"
echo "linux.sh: $OUT/vmlinuz $OUT/initramfs.gz ($(wc -c <"$OUT/initramfs.gz") bytes)" >&2
