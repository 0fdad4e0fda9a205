/*
 * arch/cc.h: lwIP's compiler and platform port for Ninefold (x86_64,
 * gcc), over Ninefold's libc; the same file serves the host build of
 * the tests over the host's libc.  lwIP's arch.h includes it first and
 * takes the types from <stdint.h>, the printf formats from
 * <inttypes.h>, and isdigit and friends from <ctype.h>.
 */
#ifndef LWIP_ARCH_CC_H
#define LWIP_ARCH_CC_H

#include <stdio.h>
#include <stdlib.h>

/* x86_64 is little-endian; swap with the compiler's builtins */
#ifndef BYTE_ORDER
#define BYTE_ORDER	LITTLE_ENDIAN
#endif
#define lwip_htons(x)	((u16_t)__builtin_bswap16((u16_t)(x)))
#define lwip_htonl(x)	((u32_t)__builtin_bswap32((u32_t)(x)))

/* wire headers are packed structs */
#define PACK_STRUCT_STRUCT	__attribute__((packed))

/* diagnostics (LWIP_DEBUGF, off unless LWIP_DEBUG) on standard output;
 * a failed assertion names itself on standard error and aborts */
#define LWIP_PLATFORM_DIAG(x)	do { printf x; } while(0)
#define LWIP_PLATFORM_ASSERT(x)	do { \
	fprintf(stderr, "lwip: assertion \"%s\" failed at %s:%d\n", \
		x, __FILE__, __LINE__); \
	abort(); \
} while(0)

/* random numbers for ports, TCP sequence numbers, DHCP and DNS ids */
unsigned int	lwiprand(void);
#define LWIP_RAND()	((u32_t)lwiprand())

#endif
