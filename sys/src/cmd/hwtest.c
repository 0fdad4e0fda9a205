/*
 * hwtest: checks of what the kernel gives a user-space driver, run as
 * the driver of QEMU's "edu" teaching device (init starts it from
 * rc/lib/drivers when the device is there; tests/hw.exp boots QEMU
 * with -device edu).  In the usertests shape: "test NAME: OK" or
 * "FAILED", then "ALL TESTS PASSED" or "SOME TESTS FAILED".
 *	hwtest bus.dev.fn
 * It checks: pci: names the device and its BAR; the BAR mapped from
 * phys:/mem gives exact 32- and 64-bit register accesses; configuration
 * writes by the granted driver and none by others; phys:/dma memory
 * that the device reads and writes (DMA both ways), shared by fork and
 * bounded by the quota; the device's interrupt through irq:, seen by
 * each of two holders of the line.
 */
#include <libc.h>
#include <sys/wait.h>
#include <sys/mman.h>

enum {
	Rid	= 0x00,		/* identification: 0x010000ed */
	Rlive	= 0x04,		/* reads back what was written, inverted */
	Rintstat = 0x24,
	Rintraise = 0x60,
	Rintack	= 0x64,
	Rdmasrc	= 0x80,
	Rdmadst	= 0x88,
	Rdmacnt	= 0x90,
	Rdmacmd	= 0x98,
	Ebuf	= 0x40000,	/* the device's own 4 KiB buffer */
	Dmalen	= 2048,
};

static char	*bdf;
static uvlong	barbase, barsize;
static int	irq;
static volatile uchar	*regs;
static int	failed;

static void
result(char *name, char *why)
{
	if(why == nil)
		print("test %s: OK\n", name);
	else{
		print("hwtest: %s\ntest %s: FAILED\n", why, name);
		failed++;
	}
}

static u32int
rd32(int off)
{
	return *(volatile u32int*)(regs + off);
}

static void
wr32(int off, u32int v)
{
	*(volatile u32int*)(regs + off) = v;
}

static void
wr64(int off, uvlong v)
{
	*(volatile uvlong*)(regs + off) = v;
}

/* config: the device's summary in pci: gives BAR 0 and the irq */
static char*
config(void)
{
	static char why[128];
	char url[64], buf[512], *p;
	unsigned b, i, pin;
	char kind[8];
	int fd, n;

	snprintf(url, sizeof url, "pci:/%s/config", bdf);
	fd = open(url, O_RDONLY);
	if(fd < 0){
		snprintf(why, sizeof why, "%s: %r", url);
		return why;
	}
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	if(strncmp(buf, "vendor 1234 device 11e8\nclass 00.ff.00 ", 39) != 0)
		return "config does not begin with edu's vendor, device and class";
	for(p = buf; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : nil){
		if(sscanf(p, "irq %u pin %u", &i, &pin) == 2)
			irq = i;
		if(sscanf(p, "bar %u %7s %llx %llu", &b, kind, &barbase, &barsize) == 4 && b == 0)
			break;
	}
	if(barsize != 1<<20 || strcmp(kind, "mem") != 0)
		return "BAR 0 is not 1 MiB of memory";
	if(irq <= 0 || irq >= 16)
		return "no interrupt line";
	return nil;
}

/* rawcfg: n bytes of configuration space at off, read or written */
static int
rawcfg(int off, void *v, int n, int write)
{
	char url[64];
	int fd, r;

	snprintf(url, sizeof url, "pci:/%s/raw", bdf);
	fd = open(url, write ? O_RDWR : O_RDONLY);
	if(fd < 0)
		return -1;
	r = write ? pwrite(fd, v, n, off) : pread(fd, v, n, off);
	close(fd);
	return r == n ? 0 : -1;
}

/* mmio: BAR 0 mapped uncached; 32- and 64-bit accesses each one access */
static char*
mmio(void)
{
	static char why[128];
	int fd;
	u16int cmd;

	fd = open("phys:/mem", O_RDWR);
	if(fd < 0)
		return "phys:/mem: cannot open";
	regs = mmap(nil, barsize, PROT_READ|PROT_WRITE, MAP_SHARED, fd, barbase);
	close(fd);
	if(regs == MAP_FAILED){
		snprintf(why, sizeof why, "mmap of BAR 0: %r");
		return why;
	}
	if(rd32(Rid) != 0x010000ed){
		snprintf(why, sizeof why, "id register %#x, want 0x010000ed", rd32(Rid));
		return why;
	}
	wr32(Rlive, 0x12345678);
	if(rd32(Rlive) != ~0x12345678U){
		snprintf(why, sizeof why, "liveness register %#x, want %#x", rd32(Rlive), ~0x12345678U);
		return why;
	}
	/* a 64-bit register takes one 64-bit store */
	wr64(Rdmasrc, 0x1122334455667788ULL);
	if(*(volatile uvlong*)(regs + Rdmasrc) != 0x1122334455667788ULL)
		return "64-bit register did not read back";
	/* the granted driver turns on memory decoding and bus mastering */
	if(rawcfg(4, &cmd, 2, 0) < 0)
		return "read of the command register failed";
	cmd |= 6;
	if(rawcfg(4, &cmd, 2, 1) < 0)
		return "write of the command register failed";
	cmd = 0;
	if(rawcfg(4, &cmd, 2, 0) < 0 || (cmd & 6) != 6)
		return "command register did not keep bus mastering";
	return nil;
}

