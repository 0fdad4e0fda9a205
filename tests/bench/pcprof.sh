#!/bin/sh
# pcprof.sh: where a Ninefold guest's time goes, by sampling.  Boots
# out/ninefold.iso in QEMU (no network card) with its gdb stub on
# 127.0.0.1, types LINE at rc's prompt, and while it runs takes
# samples of the guest's rip and cr3 (pcprof.c); then prints the share
# of the samples each process had (by cr3) and, within the kernel and
# each program, each function's share.  Under plain TCG (the default)
# the samples fall by host time: what each piece of code costs there,
# TLB refills and retranslation included.  -m icount runs the guest
# under -icount shift=0, but the samples still fall by host time, not
# by instructions (sys:/prof counts those).  See bench(1).
#
#	tests/bench/pcprof.sh [-m tcg|icount] [-n samples] [-i µs] [-t top] LINE
#
# LINE should run long enough for the samples (-n at a mean interval of
# -i µs, 3000 and 1000 by default): `bench -n 100000 nullread`, say.
# Functions are named from the kernel's symbols (out/kernel) and the
# programs' unstripped links (out/obj/.../NAME.elf).  Needs only QEMU,
# expect, gcc and binutils.

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/out
mode=tcg n=3000 i=1000 top=25
while [ $# -gt 1 ]; do
	case $1 in
	-m)	mode=$2; shift 2 ;;
	-n)	n=$2; shift 2 ;;
	-i)	i=$2; shift 2 ;;
	-t)	top=$2; shift 2 ;;
	*)	break ;;
	esac
done
if [ $# -ne 1 ]; then
	echo "usage: pcprof.sh [-m tcg|icount] [-n samples] [-i µs] [-t top] LINE" >&2
	exit 1
fi
line=$1
tmp=$(mktemp -d)
[ -n "$PCKEEP" ] || trap 'rm -rf $tmp' EXIT
mkdir -p $OUT/bench
gcc -std=c11 -O2 -Wall -D_DEFAULT_SOURCE -o $OUT/bench/pcprof $ROOT/tests/bench/pcprof.c || exit 1

# the kernel's process table, for pcprof -P: from its symbols and DWARF
procs=$(nm -S $OUT/kernel | awk '$4 == "procs" { print $1, $2 }')
readelf --debug-dump=info $OUT/kernel 2>/dev/null | awk '
	/DW_TAG_structure_type/ { instruct = 0 }
	/^ <1>/ && !/DW_TAG_structure_type/ && done == 0 && inproc { done = 1 }
	/DW_AT_name/ { nm = $NF }
	/DW_AT_name/ && $NF == "Proc" && !done { want = 1 }
	/DW_AT_byte_size/ && want && size == "" { size = $NF; inproc = 1 }
	inproc && !done && /DW_AT_data_member_location/ { off[nm] = $NF }
	END { print size, off["pid"], off["name"], off["pml4"] }' > $tmp/proc
read size opid oname opml4 < $tmp/proc
set -- $procs
pargs=
if [ -n "$1" ] && [ -n "$size" ]; then
	pargs="-P $1,$size,$(( 0x$2 / size )),$opid,$oname,$opml4"
fi

port=$((20000 + $$ % 20000))
mf=
[ "$mode" = icount ] && mf="-icount shift=0"
PCLINE=$line PCQEMU="qemu-system-x86_64 -machine pc -cdrom $OUT/ninefold.iso -nographic -no-reboot -m 128M -nic none -gdb tcp:127.0.0.1:$port,nodelay=on $mf" \
PCPROF="$OUT/bench/pcprof -n $n -i $i $pargs $port > $tmp/samples" \
expect -f - > $tmp/log 2>&1 <<'EOF'
set timeout 180
spawn {*}$env(PCQEMU)
expect -re {\n% $} {} timeout { puts "pcprof: no prompt"; exit 1 }
send "$env(PCLINE)\r"
set q $spawn_id
after 2000
spawn sh -c $env(PCPROF)
set timeout 1200
expect eof
set spawn_id $q
expect -re {\n% $} {} timeout { puts "pcprof: LINE did not end" }
send "halt\r"
expect eof
EOF
if [ ! -s $tmp/samples ]; then
	echo "pcprof.sh: no samples (the guest's console is below)" >&2
	tr -d '\r' < $tmp/log >&2
	exit 1
fi
tr -d '\r' < $tmp/log | grep -v '^$' | sed -n '/^% /,$p' | grep -v '^% halt' | head -20

# which space each sample is in: k (the kernel), a program's name, or ?
awk 'function pad(x) { return substr("0000000000000000", 1, 16 - length(x)) x }
	$1 == "proc" { name[$4] = $3; next }
	{ s[NR] = $1; r[NR] = pad($2) }
	END {
		for(j = 1; j <= NR; j++){
			if(!(j in s))
				continue
			if(r[j] >= "ffff800000000000")
				sp = "kernel"
			else if(s[j] in name)
				sp = name[s[j]]
			else
				sp = "?"
			print r[j], sp
		}
	}' $tmp/samples > $tmp/where
total=$(wc -l < $tmp/where)
echo "$total samples ($mode)"
echo
echo "by process:"
awk '{ c[$2]++ } END { for(k in c) printf "%6.1f%%  %s\n", 100*c[k]/NR, k }' $tmp/where | sort -rn

# each space's functions: its symbols and samples sorted together by address
for sp in $(awk '{ print $2 }' $tmp/where | sort | uniq -c | sort -rn | awk '{ print $2 }'); do
	case $sp in
	kernel)	elf=$OUT/kernel ;;
	'?')	continue ;;
	*)	elf=$(find $OUT/obj/sys/src -name "$sp.elf" | head -1) ;;
	esac
	[ -n "$elf" ] || continue
	echo
	echo "$sp (of all samples):"
	{
		nm $elf | awk 'function pad(x) { return substr("0000000000000000", 1, 16 - length(x)) x }
			$2 ~ /^[tTwW]$/ { print pad($1), 0, $3 }'
		awk -v sp="$sp" '$2 == sp { print $1, 1, "-" }' $tmp/where
	} | sort -k1,1 -k2,2n | awk -v total=$total '
		$2 == 0 { f = $3; next }
		{ c[f]++ }
		END { for(k in c) printf "%6.1f%%  %s\n", 100*c[k]/total, k }' | sort -rn | head -$top
done
