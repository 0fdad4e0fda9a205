#!/bin/sh
# run.sh: `make bench`.  Boots Ninefold (out/ninefold.iso) and the Linux
# reference guest (built by linux.sh) in QEMU, each under -icount
# shift=0 (guest time: 1 ns per instruction, repeatable) and under plain
# TCG (wall time), runs sys/src/cmd/bench's benchmarks in each, and
# prints a table of Ninefold against Linux with the ratio
# Ninefold/Linux, also written to out/bench.txt.  See design section 9
# and bench(1).  The sets of benchmarks (BENCHSET):
#
#   sys	the system's own: system calls, files, pipes, fork and exec, and
#	the boot's times; no network card
#   net	TCP to the host: tcpsend (guest to host), tcprecv (host to
#	guest), tcpconn (connections made and closed), on each NIC of
#	BENCHNICS (QEMU's user network, restrict=on; the host's end is
#	netpeer.c, which QEMU runs per connection through guestfwd
#	10.0.2.100:9000)
#   9p	a remote tree: a Ninefold machine exports file:/tmp/b with
#	`listen1 tcp!*!564 exportfs` (server.exp); the client, joined to
#	it by a QEMU socket netdev (UDP on 127.0.0.1, e1000 both), is
#	Ninefold importing it or Linux mounting it with v9fs
#	(trans=tcp, version=9p2000); fwrite, fread and the small files
#	(fcreate, fstat, fremove) in it
#   virtio9p	a host directory shared by QEMU's virtio-9p-pci (-fsdev
#	local): Ninefold's virtio9p driver against Linux's v9fs
#	(trans=virtio, 9p2000.L); fread of a file the host made, and the
#	small files
#   mem	the smallest -m (MiB) with which Ninefold boots to a prompt with
#	netd running and a DHCP lease (e1000, user network), found by
#	bisection; plain TCG only, it does not depend on the clock
#
# Environment, all optional:
#	BENCHSET	"sys net 9p virtio9p mem"
#	BENCH		sys benchmarks typed at Ninefold (default below)
#	LINUXBENCH	sys benchmarks run on Linux (default: all of them)
#	BENCHMODES	"icount tcg"
#	BENCHGUESTS	"ninefold linux"
#	BENCHNICS	"e1000 virtio-net"
#	BENCHMACHINE	QEMU's -machine for every boot (default pc; q35 works)
#	BENCHMB		MiB of each big transfer (tcpsend, tcprecv, fwrite,
#			fread; default 20)
#	BENCHN		connections and small files (default 200)
#	BENCHROUNDS	rounds of the net, 9p and virtio9p benchmarks; the
#			best is reported (default 3)
#	BOOTWAIT RUNWAIT HALTWAIT	timeouts in seconds (see guest.exp)
# Each boot's console output is kept in out/benchlog/GUEST-MODE-SET.log.
# A figure one side lacks is shown as "-".  Exit status 1 if a guest
# did not boot (or could not be built), else 0.

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/tests/bench
OUT=$ROOT/out
LOGS=$OUT/benchlog
QEMU=${QEMU:-qemu-system-x86_64}
SETS=${BENCHSET:-sys net 9p virtio9p mem}
NFBENCH=${BENCH:-nullsys nullread pipe openclose read1m forkexit forkexec shecho}
LXBENCH=${LINUXBENCH:-}
MODES=${BENCHMODES:-icount tcg}
GUESTS=${BENCHGUESTS:-ninefold linux}
NICS=${BENCHNICS:-e1000 virtio-net}
MB=${BENCHMB:-20}
NSMALL=${BENCHN:-200}
ROUNDS=${BENCHROUNDS:-3}
MACHINE=${BENCHMACHINE:-pc}
FIGS="nullsys nullread pipe openclose read1m forkexit forkexec shecho"
PEEROPTS="-s $MB -n $NSMALL -r $ROUNDS"
NFQEMU="$QEMU -machine $MACHINE -cdrom $OUT/ninefold.iso -nographic -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04"
LXQEMU="$QEMU -machine $MACHINE -kernel $OUT/linux/vmlinuz -nographic -no-reboot"
TMP=$(mktemp -d /tmp/ninefold-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

fail=0
mkdir -p "$LOGS"
DATA=$LOGS/data
: >"$DATA"

command -v expect >/dev/null 2>&1 || { echo "run.sh: expect: not installed (apt-get install expect)" >&2; exit 1; }
command -v "$QEMU" >/dev/null 2>&1 || { echo "run.sh: $QEMU: not installed (apt-get install qemu-system-x86)" >&2; exit 1; }
for s in $SETS; do
	case $s in
	sys|net|9p|virtio9p|mem) ;;
	*) echo "run.sh: $s: no such set (sys net 9p virtio9p mem)" >&2; exit 1 ;;
	esac