/* waitdma: until the device's DMA engine is idle; -1 if it never is */
static int
waitdma(void)
{
	int i;

	/* edu moves the bytes from a timer, 100 ms of emulated time later */
	for(i = 0; i < 300; i++){
		if((rd32(Rdmacmd) & 1) == 0)
			return 0;
		usleep(10000);
	}
	return -1;
}

/* dma: the device copies a page from DMA memory and back to another page */
static char*
dma(void)
{
	static char why[128];
	char buf[64];
	uchar *m;
	uvlong pa, size;
	int fd, fd2, i, pid, status;

	fd = open("phys:/dma", O_RDWR);
	if(fd < 0)
		return "phys:/dma: cannot open";
	m = mmap(nil, 8192, PROT_READ|PROT_WRITE, MAP_SHARED, fd, 0);
	if(m == MAP_FAILED){
		snprintf(why, sizeof why, "mmap of phys:/dma: %r");
		return why;
	}
	i = pread(fd, buf, sizeof buf - 1, 0);
	buf[i > 0 ? i : 0] = 0;
	if(sscanf(buf, "%llx %llu", &pa, &size) != 2 || size != 8192 || pa == 0 || pa & 4095)
		return "phys:/dma does not say where its memory is";
	for(i = 0; i < 8192; i++)
		if(m[i] != 0)
			return "DMA memory not zeroed";
	/* 2 KiB each way: QEMU 7.2's edu refuses a transfer that ends at its buffer's last byte */
	for(i = 0; i < Dmalen; i++)
		m[i] = i*7 + 3;
	/* RAM to the device's buffer, then back to the second page */
	wr64(Rdmasrc, pa);
	wr64(Rdmadst, Ebuf);
	wr64(Rdmacnt, Dmalen);
	wr64(Rdmacmd, 1);
	if(waitdma() < 0)
		return "DMA to the device never finished";
	wr64(Rdmasrc, Ebuf);
	wr64(Rdmadst, pa + 4096);
	wr64(Rdmacnt, Dmalen);
	wr64(Rdmacmd, 3);
	if(waitdma() < 0)
		return "DMA from the device never finished";
	if(memcmp(m, m + 4096, Dmalen) != 0 || m[4096 + Dmalen] != 0)
		return "the page the device wrote differs from the one it read";
	/* fork shares DMA memory: the child's write is the parent's */
	pid = fork();
	if(pid == 0){
		m[100] = 0xAB;
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if(m[100] != 0xAB)
		return "a child's write to DMA memory was not shared";
	/* the quota (64 KiB in rc/lib/drivers): more is refused */
	fd2 = open("phys:/dma", O_RDWR);
	if(fd2 < 0)
		return "second phys:/dma: cannot open";
	if(mmap(nil, 1<<20, PROT_READ|PROT_WRITE, MAP_SHARED, fd2, 0) != MAP_FAILED)
		return "1 MiB of DMA memory past a 64 KiB quota";
	close(fd2);
	close(fd);
	munmap(m, 8192);
	return nil;
}

/* waitirq: read irq:/N once; the count, or -1 */
static long
waitirq(int fd)
{
	char buf[32];
	int n;

	n = pread(fd, buf, sizeof buf - 1, 0);
	if(n <= 0)
		return -1;
	buf[n] = 0;
	return strtol(buf, nil, 10);
}

/* interrupt: the device's interrupt wakes both holders of its line */
static char*
interrupt(void)
{
	static char why[128];
	char url[32];
	int fd, p[2], pid, status;
	long c0, c1;

	snprintf(url, sizeof url, "irq:/%d", irq);
	fd = open(url, O_RDONLY);
	if(fd < 0){
		snprintf(why, sizeof why, "%s: %r", url);
		return why;
	}
	if(pipe(p) < 0)
		return "pipe";
	pid = fork();
	if(pid == 0){
		/* a second holder of the same line */
		int cfd = open(url, O_RDONLY);
		close(p[0]);
		write(p[1], "r", 1);
		_exit(cfd >= 0 && waitirq(cfd) > 0 ? 0 : 1);
	}
	close(p[1]);
	read(p[0], url, 1);
	close(p[0]);
	usleep(50000);	/* the child waits in its read */
	wr32(Rintraise, 0x1);
	c0 = waitirq(fd);
	if(c0 <= 0)
		return "no interrupt came";
	if(rd32(Rintstat) != 1){
		snprintf(why, sizeof why, "interrupt status %#x, want 1", rd32(Rintstat));
		return why;
	}
	wr32(Rintack, 0x1);
	if(waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return "the second holder of the line did not see the interrupt";
	/* again: the line was unmasked when both had read */
	wr32(Rintraise, 0x2);
	c1 = waitirq(fd);
	wr32(Rintack, 0x2);
	if(c1 <= c0)
		return "no second interrupt";
	close(fd);
	return nil;
}

int
main(int argc, char **argv)
{
	if(argc != 2){
		fprint(2, "usage: hwtest bus.dev.fn\n");
		return 1;
	}
	bdf = argv[1];
	print("hwtest: edu at %s\n", bdf);
	result("pciconfig", config());
	if(barsize == 0){
		print("SOME TESTS FAILED\n");
		return 1;
	}
	result("mmio", mmio());
	if(regs != nil && regs != MAP_FAILED){
		result("dma", dma());
		result("interrupt", interrupt());
	}
	print(failed ? "SOME TESTS FAILED\n" : "ALL TESTS PASSED\n");
	return failed != 0;
}
