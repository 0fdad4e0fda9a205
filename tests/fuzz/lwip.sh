#!/bin/sh
# lwip.sh: a bounded libFuzzer run over netd's frame input path: lwIP
# (out/lwip, fetched by sys/src/tools/fetchlwip.sh if missing) and
# Ninefold's glue (sys/src/lib/lwip), built for the host, with the
# target tests/fuzz/lwip_fuzz.c (an input is Ethernet frames, each
# after a 2-byte length, fed to etherinput: ARP, IPv4 and fragments,
# ICMP, UDP, TCP to a listener, DHCP and DNS replies).  The seeds
# are written afresh each run by lwip_fuzz.c built with -DSEEDS.
# Prints "PASS fuzz.lwip", or "FAIL fuzz.lwip: why" with the input that
# broke it saved under out/fuzz/.  Each run builds and fuzzes in a
# directory of its own, out/fuzz/lwip.XXXXXX, removed after a PASS and
# kept after a FAIL.
#
# Needs clang and its libFuzzer runtime (Debian: clang and
# libclang-rt-N-dev, which deps.sh installs).
# Variables: FUZZTIME (seconds to fuzz, default 30), FUZZSEED (default 1).

cd "$(dirname "$0")/../.." || exit 1
name=fuzz.lwip
glue=sys/src/lib/lwip
san='-fsanitize=address,undefined -fno-sanitize-recover=undefined'
secs=${FUZZTIME:-30}
seed=${FUZZSEED:-1}

fail() {
	echo "FAIL $name: $*"
	exit 1
}

command -v clang >/dev/null 2>&1 || fail "no clang (Debian package clang)"
sh sys/src/tools/fetchlwip.sh out >/dev/null || fail "no lwIP source (sys/src/tools/fetchlwip.sh failed)"
mkdir -p out/fuzz && out=$(mktemp -d out/fuzz/lwip.XXXXXX) || fail "cannot make a directory in out/fuzz"
seeds=$out/seeds
inc="-I $glue -I out/lwip/src/include -idirafter sys/include"

# lwIP and the glue, instrumented for coverage; the target; the seeds
files=$(sed -n 's/^LWIPFILES += //p' $glue/lwipfiles.mk | sed 's|^|out/lwip/src/|')
files="$files $(sed -n 's/^LWIPGLUE = //p' $glue/lwipfiles.mk | tr ' ' '\n' | sed "s|^|$glue/|")"
objs=
for f in $files; do
	o=$out/$(echo "$f" | tr / _ | sed 's/\.c$/.o/')
	clang -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -fsanitize=fuzzer-no-link $san \
		$inc -c -o "$o" "$f" || fail "cannot compile $f"
	objs="$objs $o"
done
clang -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -fsanitize=fuzzer $san $inc \
	-o "$out/lwip_fuzz" tests/fuzz/lwip_fuzz.c $objs || fail "cannot build the fuzz target"
clang -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -DSEEDS $san $inc \
	-o "$out/lwip_seeds" tests/fuzz/lwip_fuzz.c $objs || fail "cannot build the seed writer"
mkdir -p "$seeds" && "$out/lwip_seeds" "$seeds" || fail "cannot write the seeds"

# new inputs go to a working corpus, not into the seeds
mkdir -p "$out/corpus"
"$out/lwip_fuzz" -seed="$seed" -max_total_time="$secs" -max_len=4096 -timeout=10 \
	-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" \
	"$out/corpus" "$seeds" >"$out/fuzz.log" 2>&1
rc=$?
art=$(ls "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-* 2>/dev/null | head -1)
if [ $rc -ne 0 ] || [ -n "$art" ]; then
	why=$(grep -m1 -E 'lwip: assertion|ERROR: |SUMMARY: |runtime error' "$out/fuzz.log")
	echo "FAIL $name: ${why:-exit status $rc}; input ${art:-(none saved)}, log $out/fuzz.log"
	exit 1
fi
runs=$(grep -m1 '^stat::number_of_executed_units' "$out/fuzz.log" | awk '{print $2}')
cov=$(grep -o 'cov: [0-9]*' "$out/fuzz.log" | tail -1)
echo "fuzz.lwip: ${runs:-?} inputs in ${secs}s, seed $seed, ${cov:-cov: ?} edges"
rm -rf "$out"
echo "PASS $name"
