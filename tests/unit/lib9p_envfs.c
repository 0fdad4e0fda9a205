/*
 * lib9p_envfs: 9P transcripts against envfs (sys/src/cmd/envfs.c):
 * create sets, write sets the value, read gets it, remove unsets;
 * values hold any bytes.  One line per check: "PASS name" or
 * "FAIL name: why".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "client.h"

int	nf_main(int, char**);

enum { Root = 1 };

static int	fd;

#define ERR(r)	(rerr(r) ? rerr(r) : "ok")

int
main(int argc, char **argv)
{
	char *args[] = { "envfs", "env", NULL };
	char names[4096], buf[256];
	Fcall *r;
	Dir d;
	int n, st;

	fd = startsrv(nf_main, 2, args);
	if(!check(fd >= 0 && session(fd, Root) == 0, "start", "server did not start"))
		return report();

	walk(fd, Root, 2, "");
	r = create9(fd, 2, "home", 0666, NWRITE);
	check(isr(r, Rcreate), "create-sets", "%s", ERR(r));
	r = write9(fd, 2, 0, "/usr/glenda", 11);
	check(isr(r, Rwrite) && r->count == 11, "write-value", "%s", ERR(r));
	clunk9(fd, 2);

	walk(fd, Root, 3, "");
	r = create9(fd, 3, "bin", 0666, NWRITE);
	r = write9(fd, 3, 0, "a\0b\0c", 5);
	check(isr(r, Rwrite) && r->count == 5, "write-with-nuls", "%s", ERR(r));
	clunk9(fd, 3);

	walk(fd, Root, 4, "home");
	open9(fd, 4, NREAD);
	n = readall(fd, 4, buf, sizeof buf);
	check(n == 11 && memcmp(buf, "/usr/glenda", 11) == 0, "read-value", "%d bytes", n);
	r = stat9(fd, 4, &d);
	check(isr(r, Rstat) && d.length == 11 && strcmp(d.name, "home") == 0, "stat-value", "%s", ERR(r));
	clunk9(fd, 4);

	walk(fd, Root, 5, "bin");
	open9(fd, 5, NREAD);
	n = readall(fd, 5, buf, sizeof buf);
	check(n == 5 && memcmp(buf, "a\0b\0c", 5) == 0, "read-nuls", "%d bytes", n);
	clunk9(fd, 5);

	walk(fd, Root, 6, "home");
	open9(fd, 6, NWRITE|NTRUNC);
	write9(fd, 6, 0, "/tmp", 4);
	clunk9(fd, 6);
	walk(fd, Root, 6, "home");
	open9(fd, 6, NREAD);
	n = readall(fd, 6, buf, sizeof buf);
	check(n == 4 && memcmp(buf, "/tmp", 4) == 0, "overwrite-otrunc", "%d bytes", n);
	clunk9(fd, 6);

	walk(fd, Root, 7, "");
	open9(fd, 7, NREAD);
	dirnames(fd, 7, 8192, names, sizeof names);
	check(strcmp(names, "bin home ") == 0, "list", "%s", names);
	clunk9(fd, 7);

	walk(fd, Root, 8, "");
	r = create9(fd, 8, "home", 0666, NWRITE);
	check(isr(r, Rerror), "create-existing", "accepted");
	r = create9(fd, 8, "sub", DMDIR|0777, NREAD);
	check(isr(r, Rerror), "no-directories", "accepted");
	clunk9(fd, 8);

	walk(fd, Root, 9, "home");
	nulldir(&d);
	d.name = "HOME";
	r = wstat9(fd, 9, &d);
	check(isr(r, Rwstat), "rename", "%s", ERR(r));
	r = remove9(fd, 9);
	check(isr(r, Rremove), "remove-unsets", "%s", ERR(r));
	r = walk(fd, Root, 10, "HOME");
	check(isr(r, Rerror), "removed-gone", "still there");
	r = walk(fd, Root, 10, "home");
	check(isr(r, Rerror), "renamed-gone", "old name there");

	st = stopsrv(fd);
	check(st == 0, "server-exits-cleanly", "wait status %d", st);
	return report();
}
