/*
 * fmt.h: libc's internal formatting engine (fmt.c), shared by the
 * kernel's vsnprintf and user space's printf family.  The engine
 * hands each piece of output to a callback.
 */
#ifndef FMT_H
#define FMT_H

typedef void	(*Fmtout)(void *arg, const char *s, size_t n);

int	_fmt(Fmtout out, void *arg, const char *fmt, va_list ap);
int	vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int	snprintf(char *buf, size_t n, const char *fmt, ...);

#endif
