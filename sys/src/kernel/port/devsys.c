/*
 * devsys.c: sys:, facts about the running system.
 *	uname	"Ninefold VERSION x86_64"
 *	uptime	seconds since boot, with three decimals
 *	mem	page size, total and free memory, and the bytes free on the
 *		kernel heap's lists (free + heapfree stays put unless
 *		something leaks), a line each
 *	log	the kernel's log
 *	time	"S N": S seconds since 1970 (UTC) by the CMOS clock when
 *		the kernel read it, N the nanoseconds since boot then
 *	ctl	write "halt" to power off, "reboot" to restart, "panic"
 *		to test that a kernel panic stops the machine
 *	prof	write "on" to count each system call's calls and kernel
 *		time afresh, "off" to stop; read "switches N" and a line
 *		"name calls ns-per-call" for each call made
 */
#include "all.h"
#include "dev.h"

extern Dev sysdev;

enum { Qdir, Quname, Quptime, Qmem, Qlog, Qctl, Qtime, Qprof };

static Dirtab systab[] = {
	{ "uname",	Quname,		0444 },
	{ "uptime",	Quptime,	0444 },
	{ "mem",	Qmem,		0444 },
	{ "log",	Qlog,		0444 },
	{ "ctl",	Qctl,		0220 },
	{ "time",	Qtime,		0444 },
	{ "prof",	Qprof,		0664 },
};

static Chan* sysattach(char *spec) { USED(spec); return devattach(&sysdev, QTDIR); }

static int
syswalk(Chan *c, char *elem)
{
	return devwalktab(c, elem, systab, nelem(systab));
}

static int
sysopen(Chan *c, int omode)
{
	Dirtab *t;

	t = devtablook(c, systab, nelem(systab));
	return devpermit("sys", t ? t->perm : DMDIR|0555, omode);
}

static int
sysgen(int i, Dir *d, void *aux)
{
	USED(aux);
	return devtabgen(systab, nelem(systab), i, d, "sys");
}

/* read the text s as a file */

/* profread: sys:/prof's text, made on the heap (it can be long) */
static long
profread(void *buf, long n, vlong off)
{
	char *s;
	long r;

	s = kmalloc(4096);
	if(s == nil)
		return error(Enomem);
	sysproftext(s, 4096);
	r = devreadstr(s, buf, n, off);
	kfree(s);
	return r;
}

static long
sysread(Chan *c, void *buf, long n, vlong off)
{
	char s[256];
	uvlong ns;

	switch(c->qid.path){
	case Qdir:
		return devdirread(c, buf, n, off, sysgen, c);
	case Quname:
		snprintf(s, sizeof s, "Ninefold %s x86_64\n", kversion);
		return devreadstr(s, buf, n, off);
	case Quptime:
		ns = nsec();
		snprintf(s, sizeof s, "%lu.%03lu\n", (ulong)(ns / 1000000000), (ulong)(ns / 1000000 % 1000));
		return devreadstr(s, buf, n, off);
	case Qmem:
		snprintf(s, sizeof s, "pagesize %lu\ntotal %lu\nfree %lu\nheapfree %llu\n",
			(ulong)PGSIZE, (ulong)(palloc.ntotal*PGSIZE), (ulong)(palloc.nfree*PGSIZE), heapfree);
		return devreadstr(s, buf, n, off);
	case Qlog:
		return readlog(buf, n, off);
	case Qtime:
		snprintf(s, sizeof s, "%llu %llu\n", rtcboot, rtcnsec);
		return devreadstr(s, buf, n, off);
	case Qprof:
		return profread(buf, n, off);
	}
	return error(Eperm);
}

static long
syswrite(Chan *c, void *buf, long n, vlong off)
{
	char s[32];

	USED(off);
	if(c->qid.path != Qctl && c->qid.path != Qprof)
		return error(Eperm);
	if(n >= (long)sizeof s)
		return error(Ebadctl);
	memmove(s, buf, n);
	s[n] = 0;
	if(n > 0 && s[n-1] == '\n')
		s[n-1] = 0;
	if(c->qid.path == Qprof){
		if(strcmp(s, "on") != 0 && strcmp(s, "off") != 0)
			return error(Ebadctl);
		sysprofctl(strcmp(s, "on") == 0);
		return n;
	}
	if(strcmp(s, "halt") == 0){
		print("halt\n");
		acpipoweroff();
		return error(Epoweroff);
	}
	if(strcmp(s, "reboot") == 0)
		machreboot();
	if(strcmp(s, "panic") == 0)
		panic("panic requested by proc %d (%s)", up->pid, up->name);
	return error(Ebadctl);
}

static int
sysstat(Chan *c, uchar *buf, int n)
{
	return devstattab(c, buf, n, systab, nelem(systab), "sys");
}

Dev sysdev = {
	.name = "sys",
	.attach = sysattach,
	.walk1 = syswalk,
	.open = sysopen,
	.read = sysread,
	.write = syswrite,
	.stat = sysstat,
};
