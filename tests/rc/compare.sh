#!/bin/sh
# compare.sh: run each tests/rc/*.rc under 9base's rc and under
# Ninefold's rc built for the host (sys/src/cmd/rc with osunix.c, in
# out/tests/rc-host), each in a fresh directory of its own with the
# same clean environment, and require the same stdout, stderr and exit
# status.  Prints "PASS rc.compare.NAME" or "FAIL rc.compare.NAME:
# <first differing line>" per script; exits 1 if any failed.
#
# Needs 9base (/usr/lib/plan9/bin/rc, Debian package 9base).
# Variables: RC9BASE (the reference rc), KEEP=1 (keep the outputs).

cd "$(dirname "$0")/../.." || exit 1
root=$(pwd)
ref=${RC9BASE:-/usr/lib/plan9/bin/rc}
out=$root/out/tests/rc-host
src=sys/src/cmd/rc
files="main lex parse exec eval var glob builtin here edit wait osunix"

if [ ! -x "$ref" ]; then
	echo "FAIL rc.compare: no $ref (install Debian's 9base)"
	exit 1
fi
mkdir -p "$out/bin" || exit 1
set --
for f in $files; do
	set -- "$@" "$src/$f.c"
done
if ! gcc -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE -o "$out/bin/rc.new" "$@" 2>"$out/build.log"; then
	echo "FAIL rc.compare.build: $(head -1 "$out/build.log")"
	exit 1
fi
mv "$out/bin/rc.new" "$out/bin/rc"
mkdir -p "$out/ref" && ln -sf "$ref" "$out/ref/rc"

# run NAME BINDIR SCRIPT: run SCRIPT with $BINDIR/rc as "rc" (also the
# rc on $PATH) in a new empty directory; out/err/status in $out/NAME.*
run() {
	d=$out/$1.dir
	rm -rf "$d" && mkdir -p "$d" || return 1
	(cd "$d" && exec env -i PATH="$2:/usr/bin:/bin" HOME="$d" \
		timeout 20 rc "$3" \
		>"$out/$1.out" 2>"$out/$1.err" </dev/null)
	echo "exit $?" >"$out/$1.status"
	# the directory's name differs between the two runs
	sed -i "s,$d,DIR,g" "$out/$1.out" "$out/$1.err"
}

failed=0
for t in tests/rc/*.rc; do
	name=$(basename "$t" .rc)
	run "$name.ref" "$out/ref" "$root/$t"
	run "$name.new" "$out/bin" "$root/$t"
	why=
	for k in out err status; do
		if ! cmp -s "$out/$name.ref.$k" "$out/$name.new.$k"; then
			line=$(diff "$out/$name.ref.$k" "$out/$name.new.$k" | grep -m1 '^[<>]')
			why="$k differs: ${line:-?}"
			break
		fi
	done
	if [ -z "$why" ]; then
		echo "PASS rc.compare.$name"
		[ -n "$KEEP" ] || rm -rf "$out/$name.ref.dir" "$out/$name.new.dir"
	else
		echo "FAIL rc.compare.$name: $why"
		failed=1
	fi
done
exit $failed