done
has() {
	case " $SETS " in *" $1 "*) return 0 ;; esac
	return 1
}

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

# the host's end of the TCP benchmarks
NETPEER=$OUT/bench/netpeer
if has net; then
	mkdir -p "$OUT/bench"
	gcc -std=c11 -O2 -Wall -o "$NETPEER" "$HERE/netpeer.c" ||
		{ echo "run.sh: netpeer.c: does not build" >&2; exit 1; }
fi

# mflags MODE: QEMU's flags for the mode
mflags() {
	case $1 in
	icount)	echo "-icount shift=0" ;;
	tcg)	echo "" ;;
	*)	echo "run.sh: $1: no such mode" >&2; exit 1 ;;
	esac
}

# run GUEST MODE SET PREFIX LINE QEMU-ARGS...: boot the guest, run the
# benchmarks (LINE: typed at Ninefold; the kernel's command line for
# Linux), add its figures to $DATA as PREFIX.NAME (or NAME if PREFIX
# is empty); with SET sys also the boot's times.  Status 0, or 2 if it
# did not boot.
run() {
	g=$1 m=$2 bset=$3 pfx=$4 line=$5
	shift 5
	log=$LOGS/$g-$m-$bset.log
	res=$LOGS/$g-$m-$bset.res
	echo "run.sh: $g, $m, $bset: booting" >&2
	if [ "$g" = ninefold ]; then
		expect "$HERE/guest.exp" ninefold "$log" "$line" \
			$NFQEMU "$@" $(mflags "$m") >"$res"
	else
		# the modules only for the sets that need them (linux.sh)
		initrd=$OUT/linux/initramfs-mod.gz
		[ "$bset" = sys ] && initrd=$OUT/linux/initramfs.gz
		expect "$HERE/guest.exp" linux "$log" "" \
			$LXQEMU -initrd "$initrd" -append "console=ttyS0 quiet $line" "$@" $(mflags "$m") >"$res"
	fi
	rc=$?
	st=$(awk '$1 == "@" && $2 == "status" { print $3 }' "$res")
	echo "run.sh: $g, $m, $bset: ${st:-failed} (log: ${log#$ROOT/})" >&2
	[ $rc -eq 2 ] && fail=1
	# the figures: "bench NAME VALUE UNIT" lines
	tr -d '\r' <"$log" | awk -v m="$m" -v g="$g" -v p="$pfx" '
		/^bench [a-z0-9]+ [0-9.]+ [^ ]+$/ { print m, g, (p == "" ? "" : p ".") $2, $4, $3 }' >>"$DATA"
	[ "$bset" = sys ] || return $rc
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
	return $rc
}

# sys: no network card: the guests measure the kernel, not a DHCP
# client and netd's clock ticks, and reach nothing beyond QEMU
sysset() {
	m=$1
	[ $nf = 1 ] && run ninefold "$m" sys "" "bench $NFBENCH" -m 128M -nic none
	[ $lx = 1 ] && run linux "$m" sys "" "bench=$(echo $LXBENCH | tr ' ' ,)" -m 128M -nic none
}

# waitlease: rc at Ninefold's prompt: wait up to 60 s for the DHCP lease
WAITLEASE="for(i in \`{seq 1 60}) if(! grep -s ' dhcp' ip:/ifc) sleep 1"

