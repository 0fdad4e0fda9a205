/*
 * poll.c: waiting on several files at once (proc:/N/poll, poll(2)).
 * Each Dev says what a Chan is ready for (Dev.ready): a pipe or
 * channel end by its queues, a file of a 9P server by a read sent
 * ahead (mnt.c); a Dev that cannot tell is always ready.  A waiter
 * sleeps on one rendezvous that every change of readiness wakes (a
 * message queued or taken, an end closed, a server's reply) and looks
 * again: waiters are few, so waking them all costs little.
 */
#include "all.h"

int	npollers;	/* processes asleep in pollwait (pollwake in portfns.h) */
int	pollrendez;

/* pollscan: each entry's revents now; how many have any */
static int
pollscan(Pollfd *f, int n)
{
	int i, r, nr;
	Chan *c;

	nr = 0;
	for(i = 0; i < n; i++){
		f[i].revents = 0;
		if(f[i].fd < 0)
			continue;	/* poll(2): ignored */
		if(f[i].fd >= NFD || (c = up->fd[f[i].fd]) == nil)
			r = Pollnval;
		else if(c->dev->ready != nil)
			r = c->dev->ready(c, f[i].events);
		else
			r = Pollin|Pollout;
		f[i].revents = r & (f[i].events | Pollerr|Pollhup|Pollnval);
		if(f[i].revents)
			nr++;
	}
	return nr;
}

/* pollend: the wait is over: each file stops what it started for it (Dev.ready with want 0) */
static void
pollend(Pollfd *f, int n)
{
	int i;
	Chan *c;

	for(i = 0; i < n; i++)
		if(f[i].fd >= 0 && f[i].fd < NFD && (c = up->fd[f[i].fd]) != nil && c->dev->ready != nil)
			c->dev->ready(c, 0);
}

/*
 * pollwait: wait until one of f's n files is ready for what its entry
 * asks, or ms milliseconds pass (-1: no limit; 0: only look); the
 * number ready, each entry's revents set, or -1 if interrupted.
 */
long
pollwait(Pollfd *f, int n, long ms)
{
	uvlong end, now, tick;
	int nr;

	end = nsec() + (ms > 0 ? ms : 0)*1000000ULL;
	tick = 1000000000ULL/HZ;
	for(;;){
		nr = pollscan(f, n);
		if(nr > 0 || ms == 0)
			break;
		if(interrupted()){
			nr = error(Eintr);
			break;
		}
		if(ms > 0){
			now = nsec();
			if(now >= end)
				break;
			up->wakeup = ticks + (end - now + tick - 1)/tick;
		}
		npollers++;
		sleep(&pollrendez);
		npollers--;
		up->wakeup = 0;
	}
	pollend(f, n);
	return nr;
}
