#!/bin/sh
# 9pl.sh: a bounded libFuzzer run over lib9pl (sys/src/lib/9pl): the
# 9P2000.L decoder and the 9P2000 translator fed whatever a peer might
# send, with the target tests/fuzz/9pl_fuzz.c.  The seeds (good
# sessions) are written afresh each run by 9pl_fuzz.c built with
# -DSEEDS; the inputs that once found a fault are kept in
# tests/fuzz/corpus/9pl and run with them.
# Prints "PASS fuzz.9pl", or "FAIL fuzz.9pl: why" with the input that
# broke it saved under out/fuzz/ (see fuzzlib.sh).

cd "$(dirname "$0")/../.." || exit 1
. tests/fuzz/fuzzlib.sh
fuzzinit 9pl
fuzzobjs "-I sys/include" sys/src/lib/9pl/lconv.c sys/src/lib/9pl/lerr.c sys/src/lib/9pl/lx.c \
	sys/src/lib/9pl/lxfile.c sys/src/lib/9pl/lxdir.c sys/src/lib/9pl/lxside.c sys/src/lib/fcall/convS2M.c \
	sys/src/lib/fcall/convM2S.c sys/src/lib/fcall/convD2M.c sys/src/lib/fcall/convM2D.c
fuzztarget ""
fuzzseeds "$out/seeds"
# and the inputs that once broke it (tests/fuzz/corpus/9pl), run first
cp tests/fuzz/corpus/9pl/* "$out/seeds/"
fuzzrun "$out/seeds" '^9pl_fuzz: '
