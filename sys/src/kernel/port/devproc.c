/*
 * devproc.c: proc:, the processes.  proc:/N/ for each process N, and
 * proc:/self for the caller's own:
 *	status	"pid ppid name state" on one line
 *	args	its arguments as exec got them (the first 127 bytes)
 *	time	"user sys real cuser csys" in ms: its time on the CPU
 *		(the user part is sampled by the clock), its age, and
 *		its reaped children's
 *	ns	its namespace, as rc would bind it again
 *	note	write a note ("kill", "interrupt", ...) to send it
 *	notepg	write a note to send it to the whole note group
 *	ctl	write "grant irq N", "grant port FIRST LAST" or
 *		"grant phys BASE LEN" to give it hardware the writer
 *		holds itself (init holds all); "protect" to make it a
 *		system server that takes notes from nobody else (init
 *		only); "kill" ends it (not init); "none" makes it act as
 *		user none from then on (itself, or init for another)
 *	poll	poll(2), for the process itself only: write a timeout
 *		in ms (4 bytes, -1 for none) and pollfd entries (fd 4,
 *		events 2, revents 2 bytes each); a read waits (poll.c)
 *		and gives the entries back with revents set
 * The qid path is pid<<8 | file; 0 is the root.
 */
#include "all.h"
#include "dev.h"

extern Dev procdev;

enum { Qdir, Qpdir, Qstatus, Qargs, Qns, Qnote, Qnotepg, Qctl, Qtime, Qpoll };

enum { Npollfd = 1024 };	/* entries one poll may ask about */

static Dirtab proctab[] = {
	{ "status",	Qstatus,	0444 },
	{ "args",	Qargs,		0444 },
	{ "ns",		Qns,		0444 },
	{ "note",	Qnote,		0222 },
	{ "notepg",	Qnotepg,	0222 },
	{ "ctl",	Qctl,		0222 },
	{ "time",	Qtime,		0444 },
	{ "poll",	Qpoll,		0666 },
};

#define PID(q)	((int)((q) >> 8))
#define FILE(q)	((int)((q) & 0xFF))
#define QID(pid, f)	((uvlong)(pid) << 8 | (f))

static char *statename[] = { "free", "new", "ready", "running", "sleeping", "zombie" };

/* split: of cpu ns, the user part: ticks of 1/HZ s, at most cpu */
static uvlong
userpart(uvlong cpu, uvlong ticks)
{
	uvlong u;

	u = ticks * (1000000000ULL/HZ);
	return u < cpu ? u : cpu;
}

/* proctimes: p's time file, in ms */
static void
proctimes(Proc *p, char *s, int n)
{
	uvlong cpu, ccpu, u, cu;

	cpu = p->cpu;
	if(p == up)
		cpu += rdtsc() - p->swin;
	cpu = tscns(cpu);
	ccpu = tscns(p->ccpu);
	u = userpart(cpu, p->uticks);
	cu = userpart(ccpu, p->cuticks);
	snprintf(s, n, "%llu %llu %llu %llu %llu\n", u/1000000, (cpu - u)/1000000,
		(nsec() - p->born)/1000000, cu/1000000, (ccpu - cu)/1000000);
}

static Chan* procattach(char *spec) { USED(spec); return devattach(&procdev, QTDIR); }

static int
isnum(char *s)
{
	if(*s == 0)
		return 0;
	for(; *s; s++)
		if(*s < '0' || *s > '9')
			return 0;
	return 1;
}

static int
procwalk(Chan *c, char *elem)
{
	uint i;
	int pid;

	if(strcmp(elem, "..") == 0){
		c->qid.path = Qdir;
		c->qid.type = QTDIR;
		return 0;
	}
	if(c->qid.path == Qdir){
		if(strcmp(elem, "self") == 0)
			pid = up->pid;
		else if(isnum(elem))
			pid = katoi(elem);
		else
			return error(Enonexist);
		if(findproc(pid) == nil)
			return error(Enonexist);
		c->qid.path = QID(pid, Qpdir);
		c->qid.type = QTDIR;
		return 0;
	}
	if(FILE(c->qid.path) != Qpdir)
		return error(Enotdir);
	for(i = 0; i < nelem(proctab); i++)
		if(strcmp(proctab[i].name, elem) == 0){
			c->qid.path = QID(PID(c->qid.path), proctab[i].path);
			c->qid.type = QTFILE;
			return 0;
		}
	return error(Enonexist);
}

