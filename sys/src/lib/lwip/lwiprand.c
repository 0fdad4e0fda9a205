/*
 * lwiprand, lwipseed: the random numbers lwIP takes (LWIP_RAND, in
 * arch/cc.h) for local ports, TCP initial sequence numbers and DHCP and
 * DNS transaction ids: xorshift64*, seeded by the caller (netd from
 * rand:, the tests with a constant).
 */
#include "lwip.h"

static unsigned long long state = 0x9e3779b97f4a7c15ULL;

/* Start the sequence from seed (0 is taken as another constant). */
void
lwipseed(unsigned long long seed)
{
	state = seed ? seed : 0x2545f4914f6cdd1dULL;
}

/* The next 32 random bits. */
unsigned int
lwiprand(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (state * 0x2545f4914f6cdd1dULL) >> 32;
}
