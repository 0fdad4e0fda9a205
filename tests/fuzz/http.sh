#!/bin/sh
# http.sh: a bounded libFuzzer run over the HTTP parsers
# (sys/src/lib/http), with the target tests/fuzz/http_fuzz.c
# (an input is lines, each given to every parser).  The
# seeds are written afresh each run by http_fuzz.c built with -DSEEDS.
# A slow input (over 10 s) counts as a failure.
# Prints "PASS fuzz.http", or "FAIL fuzz.http: why" with the input
# that broke it saved under out/fuzz/.  Each run builds and fuzzs in a
# directory of its own, out/fuzz/http.XXXXXX, so runs at the same time
# do not meet; it is removed after a PASS and kept after a FAIL.
#
# Needs clang and its libFuzzer runtime (Debian: clang and
# libclang-rt-N-dev); as root it installs a missing runtime with apt-get.
# Variables: FUZZTIME (seconds to fuzz, default 30), FUZZSEED (default 1).

cd "$(dirname "$0")/../.." || exit 1
name=fuzz.http
src=sys/src/lib/http
secs=${FUZZTIME:-30}
seed=${FUZZSEED:-1}
files=http
ren=
san='-fsanitize=address,undefined -fno-sanitize-recover=undefined'

fail() {
	echo "FAIL $name: $*"
	exit 1
}

mkdir -p out/fuzz && out=$(mktemp -d out/fuzz/http.XXXXXX) || fail "cannot make a directory in out/fuzz"
seeds=$out/seeds
command -v clang >/dev/null 2>&1 || fail "no clang (Debian package clang)"

# probe: can clang link a libFuzzer target?
probe() {
	echo 'int LLVMFuzzerTestOneInput(const unsigned char *p, unsigned long n) { (void)p; (void)n; return 0; }' >"$out/probe.c"
	clang -fsanitize=fuzzer -o "$out/probe" "$out/probe.c" >"$out/probe.log" 2>&1
}
if ! probe; then
	pkg="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "http.sh: installing $pkg for libFuzzer"
		{ apt-get -q update && DEBIAN_FRONTEND=noninteractive \
			apt-get install -q -y --no-install-recommends "$pkg"; } >"$out/apt.log" 2>&1 ||
			fail "apt-get install $pkg failed (see $out/apt.log)"
		probe || fail "clang cannot link a libFuzzer target (see $out/probe.log)"
	else
		fail "no libFuzzer runtime; install it with: sudo apt-get install -y $pkg"
	fi
fi

# the library, instrumented for coverage; the target; the seed writer
for f in $files; do
	clang -std=c11 -O1 -g -Wall -Werror -fsanitize=fuzzer-no-link $san $ren \
		-I sys/include -c -o "$out/$f.o" "$src/$f.c" || fail "cannot compile $src/$f.c"
	objs="$objs $out/$f.o"
done
clang -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -fsanitize=fuzzer $san \
	-o "$out/http_fuzz" tests/fuzz/http_fuzz.c $objs || fail "cannot build the fuzz target"
clang -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -DSEEDS $san \
	-o "$out/http_seeds" tests/fuzz/http_fuzz.c $objs || fail "cannot build the seed writer"
mkdir -p "$seeds" && "$out/http_seeds" "$seeds" || fail "cannot write the seeds"

# new inputs go to a working corpus, not into the seeds
mkdir -p "$out/corpus"
"$out/http_fuzz" -seed="$seed" -max_total_time="$secs" -max_len=4096 -timeout=10 \
	-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" \
	"$out/corpus" "$seeds" >"$out/fuzz.log" 2>&1
rc=$?
art=$(ls "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-* 2>/dev/null | head -1)
if [ $rc -ne 0 ] || [ -n "$art" ]; then
	why=$(grep -m1 -E '^http_fuzz: |ERROR: |SUMMARY: |runtime error' "$out/fuzz.log")
	echo "FAIL $name: ${why:-exit status $rc}; input ${art:-(none saved)}, log $out/fuzz.log"
	exit 1
fi
runs=$(grep -m1 '^stat::number_of_executed_units' "$out/fuzz.log" | awk '{print $2}')
echo "fuzz.http: ${runs:-?} inputs in ${secs}s, seed $seed"
rm -rf "$out"
echo "PASS $name"
