# fuzzlib.sh: what every bounded libFuzzer run in tests/fuzz shares;
# sourced (not run: it is not executable) by fcall.sh, regexp.sh, 9pl.sh,
# http.sh and lwip.sh.  Each run builds and fuzzes in a directory of
# its own under out/fuzz (so runs at the same time do not meet),
# removed after a PASS and kept, with the input that broke it, after a
# FAIL.  Needs clang and its libFuzzer runtime (Debian: clang and
# libclang-rt-N-dev); as root it installs a missing runtime with
# apt-get.  Variables: FUZZTIME (seconds to fuzz, default 30),
# FUZZSEED (default 1).
#
#	fuzzinit NAME		the run fuzz.NAME: $out, $san, clang checked
#	fuzzobjs FLAGS FILE...	compile FILEs for coverage into $objs
#	fuzztarget FLAGS	build $out/NAME_fuzz and the seed writer from
#				tests/fuzz/NAME_fuzz.c and $objs
#	fuzzseeds DIR		write the seeds into DIR (if it is empty)
#	fuzzrun SEEDS WHY [MORE] fuzz; WHY is an egrep of the log's telling
#				line; MORE a command whose output ends the
#				summary line

secs=${FUZZTIME:-30}
seed=${FUZZSEED:-1}
san='-fsanitize=address,undefined -fno-sanitize-recover=undefined'
cflags='-std=c11 -O1 -g -Wall -Werror'

fail() {
	echo "FAIL $name: $*"
	exit 1
}

# probe: can clang link a libFuzzer target?
probe() {
	echo 'int LLVMFuzzerTestOneInput(const unsigned char *p, unsigned long n) { (void)p; (void)n; return 0; }' >"$out/probe.c"
	clang -fsanitize=fuzzer -o "$out/probe" "$out/probe.c" >"$out/probe.log" 2>&1
}

fuzzinit() {
	short=$1
	name=fuzz.$1
	objs=
	command -v clang >/dev/null 2>&1 || fail "no clang (Debian package clang)"
	mkdir -p out/fuzz && out=$(mktemp -d "out/fuzz/$short.XXXXXX") || fail "cannot make a directory in out/fuzz"
	probe && return
	pkg="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "$short.sh: installing $pkg for libFuzzer"
		{ apt-get -q update && DEBIAN_FRONTEND=noninteractive \
			apt-get install -q -y --no-install-recommends "$pkg"; } >"$out/apt.log" 2>&1 ||
			fail "apt-get install $pkg failed (see $out/apt.log)"
		probe || fail "clang cannot link a libFuzzer target (see $out/probe.log)"
	else
		fail "no libFuzzer runtime; install it with: sudo apt-get install -y $pkg"
	fi
}

fuzzobjs() {
	flags=$1
	shift
	for f in "$@"; do
		o=$out/$(echo "$f" | tr / _ | sed 's/\.c$/.o/')
		clang $cflags -fsanitize=fuzzer-no-link $san $flags -c -o "$o" "$f" || fail "cannot compile $f"
		objs="$objs $o"
	done
}

fuzztarget() {
	clang $cflags -D_DEFAULT_SOURCE -fsanitize=fuzzer $san $1 \
		-o "$out/${short}_fuzz" "tests/fuzz/${short}_fuzz.c" $objs || fail "cannot build the fuzz target"
	clang $cflags -D_DEFAULT_SOURCE -DSEEDS $san $1 \
		-o "$out/${short}_seeds" "tests/fuzz/${short}_fuzz.c" $objs || fail "cannot build the seed writer"
}

fuzzseeds() {
	if [ ! -d "$1" ] || [ -z "$(ls "$1")" ]; then
		mkdir -p "$1" && "$out/${short}_seeds" "$1" || fail "cannot write the seeds"
	fi
}

fuzzrun() {
	# new inputs go to a working corpus, not into the seeds
	mkdir -p "$out/corpus"
	"$out/${short}_fuzz" -seed="$seed" -max_total_time="$secs" -max_len=4096 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" \
		"$out/corpus" "$1" >"$out/fuzz.log" 2>&1
	rc=$?
	art=$(ls "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-* 2>/dev/null | head -1)
	if [ $rc -ne 0 ] || [ -n "$art" ]; then
		why=$(grep -m1 -E "$2|ERROR: |SUMMARY: |runtime error" "$out/fuzz.log")
		echo "FAIL $name: ${why:-exit status $rc}; input ${art:-(none saved)}, log $out/fuzz.log"
		exit 1
	fi
	runs=$(grep -m1 '^stat::number_of_executed_units' "$out/fuzz.log" | awk '{print $2}')
	more=
	[ -n "$3" ] && more=$($3)
	echo "$name: ${runs:-?} inputs in ${secs}s, seed $seed$more"
	rm -rf "$out"
	echo "PASS $name"
}
