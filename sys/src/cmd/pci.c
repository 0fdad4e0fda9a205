/*
 * pci: list the PCI devices of pci:, one line each, as Plan 9's
 * pci(8): "B.D.F:	class CC.SS.PP VVVV/DDDD IRQ BAR:ADDR SIZE ...".
 *	pci [-v] [B.D.F ...]
 * -v prints each device's whole config summary after its line.
 */
#include <libc.h>
#include <dirent.h>

static int verbose;

static void
usage(void)
{
	fprint(2, "usage: pci [-v] [bus.dev.fn ...]\n");
	exit(1);
}

/* readall: the text of url (at most n-1 bytes) into buf; -1 on error */
static int
readall(char *url, char *buf, int n)
{
	int fd, m, t;

	fd = open(url, O_RDONLY);
	if(fd < 0)
		return -1;
	for(t = 0; t < n-1 && (m = read(fd, buf+t, n-1-t)) > 0; t += m)
		;
	close(fd);
	buf[t] = 0;
	return t;
}

/* show: the line of device name (and its summary with -v); 0 or -1 */
static int
show(char *name)
{
	char url[64], cfg[1024], line[256], *l, *e, class[16], kind[8];
	unsigned vid, did, irq, pin, bar;
	unsigned long long base, size;
	int k;

	snprintf(url, sizeof url, "pci:/%s/config", name);
	if(readall(url, cfg, sizeof cfg) < 0){
		fprint(2, "pci: %s: %r\n", url);
		return -1;
	}
	vid = did = irq = 0;
	class[0] = 0;
	k = snprintf(line, sizeof line, "%s:\t", name);
	for(l = cfg; *l; l = e){
		e = strchr(l, '\n');
		if(e == nil)
			e = l + strlen(l);
		else
			*e++ = 0;
		if(sscanf(l, "vendor %x device %x", &vid, &did) == 2)
			continue;
		if(strncmp(l, "class ", 6) == 0){
			snprintf(class, sizeof class, "%.8s", l + 6);
			k += snprintf(line+k, sizeof line-k, "%-4s %s %04x/%04x", strchr(l+6, ' ') ? strchr(l+6, ' ')+1 : "", class, vid, did);
			continue;
		}
		if(sscanf(l, "irq %u pin %u", &irq, &pin) == 2){
			k += snprintf(line+k, sizeof line-k, " %3u", irq);
			continue;
		}
		if(sscanf(l, "bar %u %7s %llx %llu", &bar, kind, &base, &size) == 4)
			k += snprintf(line+k, sizeof line-k, " %u:%08llx %llu", bar, base, size);
	}
	print("%s\n", line);
	if(verbose){
		readall(url, cfg, sizeof cfg);
		print("%s", cfg);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	DIR *d;
	struct dirent *e;
	int i, st;

	ARGBEGIN{
	case 'v':	verbose = 1; break;
	default:
		fprint(2, "pci: unknown flag -%c\n", ARGC());
		usage();
	}ARGEND
	st = 0;
	if(argc > 0){
		for(i = 0; i < argc; i++)
			if(show(argv[i]) < 0)
				st = 1;
		return st;
	}
	d = opendir("pci:");
	if(d == nil){
		fprint(2, "pci: pci:: %r\n");
		return 1;
	}
	while((e = readdir(d)) != nil)
		if(show(e->d_name) < 0)
			st = 1;
	closedir(d);
	return st;
}
