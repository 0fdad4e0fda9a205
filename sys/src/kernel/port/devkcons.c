/*
 * devkcons.c: the boot console as the kernel drives it, given to the
 * first process as fds 0, 1 and 2.  It has no scheme name: user space
 * reaches the console through cons: once that server runs (issue 3).
 */
#include "all.h"

static int
kconsopen(Chan *c, int omode)
{
	USED(c); USED(omode);
	return 0;
}

static long
kconsrd(Chan *c, void *buf, long n, vlong off)
{
	USED(c); USED(off);
	return kconsread(buf, n);
}

static long
kconswrite(Chan *c, void *buf, long n, vlong off)
{
	static int first = 1;
	uvlong ns;

	USED(c); USED(off);
	if(first){
		/* for make bench: how long from reset (TSC 0) to user output */
		first = 0;
		ns = tscnsec();
		print("boot: first user output at %llu.%03llu ms\n", ns/1000000, ns/1000%1000);
	}
	uartputs(buf, n);
	return n;
}

static int
kconsstat(Chan *c, uchar *buf, int n)
{
	Dir d;

	USED(c);
	memset(&d, 0, sizeof d);
	d.mode = 0666;
	d.name = "cons";
	d.uid = d.gid = d.muid = "sys";
	return devstatout(&d, buf, n);
}

Dev kconsdev = {
	.name = "kcons",
	.open = kconsopen,
	.read = kconsrd,
	.write = kconswrite,
	.stat = kconsstat,
};
