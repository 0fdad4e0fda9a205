/*
 * impl.h: libc's internal declarations for user space: the system
 * call stubs generated from syscall.h, and helpers shared by a few
 * wrappers.
 */
#ifndef IMPL_H
#define IMPL_H

#include <u.h>
#include <syscall.h>

#define SYSPARAMS0	void
#define SYSPARAMS1	long
#define SYSPARAMS2	long, long
#define SYSPARAMS3	long, long, long
#define SYSPARAMS4	long, long, long, long
#define SYSPARAMS5	long, long, long, long, long
#define SYSPARAMS6	long, long, long, long, long, long
#define SYSPROTO(num, name, nargs)	long _sys_##name(SYSPARAMS##nargs);
SYSCALLS(SYSPROTO)
#undef SYSPROTO

long	_sysret(long r);
struct stat;
int	_statconv(const unsigned char *buf, long n, struct stat *st);
void	_runatexit(void);
uvlong	_strtox(const char *s, char **end, int base, int *neg, int *ovf);

#endif
