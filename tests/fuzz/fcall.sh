#!/bin/sh
# fcall.sh: a bounded libFuzzer run over the 9P2000 marshalling
# (sys/src/lib/fcall), with the target tests/fuzz/fcall_fuzz.c and the
# seed corpus tests/fuzz/corpus/fcall (one valid message a file; it is
# written by fcall_fuzz.c built with -DSEEDS when the directory is empty).
# Prints "PASS fuzz.fcall", or "FAIL fuzz.fcall: why" with the input
# that broke it saved under out/fuzz/ (see fuzzlib.sh).

cd "$(dirname "$0")/../.." || exit 1
. tests/fuzz/fuzzlib.sh
fuzzinit fcall
src=sys/src/lib/fcall
fuzzobjs "-I sys/include" $src/convS2M.c $src/convM2S.c $src/fcallfmt.c $src/convD2M.c $src/convM2D.c
fuzztarget ""
fuzzseeds tests/fuzz/corpus/fcall
fuzzrun tests/fuzz/corpus/fcall '^fcall_fuzz: '
