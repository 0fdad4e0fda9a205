/*
 * exportfs.h: what exportfs.c takes from nsroot.c (the namespace
 * root's directory) and errwords.c (errors in words the client knows).
 */
long	schemes(uchar *buf, long n);
char*	unixerr(char *err);
