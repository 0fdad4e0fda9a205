/*
 * chksum.c: the Internet checksum (RFC 1071) for lwIP (LWIP_CHKSUM in
 * lwipopts.h), eight bytes an instruction.  lwIP's own best loop takes
 * about ten instructions for eight bytes, and every TCP segment in and
 * out is summed whole: under QEMU, where an instruction is the cost,
 * that was a quarter of netd's work per frame received.
 *
 * The one's-complement sum does not care which order the 16-bit words
 * are added in, nor how they are grouped, so 64-bit words are added
 * with the carry brought round (adc), and the sum folded to 16 bits at
 * the end.  Words are read from the start of the data, whatever its
 * alignment (x86 reads unaligned words), so the sum is that of the
 * native-order 16-bit words at offsets 0, 2, 4 ... of the data, with an
 * odd last byte as the low half of a last word: what lwIP's own
 * lwip_standard_chksum returns (host order, not inverted).
 */
#include <stdint.h>
#include <string.h>

unsigned short	netchksum(const void *data, int len);

/* add: s + w with the carry out of the top brought round */
static uint64_t
add(uint64_t s, uint64_t w)
{
	s += w;
	return s + (s < w);
}

unsigned short
netchksum(const void *data, int len)
{
	const unsigned char *p;
	uint64_t s, w, n;

	p = data;
	s = 0;
	n = len >= 0 ? (uint64_t)len / 32 : 0;
	if(n > 0){
		/* 32 bytes a turn; lea and dec leave the carry alone */
		__asm__("clc\n"
			"1:\tadcq 0(%[p]), %[s]\n"
			"\tadcq 8(%[p]), %[s]\n"
			"\tadcq 16(%[p]), %[s]\n"
			"\tadcq 24(%[p]), %[s]\n"
			"\tleaq 32(%[p]), %[p]\n"
			"\tdecq %[n]\n"
			"\tjnz 1b\n"
			"\tadcq $0, %[s]"
			: [s] "+r"(s), [p] "+r"(p), [n] "+r"(n)
			:
			: "cc", "memory");
		len %= 32;
	}
	for(; len >= 8; len -= 8, p += 8){
		memcpy(&w, p, 8);
		s = add(s, w);
	}
	if(len > 0){
		w = 0;
		memcpy(&w, p, len);	/* little-endian: the low bytes */
		s = add(s, w);
	}
	s = (s & 0xFFFFFFFF) + (s >> 32);
	s = (s & 0xFFFFFFFF) + (s >> 32);
	s = (s & 0xFFFF) + (s >> 16);
	s = (s & 0xFFFF) + (s >> 16);
	return s;
}
