/*
 * bench.h: what bench.c (the framework and the system's own
 * benchmarks) and peer.c (the benchmarks that need a machine at the
 * other end) share.
 */
#define _POSIX_C_SOURCE 200809L	/* glibc: clock_gettime, fork, pipe under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <time.h>
#include <sys/wait.h>
#include <sys/stat.h>

enum {
	TARGET	= 150*1000*1000,	/* ns one measured run should take */
	ROUNDS	= 4,		/* measured runs; the best is reported */
	MAXN	= 100*1000*1000,	/* most iterations in one run */
	SMALL	= 100,		/* bytes in openclose's file and in each of files' */
	MIB	= 1024*1024,	/* bytes in read1m's file */
	CHUNK	= 64*1024,	/* bytes per read and write */
};

/* units of the printed figures */
enum {
	NSOP,		/* ns per operation (lower is better) */
	MIBS,		/* MiB per second */
	OPSS,		/* operations per second */
};

typedef struct Bench Bench;
struct Bench {
	char	*name;
	int	(*setup)(void);	/* nil, or make what run needs; 0 or -1 */
	int	(*run)(long);	/* do n operations; 0 or -1 */
	void	(*done)(void);	/* nil, or undo setup */
	int	unit;		/* NSOP or MIBS */
	int	nf;		/* run by default on Ninefold (it works there) */
	int	(*own)(void);	/* nil, or it measures and prints by itself (peer.c) */
};

/* bench.c */
extern char	*dir;		/* where files are made (-d) */
extern char	buf[CHUNK];
extern char	*peeraddr;	/* the host's sink and source, host!port (-a) */
extern long	bigmib;		/* MiB moved by the big transfers (-s) */
extern long	nsmall;		/* connections or small files (-n) */
extern int	prounds;	/* rounds of peer.c's benchmarks (-r) */
void	fail(char *what, char *why);
void	syserr(char *what);
long	now(void);
void	report(char *name, long amount, long ns, int unit);

/* peer.c */
int	tcpsend(void);
int	tcprecv(void);
int	tcpconn(void);
int	fwrite20(void);
int	fread20(void);
int	smallfiles(void);
