/*
 * stddef.h: size_t, ptrdiff_t, NULL and offsetof.
 * Shared by the kernel and user space; it needs no other header.
 */
#ifndef STDDEF_H
#define STDDEF_H

typedef __SIZE_TYPE__		size_t;
typedef __PTRDIFF_TYPE__	ptrdiff_t;
typedef __WCHAR_TYPE__		wchar_t;
typedef struct { _Alignas(16) long long _x; } max_align_t;

#ifndef NULL
#define NULL	((void*)0)
#endif

#define offsetof(t, m)	__builtin_offsetof(t, m)

#endif
