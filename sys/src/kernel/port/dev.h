/*
 * dev.h: helpers for kernel-resident schemes (dev.c).
 */
typedef struct Dirtab Dirtab;
struct Dirtab {
	char	*name;
	uvlong	path;
	ulong	perm;
};

/*
 * A directory generator, as lib9p's: entry i of a directory into d,
 * 0, or -1 past the last one; aux is the caller's (a Dev passes the
 * directory's Chan).
 */
typedef int Dirgen(int i, Dir *d, void *aux);

long	devdirread(Chan *c, uchar *buf, long n, vlong off, Dirgen *gen, void *aux);
int	devtabgen(Dirtab *tab, int ntab, int i, Dir *d, char *uid);
int	devwalktab(Chan *c, char *elem, Dirtab *tab, int ntab);
int	devstattab(Chan *c, uchar *buf, int n, Dirtab *tab, int ntab, char *uid);
Dirtab*	devtablook(Chan *c, Dirtab *tab, int ntab);
int	devpermit(char *uid, ulong perm, int omode);
char*	procuser(void);
long	devreadstr(char *s, void *buf, long n, vlong off);
