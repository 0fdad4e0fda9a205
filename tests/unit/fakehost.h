/* fakehost.h: what fakehost.c gives a host test of commands (after <stdio.h> and <unistd.h>) */
long	sysr(long r);
pid_t	spawn(char *in, size_t n, FILE *f[3]);
void	reap(pid_t pid, FILE *f[3], char **out, size_t *nout, char **err, int *status);
