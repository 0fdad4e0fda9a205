#!/bin/sh
# http.sh: a bounded libFuzzer run over the HTTP parsers
# (sys/src/lib/http), with the target tests/fuzz/http_fuzz.c (an input
# is lines, each given to every parser).  The seeds are written afresh
# each run by http_fuzz.c built with -DSEEDS.
# Prints "PASS fuzz.http", or "FAIL fuzz.http: why" with the input
# that broke it saved under out/fuzz/ (see fuzzlib.sh).

cd "$(dirname "$0")/../.." || exit 1
. tests/fuzz/fuzzlib.sh
fuzzinit http
fuzzobjs "-I sys/include" sys/src/lib/http/http.c
fuzztarget ""
fuzzseeds "$out/seeds"
fuzzrun "$out/seeds" '^http_fuzz: '
