#!/bin/sh
# regexp.sh: a bounded libFuzzer run over the regular expression
# library (sys/src/lib/regexp), with the target tests/fuzz/regexp_fuzz.c
# (an input is a flags byte, an expression, a NUL and a text).  The
# seeds are written afresh each run by regexp_fuzz.c built with -DSEEDS.
# A slow input (over 10 s) counts as a failure: matching must stay
# linear whatever the expression.
# Prints "PASS fuzz.regexp", or "FAIL fuzz.regexp: why" with the input
# that broke it saved under out/fuzz/ (see fuzzlib.sh).

cd "$(dirname "$0")/../.." || exit 1
. tests/fuzz/fuzzlib.sh
fuzzinit regexp
src=sys/src/lib/regexp
fuzzobjs "-Dregcomp=nf_regcomp -Dregexec=nf_regexec -Dregfree=nf_regfree -I sys/include" \
	$src/regcomp.c $src/regexec.c $src/regsub.c
fuzztarget ""
fuzzseeds "$out/seeds"
fuzzrun "$out/seeds" '^regexp_fuzz: '
