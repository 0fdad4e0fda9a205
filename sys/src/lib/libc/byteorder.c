/*
 * htonl, htons, ntohl, ntohs: between the machine's byte order
 * (little-endian) and the network's (big-endian).
 */
#include <netinet/in.h>

uint32_t
htonl(uint32_t x)
{
	return __builtin_bswap32(x);
}

uint16_t
htons(uint16_t x)
{
	return __builtin_bswap16(x);
}

uint32_t
ntohl(uint32_t x)
{
	return __builtin_bswap32(x);
}

uint16_t
ntohs(uint16_t x)
{
	return __builtin_bswap16(x);
}
