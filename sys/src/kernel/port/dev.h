/*
 * dev.h: helpers for kernel-resident schemes (dev.c).
 */
typedef struct Dirtab Dirtab;
struct Dirtab {
	char	*name;
	uvlong	path;
	ulong	perm;
};

long	devdirread(Chan *c, uchar *buf, long n, vlong off, int (*gen)(Chan*, int, Dir*));
int	devtabgen(Dirtab *tab, int ntab, int i, Dir *d, char *uid);
int	devpermit(char *uid, ulong perm, int omode);
char*	procuser(void);
long	devreadstr(char *s, void *buf, long n, vlong off);
