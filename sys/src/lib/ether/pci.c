/*
 * pci.c: what a network card driver reads and sets in pci(4): the
 * config summary's BAR 0 and interrupt line, and bus mastering.
 */
#include <libc.h>
#include <9p.h>
#include <ether.h>

/*
 * etherpciconf: from the text of pci:/B.D.F/config, BAR 0 (which must
 * be of kind, "mem" or "io") and the interrupt line.  0, or -1 if
 * either is missing.
 */
int
etherpciconf(char *text, char *kind, uvlong *base, uvlong *size, int *irq)
{
	char *p, k[8];
	unsigned b, i, pin;
	uvlong a, s;
	int got;

	got = 0;
	*irq = -1;
	for(p = text; p != nil && *p != 0; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : nil){
		if(sscanf(p, "irq %u pin %u", &i, &pin) == 2)
			*irq = i;
		else if(sscanf(p, "bar %u %7s %llx %llu", &b, k, &a, &s) == 4
		&& b == 0 && strcmp(k, kind) == 0){
			*base = a;
			*size = s;
			got = 1;
		}
	}
	if(!got || *irq <= 0 || *irq >= 256)
		return -1;
	return 0;
}

/* etherreadfile: up to n-1 bytes of url, NUL-terminated; the count or -1 */
int
etherreadfile(char *url, char *buf, int n)
{
	int fd, m;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return -1;
	m = read(fd, buf, n - 1);
	close(fd);
	if(m < 0)
		return -1;
	buf[m] = 0;
	return m;
}

/* etherbusmaster: set bits (decoding, bus mastering) in the PCI command register; dies if it cannot */
void
etherbusmaster(char *bdf, int bits)
{
	char url[64];
	u16int cmd;
	int fd;

	snprintf(url, sizeof url, "pci:/%s/raw", bdf);
	fd = open(url, O_RDWR);
	if(fd < 0)
		sysfatal("%s: %r", url);
	if(pread(fd, &cmd, 2, 4) != 2)
		sysfatal("%s: read of the command register: %r", url);
	cmd |= bits;
	if(pwrite(fd, &cmd, 2, 4) != 2)
		sysfatal("%s: write of the command register: %r", url);
	close(fd);
}
