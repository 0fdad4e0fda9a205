/*
 * nsroot.c: the directory exportfs serves as the namespace's root
 * (without -r): a made-up entry for each scheme the namespace holds
 * (proc:/self/ns) and for the kernel's own that this process may see.
 */
#include <libc.h>
#include <fcall.h>
#include "exportfs.h"

/*
 * The kernel's own schemes that make sense to export (the hardware
 * ones, irq: port: phys:, refuse user none anyway).  They are in no
 * namespace file, since nobody mounts them.
 */
static char *kschemes[] = { "boot", "sys", "proc", "srv", "pci" };

/* rootent: the made-up directory entry of scheme name, added to buf at k; its length, or 0 when full */
static long
rootent(char *name, uchar *buf, long k, long n)
{
	Dir d;
	char *q;
	long m;

	/* made up, not stat'd: a stat could wait on a server for good, or on this one */
	memset(&d, 0, sizeof d);
	d.name = name;
	d.uid = d.gid = d.muid = "none";
	d.mode = DMDIR|0555;
	d.qid.type = QTDIR;
	for(q = name; *q; q++)
		d.qid.path = d.qid.path*31 + (uchar)*q;
	m = convD2M(&d, buf + k, n - k);
	return m <= BIT16SZ ? 0 : m;
}

/* seenname: whether name is one of seen[0..nseen) */
static int
seenname(char **seen, int nseen, char *name)
{
	int j;

	for(j = 0; j < nseen; j++)
		if(strcmp(seen[j], name) == 0)
			return 1;
	return 0;
}

/* schemes: the namespace root's directory: every name the namespace holds, then the kernel's */
long
schemes(uchar *buf, long n)
{
	char ns[8192], url[16], *line, *e, *p, *q;
	long k, m;
	int fd, i, nseen;
	char *seen[128];
	Dir *d;

	fd = open("proc:/self/ns", O_RDONLY);
	if(fd < 0)
		return -1;
	m = 0;
	while(m < (long)sizeof ns - 1 && (k = read(fd, ns + m, sizeof ns - 1 - m)) > 0)
		m += k;
	close(fd);
	ns[m] = 0;
	k = 0;
	nseen = 0;
	for(line = ns; line && *line; line = e){
		e = strchr(line, '\n');
		if(e)
			*e++ = 0;
		/* "mount [-a] src NAME: [aname]" or "bind [-a] src NAME:": the field ending in ':' after src */
		p = nil;
		for(q = strtok(line, " "), i = 0; q; q = strtok(nil, " "), i++)
			if(i >= 2 && q[strlen(q)-1] == ':' && q[0] != '-'){
				p = q;
				break;
			}
		if(p == nil)
			continue;
		p[strlen(p)-1] = 0;
		if(seenname(seen, nseen, p) || nseen == nelem(seen))
			continue;
		seen[nseen++] = p;
		if((m = rootent(p, buf, k, n)) == 0)
			return k;
		k += m;
	}
	/* the kernel's, if this process may see them (a stat of them never waits) */
	for(i = 0; i < (int)nelem(kschemes); i++){
		if(seenname(seen, nseen, kschemes[i]))
			continue;
		snprintf(url, sizeof url, "%s:", kschemes[i]);
		if((d = dirstat(url)) == nil)
			continue;
		free(d);
		if((m = rootent(kschemes[i], buf, k, n)) == 0)
			break;
		k += m;
	}
	return k;
}
