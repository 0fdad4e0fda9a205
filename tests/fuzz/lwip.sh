#!/bin/sh
# lwip.sh: a bounded libFuzzer run over netd's frame input path: lwIP
# (out/lwip, fetched by sys/src/tools/fetchlwip.sh if missing) and
# Ninefold's glue (sys/src/lib/lwip), built for the host, with the
# target tests/fuzz/lwip_fuzz.c (an input is Ethernet frames, each
# after a 2-byte length, fed to etherinput: ARP, IPv4 and fragments,
# ICMP, UDP, TCP to a listener, DHCP and DNS replies).  The seeds
# are written afresh each run by lwip_fuzz.c built with -DSEEDS.
# Prints "PASS fuzz.lwip", or "FAIL fuzz.lwip: why" with the input that
# broke it saved under out/fuzz/ (see fuzzlib.sh).

cd "$(dirname "$0")/../.." || exit 1
. tests/fuzz/fuzzlib.sh
fuzzinit lwip
sh sys/src/tools/fetchlwip.sh out >/dev/null || fail "no lwIP source (sys/src/tools/fetchlwip.sh failed)"
glue=sys/src/lib/lwip
inc="-D_DEFAULT_SOURCE -I $glue -I out/lwip/src/include -idirafter sys/include"
files=$(sed -n 's/^LWIPFILES += //p' $glue/lwipfiles.mk | sed 's|^|out/lwip/src/|')
files="$files $(sed -n 's/^LWIPGLUE = //p' $glue/lwipfiles.mk | tr ' ' '\n' | sed "s|^|$glue/|")"
fuzzobjs "$inc" $files
fuzztarget "$inc"
fuzzseeds "$out/seeds"

# coverage, for the summary line
edges() {
	echo ", $(grep -o 'cov: [0-9]*' "$out/fuzz.log" | tail -1) edges"
}
fuzzrun "$out/seeds" 'lwip: assertion' edges