static ulong
permof(Chan *c)
{
	uint i;

	for(i = 0; i < nelem(proctab); i++)
		if(proctab[i].path == (uvlong)FILE(c->qid.path))
			return proctab[i].perm;
	return DMDIR|0555;
}

static int
procopen(Chan *c, int omode)
{
	if(c->qid.path != Qdir && findproc(PID(c->qid.path)) == nil)
		return error(Eprocdied);
	return devpermit("none", permof(c), omode);
}

/* the i'th entry of the root: one directory per live process */
static int
rootgen(int i, Dir *d, void *aux)
{
	static char name[16];
	Proc *p;

	USED(aux);
	p = procnth(i);
	if(p == nil)
		return -1;
	memset(d, 0, sizeof *d);
	snprintf(name, sizeof name, "%d", p->pid);
	d->qid.path = QID(p->pid, Qpdir);
	d->qid.type = QTDIR;
	d->mode = DMDIR|0555;
	d->name = name;
	d->uid = d->gid = d->muid = "none";
	return 0;
}

/* the i'th file of a process's directory aux (a Chan) */
static int
pdirgen(int i, Dir *d, void *aux)
{
	if(devtabgen(proctab, nelem(proctab), i, d, "none") < 0)
		return -1;
	d->qid.path = QID(PID(((Chan*)aux)->qid.path), d->qid.path);
	return 0;
}


/* nsprint: p's namespace as the bind and mount lines that would make it */
static void
nsprint(Proc *p, char *s, int n)
{
	Mhead *h;
	Mount *m;
	int k;
	char fl[8], *sp, *q;

	k = 0;
	s[0] = 0;
	for(h = p->pgrp ? p->pgrp->heads : nil; h; h = h->next)
		for(m = h->mount; m; m = m->next){
			if(k >= n - 64 - (int)strlen(m->src ? m->src : ""))
				return;
			fl[0] = 0;
			if(m != h->mount)
				strlcat(fl, "-a", sizeof fl);
			if(m->flags & MCREATE)
				strlcat(fl, fl[0] ? "c" : "-c", sizeof fl);
			if(fl[0])
				strlcat(fl, " ", sizeof fl);
			if(m->mounted){
				/* src is "url[ aname]"; a url that is no name ('#chan') is quoted for rc */
				sp = strchr(m->src, ' ');
				q = m->src[0] == '#' ? "'" : "";
				k += snprintf(s+k, n-k, "mount %s%s%.*s%s %s:%s\n", fl, q,
					sp ? (int)(sp - m->src) : (int)strlen(m->src), m->src, q,
					h->name, sp ? sp : "");
			}else
				k += snprintf(s+k, n-k, "bind %s%s %s:\n", fl, m->src, h->name);
		}
}

/*
 * The poll file: a write keeps the question in the Chan (a timeout,
 * then the entries), a read waits for its answer; only the process's
 * own, as it names its fds.
 */
typedef struct Pollq Pollq;
struct Pollq {
	int	ms;
	int	n;
	Pollfd	f[];
};

static long
pollwrite(Chan *c, void *buf, long n)
{
	Pollq *q;
	long k;

	if(PID(c->qid.path) != up->pid)
		return error(Eperm);
	k = (n - 4) / (long)sizeof(Pollfd);
	if(n < 4 || (n - 4) % sizeof(Pollfd) != 0 || k > Npollfd)
		return error(Ebadarg);
	q = kmalloc(sizeof *q + k*sizeof(Pollfd));
	if(q == nil)
		return error(Enomem);
	memmove(&q->ms, buf, 4);
	memmove(q->f, (uchar*)buf + 4, k*sizeof(Pollfd));
	q->n = k;
	kfree(c->auxp);
	c->auxp = q;
	return n;
}

static long
pollread(Chan *c, void *buf, long n)
{
	Pollq *q;
	long r;

	q = c->auxp;
	if(PID(c->qid.path) != up->pid)
		return error(Eperm);
	if(q == nil)
		return error(Ebadarg);	/* nothing asked */
	if(n < q->n*(long)sizeof(Pollfd))
		return error(Emsgshort);
	r = pollwait(q->f, q->n, q->ms);
	if(r < 0)
		return -1;
	memmove(buf, q->f, q->n*sizeof(Pollfd));
	return q->n*sizeof(Pollfd);
}

