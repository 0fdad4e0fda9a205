#!/bin/sh
# mkiso.sh OUTDIR: build OUTDIR/ninefold.iso, a BIOS-bootable GRUB2 CD
# image (it boots under QEMU -machine pc and q35 from -cdrom), from
#	OUTDIR/kernel		the multiboot2 ELF kernel
#	OUTDIR/boot.arch	the boot archive, loaded as a GRUB module
#	sys/src/boot/grub.cfg	(next to this script's directory)
# The ISO tree is OUTDIR/iso/boot/{kernel,boot.arch,grub/grub.cfg}.
#
# Fast and quiet: only the GRUB modules grub.cfg needs go on the disc
# (about 1 MB instead of 9 MB, and GRUB starts the kernel 40-100 ms
# sooner under TCG than with the full set); grub-mkrescue's chatter is
# shown only if it fails.  Deterministic: every date in the image is
# SOURCE_DATE_EPOCH (default: the last commit's time, else a constant),
# so the same inputs give the same bytes.

set -e

# GRUB modules to put on the disc (grub-mkrescue adds their dependencies).
# grub.cfg uses: serial, terminal_input/output (terminal), menuentry and
# the config file itself (normal), multiboot2/module2 (multiboot2).
# GRUB also probes the partition-map modules of partmap.lst while booting
# from the CD; with them missing it prints an error for each, so they
# come too (a few KB).  Add here whatever a new grub.cfg line needs.
MODULES="normal serial terminal multiboot2"
GRUBLIB=/usr/lib/grub/i386-pc

usage() {
	echo "usage: mkiso.sh outdir" >&2
	exit 2
}

[ $# -eq 1 ] || usage
out=$1
here=$(cd "$(dirname "$0")" && pwd)
cfg=$here/../boot/grub.cfg

for f in "$out/kernel" "$out/boot.arch" "$cfg"; do
	if [ ! -f "$f" ]; then
		echo "mkiso: $f: file does not exist" >&2
		exit 1
	fi
done
if [ ! -f "$GRUBLIB/moddep.lst" ]; then
	echo "mkiso: $GRUBLIB: no GRUB for BIOS (install grub-pc-bin)" >&2
	exit 1
fi
MODULES="$MODULES $(cat "$GRUBLIB/partmap.lst")"
MODULES=$(echo $MODULES)	# one line, single spaces

# one fixed date for the volume and every file in it
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || true)}
epoch=${epoch:-1700000000}
stamp=$(date -u -d "@$epoch" +%Y%m%d%H%M%S00)

# the ISO tree, rebuilt from scratch each time
rm -rf "$out/iso"
mkdir -p "$out/iso/boot/grub"
cp "$out/kernel" "$out/boot.arch" "$out/iso/boot/"
cp "$cfg" "$out/iso/boot/grub/grub.cfg"

# -d: BIOS GRUB only, even where grub-efi is installed too (no EFI
# image, the same ISO on every machine).  grub-mkrescue hands everything
# after "--" to xorriso as native commands: fix the dates (the "uuid" is
# the volume's own timestamp).
log=$out/mkiso.log
tmp=$out/ninefold.iso.tmp
rm -f "$tmp"
if ! grub-mkrescue -d "$GRUBLIB" --install-modules="$MODULES" \
	--locales= --fonts= --themes= -o "$tmp" "$out/iso" -- \
	-volid NINEFOLD \
	-volume_date uuid "$stamp" \
	-volume_date all_file_dates "=$epoch" >"$log" 2>&1; then
	cat "$log" >&2
	echo "mkiso: grub-mkrescue failed" >&2
	rm -f "$tmp"
	exit 1
fi
mv "$tmp" "$out/ninefold.iso"
rm -f "$log"
