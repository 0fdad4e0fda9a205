#!/bin/sh
# run.sh: run every test, as `make test` does after `make all`:
#	1. the host unit tests (make -C tests/unit run)
#	2. every tests/*.exp Expect session (each boots its own QEMU),
#	   TESTJOBS at a time (default 2), each one's output kept together
#	3. every executable tests/fuzz/*.sh (bounded fuzz runs)
# Each test prints one line per check, "PASS name" or "FAIL name: why".
# A test that exits non-zero without printing a FAIL line counts as one
# FAIL naming it.  The last line is "N passed, N failed"; the exit status
# is 1 if anything failed or nothing ran.
#
# Variables: TESTJOBS (Expect sessions at once), NINEFOLD_TEST_DEADLINE
# (seconds one .exp may take, default 600), NINEFOLD_VERBOSE=1 (show the
# QEMU console too).

cd "$(dirname "$0")/.." || exit 1

jobs=${TESTJOBS:-2}
deadline=${NINEFOLD_TEST_DEADLINE:-600}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ninefold-test.XXXXXX") || exit 1
all=$tmp/all		# everything shown, for the count
: >"$all"

# on exit or interrupt: stop the tests still running (each .exp kills
# its QEMU when it gets SIGTERM) and remove the scratch files
cleanup() {
	for f in "$tmp"/*.pid; do
		[ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run ID CMD...: run CMD with no stdin, its output in $tmp/ID.out and
# its exit status in $tmp/ID.rc; bounded by timeout(1) when there is one.
run() {
	id=$1
	shift
	if command -v timeout >/dev/null 2>&1; then
		set -- timeout -k 10 $((deadline + 60)) "$@"
	fi
	"$@" </dev/null >"$tmp/$id.out" 2>&1 &
	echo $! >"$tmp/$id.pid"
	wait $!
	{ echo $? >"$tmp/$id.rc"; } 2>/dev/null
	rm -f "$tmp/$id.pid"
}

# report ID NAME: show NAME's output; if it failed without saying FAIL,
# say it for it.
report() {
	{
		echo "== $2"
		cat "$tmp/$1.out"
		rc=$(cat "$tmp/$1.rc" 2>/dev/null || echo "?")
		if [ "$rc" != 0 ] && ! grep -q '^FAIL ' "$tmp/$1.out"; then
			echo "FAIL $2: exit status $rc"
		fi
	} | tee -a "$all"
}

# the Expect sessions' QEMU consoles from an earlier run
rm -f out/tests/*.log

# 1. host unit tests
run unit make --no-print-directory -C tests/unit run
report unit tests/unit

# 2. Expect sessions, in batches of $jobs
set --
for t in tests/*.exp; do
	case $t in
	tests/lib.exp|'tests/*.exp') ;;
	*)	set -- "$@" "$t" ;;
	esac
done
while [ $# -gt 0 ]; do
	batch=
	i=0
	while [ $i -lt "$jobs" ] && [ $# -gt 0 ]; do
		id=exp$#
		run "$id" expect -f "$1" &
		batch="$batch $id:$1"
		shift
		i=$((i + 1))
	done
	wait
	for b in $batch; do
		report "${b%%:*}" "${b#*:}"
	done
done

# 3. fuzzers (every executable tests/fuzz/*.sh) and the comparison of
#    rc with Plan 9's (tests/rc/compare.sh), one after another
for f in tests/fuzz/*.sh tests/rc/compare.sh; do
	[ -x "$f" ] || continue
	run fuzz "$f"
	report fuzz "$f"
done

passed=$(grep -c '^PASS ' "$all")
failed=$(grep -c '^FAIL ' "$all")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