# net MODE: the TCP benchmarks on each NIC
netset() {
	m=$1
	for nic in $NICS; do
		case $nic in
		e1000)		model=e1000 ;;
		virtio-net)	model=virtio-net-pci ;;
		*)	echo "run.sh: $nic: no such NIC (e1000 virtio-net)" >&2; exit 1 ;;
		esac
		user="user,model=$model,restrict=on,guestfwd=tcp:10.0.2.100:9000-cmd:$NETPEER"
		[ $nf = 1 ] && run ninefold "$m" "net-$nic" "$nic" \
			"$WAITLEASE; bench $PEEROPTS tcpsend tcprecv tcpconn" -m 128M -nic "$user"
		[ $lx = 1 ] && run linux "$m" "net-$nic" "$nic" \
			"bench=tcpsend,tcprecv,tcpconn benchopts=$(echo $PEEROPTS | tr ' ' ,) benchip=10.0.2.15/24" \
			-m 128M -nic "$user"
	done
}

# freeport: a port on 127.0.0.1 for QEMU's UDP socket netdev (chosen
# from the process id: QEMU fails at once, not hangs, if it is taken)
PORTBASE=$((20000 + $$ % 20000))

# 9p MODE: Ninefold's exportfs on one machine, a client on another
ninepset() {
	m=$1
	pa=$PORTBASE pb=$((PORTBASE + 1))
	PORTBASE=$((PORTBASE + 2))
	ready=$TMP/ready-$m stop=$TMP/stop-$m
	echo "run.sh: ninefold, $m, 9p: booting the exporter" >&2
	expect "$HERE/server.exp" "$LOGS/server-$m-9p.log" "$ready" "$stop" \
		"echo add 10.9.0.1 255.255.255.0 0.0.0.0 >ip:/ctl; mkdir /tmp/b; listen1 tcp!*!564 exportfs -r file:/tmp/b &" \
		$NFQEMU -m 256M -netdev socket,id=n0,udp=127.0.0.1:$pb,localaddr=127.0.0.1:$pa \
		-device e1000,netdev=n0,mac=52:54:00:09:00:01 $(mflags "$m") &
	spid=$!
	while [ ! -e "$ready" ] && kill -0 $spid 2>/dev/null; do
		sleep 1
	done
	if [ ! -e "$ready" ]; then
		echo "run.sh: the exporter did not come up (log: out/benchlog/server-$m-9p.log)" >&2
		wait $spid
		fail=1
		return
	fi
	net="-netdev socket,id=n0,udp=127.0.0.1:$pa,localaddr=127.0.0.1:$pb -device e1000,netdev=n0,mac=52:54:00:09:00:02"
	[ $nf = 1 ] && run ninefold "$m" 9p 9p \
		"echo add 10.9.0.2 255.255.255.0 0.0.0.0 >ip:/ctl; import 10.9.0.1 a; bench -d a: $PEEROPTS fwrite fread files" \
		-m 128M $net
	[ $lx = 1 ] && run linux "$m" 9p 9p \
		"bench=fwrite,fread,files benchopts=$(echo $PEEROPTS | tr ' ' ,) benchip=10.9.0.2/24 benchmount=tcp:10.9.0.1" \
		-m 128M $net
	: >"$stop"
	wait $spid
}

# virtio9p MODE: a host directory holding the file to read
v9set() {
	m=$1
	share=$TMP/share-$m
	mkdir -p "$share"
	head -c $((MB * 1048576)) /dev/zero | tr '\0' z >"$share/bench.big"
	fs="-fsdev local,id=f0,path=$share,security_model=none -device virtio-9p-pci,fsdev=f0,mount_tag=host"
	[ $nf = 1 ] && run ninefold "$m" virtio9p v9 "bench -d host: $PEEROPTS fread files" \
		-m 128M -nic none $fs
	[ $lx = 1 ] && run linux "$m" virtio9p v9 \
		"bench=fread,files benchopts=$(echo $PEEROPTS | tr ' ' ,) benchmount=virtio:host" \
		-m 128M -nic none $fs
	rm -rf "$share"
}