static void
procclose(Chan *c)
{
	if(FILE(c->qid.path) == Qpoll)
		kfree(c->auxp);
}

static long
procread(Chan *c, void *buf, long n, vlong off)
{
	char *s;
	Proc *p;
	long r;

	if(c->qid.path == Qdir)
		return devdirread(c, buf, n, off, rootgen, c);
	p = findproc(PID(c->qid.path));
	if(p == nil)
		return error(Eprocdied);
	switch(FILE(c->qid.path)){
	case Qpdir:
		return devdirread(c, buf, n, off, pdirgen, c);
	case Qpoll:
		return pollread(c, buf, n);
	case Qstatus:
		s = kmalloc(256);
		if(s == nil)
			return error(Enomem);
		snprintf(s, 256, "%d %d %s %s\n", p->pid, p->parent ? p->parent->pid : 0, p->name, statename[p->state]);
		r = devreadstr(s, buf, n, off);
		kfree(s);
		return r;
	case Qargs:
		return devreadstr(p->args, buf, n, off);
	case Qtime:
		s = kmalloc(128);
		if(s == nil)
			return error(Enomem);
		proctimes(p, s, 128);
		r = devreadstr(s, buf, n, off);
		kfree(s);
		return r;
	case Qns:
		s = kmalloc(8192);
		if(s == nil)
			return error(Enomem);
		nsprint(p, s, 8192);
		r = devreadstr(s, buf, n, off);
		kfree(s);
		return r;
	}
	return error(Eperm);
}

static long
procwrite(Chan *c, void *buf, long n, vlong off)
{
	char s[ERRMAX];
	Proc *p;

	USED(off);
	p = findproc(PID(c->qid.path));
	if(p == nil)
		return error(Eprocdied);
	if(FILE(c->qid.path) == Qpoll)
		return pollwrite(c, buf, n);
	if(n >= (long)sizeof s)
		return error(Emsglong);
	memmove(s, buf, n);
	s[n] = 0;
	if(n > 0 && s[n-1] == '\n')
		s[n-1] = 0;
	switch(FILE(c->qid.path)){
	case Qnote:
		return postnote(p->pid, s) < 0 ? -1 : n;
	case Qnotepg:
		return postnotepg(p->noteid, s) < 0 ? -1 : n;
	case Qctl:
		if(strcmp(s, "kill") == 0){
			/* a deliberate kill of one process, protected or not (never init) */
			if(p->pid == 1)
				return error(Eperm);
			if(p->state == Pzombie)
				return error(Eprocdied);
			if(!p->killed){
				p->killed = 1;
				p->exitstatus = -9;
			}
			if(p->state == Psleep)
				ready(p);
			return n;
		}
		if(strcmp(s, "none") == 0){
			/* act as user none from now on, for good (itself, or init for another) */
			if(p != up && !up->hw.all)
				return error(Eperm);
			p->none = 1;
			return n;
		}
		if(strcmp(s, "protect") == 0){
			/* a system server: no notes from others (only init says so) */
			if(!up->hw.all)
				return error(Eperm);
			p->protect = 1;
			return n;
		}
		return hwgrant(p, s) < 0 ? -1 : n;
	}
	return error(Eperm);
}

static int
procstat(Chan *c, uchar *buf, int n)
{
	Dir d;
	char name[16];
	uint i;

	memset(&d, 0, sizeof d);
	d.qid = c->qid;
	d.uid = d.gid = d.muid = "none";
	if(c->qid.path == Qdir){
		d.mode = DMDIR|0555;
		d.name = "/";
	}else if(FILE(c->qid.path) == Qpdir){
		snprintf(name, sizeof name, "%d", PID(c->qid.path));
		d.mode = DMDIR|0555;
		d.name = name;
	}else{
		for(i = 0; i < nelem(proctab); i++)
			if(proctab[i].path == (uvlong)FILE(c->qid.path)){
				d.mode = proctab[i].perm;
				d.name = proctab[i].name;
			}
	}
	return devstatout(&d, buf, n);
}

Dev procdev = {
	.name = "proc",
	.attach = procattach,
	.walk1 = procwalk,
	.open = procopen,
	.read = procread,
	.write = procwrite,
	.stat = procstat,
	.close = procclose,
};
