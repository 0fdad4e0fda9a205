/* fakehost.h: what fakehost.c gives a host test of commands (after <stdio.h>) */
long	sysr(long r);
char	*readall(FILE *f, size_t *np);
