/*
 * wait.c: waiting for children.  A wait for one child takes whichever
 * ends first, as Plan 9's rc does, so a background job that ended
 * meanwhile is reaped then and does not linger as a zombie until the
 * next prompt.  The end of a child not waited for yet (a background
 * job, or another command of the same pipeline) is kept for its own
 * wait: `wait $pid` still gets a background job's status, as in a
 * POSIX shell, where 9base's rc may have dropped it.
 */
#include "rc.h"

typedef struct Ended Ended;
struct Ended {
	int	pid;
	int	s;	/* its raw wait status */
	Ended	*next;
};
static Ended	*ended;	/* reaped while waiting for another */

/* Is pid a background job?  If so (and forget) it is one no longer. */
static int
isbg(int pid, int forget)
{
	Word **l, *w;

	for(l = &apids; (w = *l) != nil; l = &w->next)
		if(atoi(w->s) == pid){
			if(forget){
				*l = w->next;
				free(w->s);
				free(w);
			}
			return 1;
		}
	return 0;
}

/* Keep the end of a child that is not being waited for yet. */
static void
keep(int pid, int s)
{
	Ended *e;

	e = malloc(sizeof *e);
	if(e == nil)
		return;		/* its waiter will find no child: status "" */
	e->pid = pid;
	e->s = s;
	e->next = ended;
	ended = e;
}

/* A kept end of pid, taken from the list; 0 if none. */
static int
takekept(int pid, int *s)
{
	Ended **l, *e;

	for(l = &ended; (e = *l) != nil; l = &e->next)
		if(e->pid == pid){
			*l = e->next;
			*s = e->s;
			free(e);
			return 1;
		}
	return 0;
}

/* In a new child: the ends kept are its parent's children's, not its own. */
void
forgetkept(void)
{
	Ended *e;

	while((e = ended) != nil){
		ended = e->next;
		free(e);
	}
}

/* Wait for child pid; its status string in st.  -1 if pid is no child. */
int
oswait(int pid, char *st, int n)
{
	int s, r;

	if(!takekept(pid, &s)){
		/* not a child (or reaped already): do not wait for others */
		r = osreap(pid, &s, 0);
		if(r < 0){
			st[0] = 0;
			return -1;
		}
		while(r != pid){
			r = osreap(-1, &s, 1);
			if(r < 0){
				st[0] = 0;
				return -1;
			}
			if(r != pid)
				keep(r, s);
		}
	}
	osstatus(pid, s, st, n, 1);
	return 0;
}

/*
 * Reap a background job that ended (any, waiting for one if block);
 * its pid and status.  >0, 0 if none has ended, -1 if none is left.
 */
int
oswaitany(int *pid, char *st, int n, int block)
{
	Ended *e;
	int s, r;

	/* one that ended while rc waited for another */
	r = 0;
	for(e = ended; e != nil && r == 0; e = e->next)
		if(isbg(e->pid, 1))
			r = e->pid;
	if(r != 0)
		takekept(r, &s);
	while(r == 0){
		r = osreap(-1, &s, block);
		if(r <= 0)
			return r;
		if(!isbg(r, 1)){
			keep(r, s);
			r = 0;
		}
	}
	*pid = r;
	osstatus(r, s, st, n, 0);
	return r;
}
