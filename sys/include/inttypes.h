/*
 * inttypes.h: printf conversions for the types of stdint.h
 * (x86_64, LP64: 64-bit types are long).  See print(2).
 */
#ifndef INTTYPES_H
#define INTTYPES_H

#include <stdint.h>

#define PRId8	"d"
#define PRId16	"d"
#define PRId32	"d"
#define PRId64	"ld"
#define PRIi8	"i"
#define PRIi16	"i"
#define PRIi32	"i"
#define PRIi64	"li"
#define PRIu8	"u"
#define PRIu16	"u"
#define PRIu32	"u"
#define PRIu64	"lu"
#define PRIo8	"o"
#define PRIo16	"o"
#define PRIo32	"o"
#define PRIo64	"lo"
#define PRIx8	"x"
#define PRIx16	"x"
#define PRIx32	"x"
#define PRIx64	"lx"
#define PRIX8	"X"
#define PRIX16	"X"
#define PRIX32	"X"
#define PRIX64	"lX"

#define PRIdMAX	"ld"
#define PRIiMAX	"li"
#define PRIuMAX	"lu"
#define PRIxMAX	"lx"
#define PRIXMAX	"lX"
#define PRIdPTR	"ld"
#define PRIiPTR	"li"
#define PRIuPTR	"lu"
#define PRIxPTR	"lx"
#define PRIXPTR	"lX"

#endif
