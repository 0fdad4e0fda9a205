/*
 * sysfuzz.h: what sysfuzz's two halves share: the parent (sysfuzz.c:
 * runs, watchdog, checks) and the workers (worker.c: the calls).
 */
#include <libc.h>
#include <sys/wait.h>
#include <dirent.h>
#include <signal.h>
#include <sys/mman.h>

enum {
	Ncalls	= 32,		/* system calls 0..31 */
	Nfd	= 64,		/* the kernel's fds per process */
	Tickfd	= 63,		/* a worker's pipe to the parent: 1 byte per Tick calls */
	Tracefd	= 62,		/* -t: the console, for the trace of every call */
	Tick	= 16,
	Bufsz	= 8192,
	Nmaps	= 16,
	Margin	= 128*1024,	/* bytes of free memory a run may cost (server heaps vary) */
	Worksecs	= 15,		/* a worker's watchdog */
	Maxprocs	= 32,
	Percalls	= 500,		/* calls a worker makes, if it lives */
};

/* worker.c */
extern uvlong	only;		/* -c: a mask of the calls to make, 0 for all */
extern int	tracing;	/* -t: each call on Tracefd before it is made */
uvlong	mix(uvlong x);
void	worker(int id, uvlong seed, long calls, int tickfd);
