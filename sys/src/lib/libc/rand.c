/*
 * rand, srand: a small pseudo-random generator (64-bit LCG, high bits).
 */
#include <u.h>
#include <stdlib.h>

static uvlong seed = 1;

/* Start the sequence again from s. */
void
srand(unsigned int s)
{
	seed = s;
}

/* The next number in 0..RAND_MAX. */
int
rand(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return seed >> 33;
}
