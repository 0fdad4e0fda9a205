/*
 * u.h: machine types shared by the kernel, user space and host tools.
 * Plan 9 names; nothing here depends on a host header.
 */
#ifndef U_H
#define U_H

typedef unsigned char		uchar;
typedef unsigned short		ushort;
typedef unsigned int		uint;
typedef unsigned long		ulong;
typedef long long		vlong;
typedef unsigned long long	uvlong;
typedef signed char		s8int;
typedef unsigned char		u8int;
typedef short			s16int;
typedef unsigned short		u16int;
typedef int			s32int;
typedef unsigned int		u32int;
typedef long			s64int;
typedef unsigned long		u64int;
typedef unsigned long		uintptr;
typedef unsigned long		usize;

#ifndef nil
#define nil	((void*)0)
#endif

#define nelem(x)	(sizeof(x)/sizeof((x)[0]))
#define USED(x)		((void)(x))

#endif
