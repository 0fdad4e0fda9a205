/*
 * stdlib.h: memory allocation, number conversion, sorting,
 * process exit and the environment.
 */
#ifndef STDLIB_H
#define STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1
#define RAND_MAX	0x7fffffff

void	*malloc(size_t n);
void	*calloc(size_t nmemb, size_t size);
void	*realloc(void *p, size_t n);
void	free(void *p);

long	strtol(const char *s, char **end, int base);
long long	strtoll(const char *s, char **end, int base);
unsigned long	strtoul(const char *s, char **end, int base);
unsigned long long	strtoull(const char *s, char **end, int base);
double	strtod(const char *s, char **end);
float	strtof(const char *s, char **end);
long double	strtold(const char *s, char **end);
double	atof(const char *s);
int	atoi(const char *s);
long	atol(const char *s);
long long	atoll(const char *s);

void	qsort(void *base, size_t n, size_t size, int (*cmp)(const void*, const void*));
void	*bsearch(const void *key, const void *base, size_t n, size_t size,
		int (*cmp)(const void*, const void*));

int	abs(int x);
long	labs(long x);
long long	llabs(long long x);

int	rand(void);
void	srand(unsigned int seed);

_Noreturn void	abort(void);
_Noreturn void	exit(int status);
_Noreturn void	_Exit(int status);
int	atexit(void (*f)(void));

char	*getenv(const char *name);
int	setenv(const char *name, const char *val, int overwrite);
int	unsetenv(const char *name);

#endif
