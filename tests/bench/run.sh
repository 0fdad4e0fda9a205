#!/bin/sh
# run.sh: `make bench`.  Boots Ninefold (out/ninefold.iso) and the Linux
# reference guest (built by linux.sh) in QEMU, each under -icount
# shift=0 (guest time: 1 ns per instruction, repeatable) and under plain
# TCG (wall time), runs sys/src/cmd/bench.c's benchmarks in each, times
# each boot, and prints a table of Ninefold against Linux with the ratio
# Ninefold/Linux, also written to out/bench.txt.  See design section 9.
#
# Environment, all optional:
#	BENCH		benchmarks typed at Ninefold (default below)
#	LINUXBENCH	benchmarks run on Linux (default: all of them)
#	BENCHMODES	"icount tcg"
#	BENCHGUESTS	"ninefold linux"
#	BOOTWAIT RUNWAIT HALTWAIT	timeouts in seconds (see guest.exp)
# Each boot's console output is kept in out/benchlog/GUEST-MODE.log.
# A figure one side lacks is shown as "-".  Exit status 1 if a guest
# did not boot (or could not be built), else 0.

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/tests/bench
OUT=$ROOT/out
LOGS=$OUT/benchlog
QEMU=${QEMU:-qemu-system-x86_64}
NFBENCH=${BENCH:-nullsys nullread pipe openclose read1m forkexit forkexec shecho}
LXBENCH=${LINUXBENCH:-}
MODES=${BENCHMODES:-icount tcg}
GUESTS=${BENCHGUESTS:-ninefold linux}
FIGS="nullsys nullread pipe openclose read1m forkexit forkexec shecho"

fail=0
mkdir -p "$LOGS"
DATA=$LOGS/data
: >"$DATA"

command -v expect >/dev/null 2>&1 || { echo "run.sh: expect: not installed (apt-get install expect)" >&2; exit 1; }
command -v "$QEMU" >/dev/null 2>&1 || { echo "run.sh: $QEMU: not installed (apt-get install qemu-system-x86)" >&2; exit 1; }

# which guests can be booted
nf=0 lx=0
for g in $GUESTS; do
	case $g in
	ninefold)
		if [ -s "$OUT/ninefold.iso" ]; then
			nf=1
		else
			echo "run.sh: out/ninefold.iso: not built (make)" >&2
			fail=1
		fi ;;
	linux)
		if sh "$HERE/linux.sh" "$OUT/linux"; then
			lx=1
		else
			echo "run.sh: linux.sh: the Linux guest could not be built" >&2
			fail=1
		fi ;;
	*)
		echo "run.sh: $g: no such guest" >&2
		exit 1 ;;
	esac
done

# record MODE GUEST FIGURE UNIT VALUE
record() {
	echo "$1 $2 $3 $4 $5" >>"$DATA"
}

# boot GUEST MODE: boot it, run the benchmarks, add its figures to $DATA
boot() {
	g=$1 m=$2
	case $m in
	icount)	mflags="-icount shift=0" ;;
	tcg)	mflags="" ;;
	*)	echo "run.sh: $m: no such mode" >&2; exit 1 ;;
	esac
	log=$LOGS/$g-$m.log
	res=$LOGS/$g-$m.res
	echo "run.sh: $g, $m: booting" >&2
	# no network card: the guests measure the kernel, not a DHCP client
	# and netd's clock ticks, and reach nothing beyond QEMU
	if [ "$g" = ninefold ]; then
		expect "$HERE/guest.exp" ninefold "$log" "$NFBENCH" \
			"$QEMU" -cdrom "$OUT/ninefold.iso" -nographic -m 128M -no-reboot \
			-device isa-debug-exit,iobase=0xf4,iosize=0x04 -nic none $mflags >"$res"
	else
		names=$(echo $LXBENCH | tr ' ' ,)
		expect "$HERE/guest.exp" linux "$log" "$LXBENCH" \
			"$QEMU" -kernel "$OUT/linux/vmlinuz" -initrd "$OUT/linux/initramfs.gz" \
			-append "console=ttyS0 quiet bench=$names" \
			-nographic -m 128M -no-reboot -nic none $mflags >"$res"
	fi
	rc=$?
	st=$(awk '$1 == "@" && $2 == "status" { print $3 }' "$res")
	echo "run.sh: $g, $m: ${st:-failed} (log: ${log#$ROOT/})" >&2
	[ $rc -eq 2 ] && fail=1
	# the figures: "bench NAME VALUE UNIT" lines
	tr -d '\r' <"$log" | awk -v m="$m" -v g="$g" '
		/^bench [a-z0-9]+ [0-9]+ [^ ]+$/ { print m, g, $2, $4, $3 }' >>"$DATA"
	awk -v m="$m" -v g="$g" '
		$1 == "@" && $2 == "boot-wall" { print m, g, "boot-wall", "ms", $3 }
		$1 == "@" && $2 == "prompt-wall" { print m, g, "prompt-wall", "ms", $3 }' "$res" >>"$DATA"
	# the guest clock at first user output: Linux init prints
	# "init: up SECONDS s"; Ninefold's kernel "boot: ... N ms" (or N s)
	tr -d '\r' <"$log" | awk -v m="$m" -v g="$g" '
		function out(v) { if (!done) printf "%s %s boot-guest ms %d\n", m, g, v; done = 1 }
		match($0, /init: up [0-9.]+ s/) {
			s = substr($0, RSTART + 9, RLENGTH - 11); out(s * 1000) }
		/^boot:/ && match($0, /[0-9.]+ *ms/) {
			s = substr($0, RSTART, RLENGTH); sub(/ *ms/, "", s); out(s) }
		/^boot:/ && !/ms/ && match($0, /[0-9.]+ *s( |$)/) {
			s = substr($0, RSTART, RLENGTH); sub(/ *s.*/, "", s); out(s * 1000) }' >>"$DATA"
}

for m in $MODES; do
	[ $nf = 1 ] && boot ninefold "$m"
	[ $lx = 1 ] && boot linux "$m"
done

# the table: one block per mode
table() {
	for m in $MODES; do
		case $m in
		icount)	echo "icount (-icount shift=0: guest time, 1 ns per instruction)" ;;
		tcg)	echo "tcg (plain TCG: wall time)" ;;
		esac
		awk -v m="$m" -v figs="$FIGS boot-wall prompt-wall boot-guest" '
			$1 == m { v[$2, $3] = $5; u[$3] = $4; seen[$3] = 1 }
			function label(f) {
				if (f == "boot-wall") return "boot to init: (wall)"
				if (f == "prompt-wall") return "boot to prompt (wall)"
				if (f == "boot-guest") return "boot to init: (guest clock)"
				return f
			}
			END {
				printf "  %-34s %10s %10s %15s\n", "figure", "Ninefold", "Linux", "Ninefold/Linux"
				n = split(figs, f, " ")
				for (i = 1; i <= n; i++) {
					k = f[i]
					if (!seen[k]) continue
					a = (("ninefold", k) in v) ? v["ninefold", k] : "-"
					b = (("linux", k) in v) ? v["linux", k] : "-"
					r = (a != "-" && b != "-" && b > 0) ? sprintf("%.2f", a / b) : "-"
					printf "  %-34s %10s %10s %15s\n", label(k) " (" u[k] ")", a, b, r
				}
			}' "$DATA"
		echo
	done
	echo "(ns/op and ms: lower is better; MiB/s: higher is better)"
}

table | tee "$OUT/bench.txt"
exit $fail
