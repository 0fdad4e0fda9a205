/*
 * acpi.c: just enough ACPI to power off: find the FADT through the
 * RSDP/RSDT, take PM1a_CNT from it and the S5 sleep type from the
 * DSDT's \_S5 package, then write SLP_TYP|SLP_EN.  Also reboot by the
 * keyboard controller, and QEMU's isa-debug-exit for panics in tests.
 */
#include "../port/all.h"

static u32int	pm1acnt;	/* PM1a control port, 0 if unknown */
static u32int	pm1bcnt;
static u16int	slptypa, slptypb;
static int	haves5;

static int
checksum(uchar *p, int n)
{
	uchar s;

	s = 0;
	while(n-- > 0)
		s += *p++;
	return s;
}

static uchar*
findrsdp(void)
{
	uchar *p, *e;
	uintptr ebda;

	ebda = (uintptr)(*(u16int*)KADDR(0x40E)) << 4;
	if(ebda){
		for(p = KADDR(ebda), e = p + 1024; p < e; p += 16)
			if(memcmp(p, "RSD PTR ", 8) == 0 && checksum(p, 20) == 0)
				return p;
	}
	for(p = KADDR(0xE0000), e = KADDR(0x100000); p < e; p += 16)
		if(memcmp(p, "RSD PTR ", 8) == 0 && checksum(p, 20) == 0)
			return p;
	return nil;
}

/* a tiny reader for the AML package \_S5 = Package(){a, b, ...} */
static int
amlint(uchar **pp, u16int *v)
{
	uchar *p;

	p = *pp;
	switch(*p){
	case 0x00: *v = 0; p++; break;		/* ZeroOp */
	case 0x01: *v = 1; p++; break;		/* OneOp */
	case 0x0A: *v = p[1]; p += 2; break;	/* BytePrefix */
	case 0x0B: *v = p[1] | p[2]<<8; p += 3; break;	/* WordPrefix */
	default: return -1;
	}
	*pp = p;
	return 0;
}

static void
finds5(uchar *dsdt, u32int len)
{
	uchar *p, *e;

	e = dsdt + len;
	for(p = dsdt + 36; p + 8 < e; p++){
		if(memcmp(p, "_S5_", 4) != 0 || p[4] != 0x12)
			continue;
		p += 5;			/* PackageOp */
		p += (*p >> 6) + 1;	/* PkgLength */
		p++;			/* NumElements */
		if(amlint(&p, &slptypa) < 0 || amlint(&p, &slptypb) < 0)
			return;
		haves5 = 1;
		return;
	}
}

/* acpiinit: find the power-off registers (quietly absent if no ACPI) */
void
acpiinit(void)
{
	uchar *rsdp, *rsdt, *t, *dsdt;
	u32int n, i;

	rsdp = findrsdp();
	if(rsdp == nil)
		return;
	rsdt = KADDR(*(u32int*)(rsdp + 16));
	if(memcmp(rsdt, "RSDT", 4) != 0)
		return;
	n = (*(u32int*)(rsdt + 4) - 36) / 4;
	for(i = 0; i < n; i++){
		t = KADDR(((u32int*)(rsdt + 36))[i]);
		if(memcmp(t, "FACP", 4) != 0)
			continue;
		pm1acnt = *(u32int*)(t + 64);
		pm1bcnt = *(u32int*)(t + 68);
		dsdt = KADDR(*(u32int*)(t + 40));
		if(memcmp(dsdt, "DSDT", 4) == 0)
			finds5(dsdt, *(u32int*)(dsdt + 4));
	}
}

/* acpipoweroff: S5; returns only if it did not work */
void
acpipoweroff(void)
{
	if(pm1acnt == 0 || !haves5)
		return;
	outw(pm1acnt, slptypa<<10 | 1<<13);
	if(pm1bcnt)
		outw(pm1bcnt, slptypb<<10 | 1<<13);
	microdelay(100000);
}

/* machreboot: pulse the CPU reset line through the keyboard controller */
void
machreboot(void)
{
	int i;

	for(i = 0; i < 100000 && (inb(0x64) & 2); i++)
		;
	outb(0x64, 0xFE);
	microdelay(100000);
	outb(0xCF9, 0x06);	/* PCI reset control, if the first did not */
	for(;;)
		__asm__ volatile("cli; hlt");
}

/* qemuexit: with -device isa-debug-exit,iobase=0xf4, QEMU exits (code<<1)|1 */
void
qemuexit(int code)
{
	outl(0xf4, code);
}
