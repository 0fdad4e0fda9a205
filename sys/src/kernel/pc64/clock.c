/*
 * clock.c: the 8253 PIT ticks HZ times a second for the scheduler and
 * sleep; the TSC, calibrated against the PIT at boot, gives nsec().
 * Under QEMU's -icount the TSC follows virtual time, so nsec() is the
 * guest's virtual nanoseconds.
 */
#include "../port/all.h"

enum {
	PitHz	= 1193182,
	Pit0	= 0x40,
	Pitctl	= 0x43,
	Pitgate	= 0x61,
};

static uvlong	tscperms;	/* TSC counts per millisecond */
static uvlong	tsc0;		/* at calibration */

/* calibrate: count TSC ticks over 10 ms of PIT channel 2 */
static void
calibrate(void)
{
	uvlong t0, t1;
	int n;

	n = PitHz / 100;
	outb(Pitgate, (inb(Pitgate) & ~0x02) | 0x01);
	outb(Pitctl, 0xB0);		/* channel 2, lo/hi, mode 0 */
	outb(Pit0+2, n & 0xFF);
	outb(Pit0+2, n >> 8);
	t0 = rdtsc();
	while((inb(Pitgate) & 0x20) == 0)
		;
	t1 = rdtsc();
	tscperms = (t1 - t0) / 10;
	if(tscperms == 0)
		tscperms = 1;
}

/* clockinit: calibrate the TSC, then start the PIT at HZ on IRQ 0 */
void
clockinit(void)
{
	int n;

	calibrate();
	tsc0 = 0;
	n = PitHz / HZ;
	outb(Pitctl, 0x34);		/* channel 0, lo/hi, rate generator */
	outb(Pit0, n & 0xFF);
	outb(Pit0, n >> 8);
	i8259enable(0);
}

/* tscns: nanoseconds in t TSC counts */
uvlong
tscns(uvlong t)
{
	return t / tscperms * 1000000 + (t % tscperms) * 1000000 / tscperms;
}

/* tscnsec: nanoseconds since the CPU was reset (TSC 0), by the TSC */
uvlong
tscnsec(void)
{
	return tscns(rdtsc() - tsc0);
}

/* nsec: nanoseconds since boot */
uvlong
nsec(void)
{
	return tscnsec();
}

/* microdelay: spin for us microseconds */
void
microdelay(int us)
{
	uvlong end;

	end = rdtsc() + tscperms * us / 1000;
	while(rdtsc() < end)
		;
}