# membooted MIB: Ninefold boots in MIB MiB to a prompt with netd and a
# DHCP lease; 0 or 1
membooted() {
	log=$LOGS/ninefold-mem-$1.log
	BOOTWAIT=${MEMWAIT:-90} RUNWAIT=${MEMWAIT:-90} HALTWAIT=20 \
		expect "$HERE/guest.exp" ninefold "$log" \
		"$WAITLEASE; if(grep -s ' dhcp' ip:/ifc) echo mem: lease; if(ps | grep -s ' [n]etd') echo mem: netd; echo bench: done" \
		$NFQEMU -m "${1}M" -nic user,model=e1000,restrict=on >/dev/null 2>&1
	n=$(tr -d '\r' <"$log" | grep -c '^mem: \(lease\|netd\)$')
	echo "run.sh: -m ${1}M: $([ "$n" = 2 ] && echo ok || echo "no prompt, netd or lease") (log: ${log#$ROOT/})" >&2
	[ "$n" = 2 ]
}

# mem: bisect -m between a size that fails and one that works
memset() {
	hi=16
	while ! membooted $hi; do
		hi=$((hi * 2))
		if [ $hi -gt 256 ]; then
			echo "run.sh: mem: no size up to 256 MiB works" >&2
			fail=1
			return
		fi
	done
	lo=2
	while [ $((hi - lo)) -gt 1 ]; do
		mid=$(((lo + hi) / 2))
		if membooted $mid; then hi=$mid; else lo=$mid; fi
	done
	echo "mem ninefold mem-min MiB $hi" >>"$DATA"
}

for m in $MODES; do
	mflags "$m" >/dev/null || exit 1
	has sys && sysset "$m"
	has net && netset "$m"
	has 9p && ninepset "$m"
	has virtio9p && v9set "$m"
done
has mem && [ $nf = 1 ] && memset

# label FIGURE: a row's name
LABELS='
	function label(f,  p, k) {
		if (f == "boot-wall") return "boot to init: (wall)"
		if (f == "prompt-wall") return "boot to prompt (wall)"
		if (f == "boot-guest") return "boot to init: (guest clock)"
		if (f == "mem-min") return "smallest -m: prompt, netd, lease"
		p = index(f, ".")
		if (p == 0) return f
		k = substr(f, 1, p - 1); f = substr(f, p + 1)
		if (k == "9p") return "9p tcp " f
		if (k == "v9") return "virtio-9p " f
		return f " " k
	}'

# the table: one block per mode
table() {
	for m in $MODES; do
		[ -n "$(awk -v m="$m" '$1 == m' "$DATA")" ] || continue
		case $m in
		icount)	echo "icount (-icount shift=0: guest time, 1 ns per instruction; machine $MACHINE)" ;;
		tcg)	echo "tcg (plain TCG: wall time; machine $MACHINE)" ;;
		esac
		# the order: the sys figures, the boot, then the rest as they came
		awk -v m="$m" -v figs="$FIGS boot-wall prompt-wall boot-guest" "$LABELS"'
			$1 == m { v[$2, $3] = $5; u[$3] = $4; if (!seen[$3]++) order[++n] = $3 }
			END {
				printf "  %-36s %10s %10s %15s\n", "figure", "Ninefold", "Linux", "Ninefold/Linux"
				k = split(figs, f, " ")
				for (i = 1; i <= k; i++) fixed[f[i]] = 1
				for (i = 1; i <= n; i++)
					if (!(order[i] in fixed)) f[++k] = order[i]
				for (i = 1; i <= k; i++) {
					x = f[i]
					if (!seen[x]) continue
					a = (("ninefold", x) in v) ? v["ninefold", x] : "-"
					b = (("linux", x) in v) ? v["linux", x] : "-"
					r = (a != "-" && b != "-" && b > 0) ? sprintf("%.2f", a / b) : "-"
					printf "  %-36s %10s %10s %15s\n", label(x) " (" u[x] ")", a, b, r
				}
			}' "$DATA"
		echo
	done
	awk "$LABELS"'$1 == "mem" { printf "%s (%s): %s\n\n", label($3), $4, $5 }' "$DATA"
	echo "(ns/op and ms: lower is better; MiB/s and ops/s: higher is better)"
	has net || has 9p || has virtio9p || return 0
	echo "(net, 9p, virtio9p: $MB MiB transfers, $NSMALL connections or files, best of $ROUNDS;"
	echo " under icount the guest's clock runs at the host's pace while the guest"
	echo " waits, so these include the other end's wall time: see bench(1))"
}

table | tee "$OUT/bench.txt"
exit $fail
