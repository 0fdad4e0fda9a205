/*
 * init: process 1.  It starts the core servers, each a process of its
 * own with only the privileges it needs:
 *	ramfs -c boot: file	file:, the root tree, a copy of the archive
 *	miscfs null|zero|rand	null:, zero:, rand:
 *	envfs env		env:
 *	cons			cons:, the serial console (granted COM1's
 *				ports and IRQ 4, and nothing else)
 * then builds the namespace from file:/rc/lib/namespace (its mounts of
 * network addresses, net!host!port, once rc/bin/boot has started the
 * network), starts the
 * drivers that file:/rc/lib/drivers names for the PCI devices there
 * are (each granted its device and a DMA quota only), moves to
 * file:/ with cons: as standard input and output, runs the start-up
 * script file:/rc/bin/boot with rc, and runs rc on the console,
 * starting a new one whenever it exits.  It reaps the orphans the
 * kernel hands it.
 */
#include <libc.h>
#include <sys/wait.h>
#include <dirent.h>

static char *env[] = { "home=file:/", "user=sys", nil };

/* ctl: write a message to a control file */
static int
ctl(char *file, char *msg)
{
	int fd, r;

	fd = open(file, O_WRONLY);
	if(fd < 0)
		return -1;
	r = write(fd, msg, strlen(msg));
	close(fd);
	return r < 0 ? -1 : 0;
}

/* waitfor: reap until pid ends; its wait status */
static int
waitfor(int pid)
{
	int w, status;

	while((w = waitpid(-1, &status, 0)) > 0)
		if(w == pid)
			return status;
	return -1;
}

/*
 * start: run path with argv, protected and in a note group of its
 * own; grants, if not nil, are written to its proc:/N/ctl before it
 * runs.  With wait, wait for it: a server or driver returns once its
 * mount is in place (the console's runs on).  0 or -1.
 */
static int
start(char *path, char **argv, char **grants, int wait)
{
	char url[64], go;
	int pid, p[2], status, i;

	if(pipe(p) < 0)
		return -1;
	pid = fork();
	if(pid < 0)
		return -1;
	if(pid == 0){
		close(p[1]);
		read(p[0], &go, 1);	/* until the grants are in place */
		close(p[0]);
		rfork(RFNOTEG);		/* no note meant for others reaches a server */
		execve(path, argv, env);
		fprintf(stderr, "init: %s: %s\n", path, strerror(errno));
		_exit(1);
	}
	close(p[0]);
	snprintf(url, sizeof url, "proc:/%d/ctl", pid);
	if(ctl(url, "protect") < 0)
		fprintf(stderr, "init: %s: protect: %s\n", argv[0], strerror(errno));
	for(i = 0; grants && grants[i]; i++)
		if(ctl(url, grants[i]) < 0)
			fprintf(stderr, "init: %s: %s: %s\n", argv[0], grants[i], strerror(errno));
	write(p[1], "g", 1);
	close(p[1]);
	if(!wait)
		return 0;	/* it runs on (the console) */
	status = waitfor(pid);
	if(!WIFEXITED(status) || WEXITSTATUS(status) != 0){
		fprintf(stderr, "init: %s failed\n", argv[0]);
		return -1;
	}
	return 0;
}

/* servers: start the core servers; 0 if the console is ours */
static int
servers(void)
{
	static char *ramfs[] = { "ramfs", "-c", "boot:", "file", nil };
	static char *null[] = { "miscfs", "null", "null", nil };
	static char *zero[] = { "miscfs", "zero", "zero", nil };
	static char *rand[] = { "miscfs", "rand", "rand", nil };
	static char *envfs[] = { "envfs", "env", nil };
	static char *cons[] = { "cons", nil };
	static char *consgrants[] = { "grant port 0x3f8 0x3ff", "grant irq 4", nil };
	int i, fd;

	start("boot:/bin/ramfs", ramfs, nil, 1);
	start("boot:/bin/miscfs", null, nil, 1);
	start("boot:/bin/miscfs", zero, nil, 1);
	start("boot:/bin/miscfs", rand, nil, 1);
	start("boot:/bin/envfs", envfs, nil, 1);
	if(start("boot:/bin/cons", cons, consgrants, 0) < 0)
		return -1;
	for(i = 0; i < 300; i++){
		fd = open("cons:", O_RDWR);
		if(fd >= 0){
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			if(fd > 2)
				close(fd);
			return 0;
		}
		usleep(10000);
	}
	fprintf(stderr, "init: cons: did not start\n");
	return -1;
}

/* isdial: s is a network address, net!host!port, not a URL */
static int
isdial(char *s)
{
	char *p;

	p = strchr(s, '!');
	return strchr(s, ':') == nil && p != nil && strchr(p + 1, '!') != nil;
}

/* netmount: line is "mount [-abc] net!host!port name [aname]" */
static int
netmount(char *line)
{
	char src[256], *p;

	p = line + strspn(line, " \t");
	if(strncmp(p, "mount", 5) != 0 || (p[5] != ' ' && p[5] != '\t'))
		return 0;
	p += 5 + strspn(p + 5, " \t");
	if(*p == '-'){
		p += strcspn(p, " \t");
		p += strspn(p, " \t");
	}
	snprintf(src, sizeof src, "%.*s", (int)strcspn(p, " \t"), p);
	return isdial(src);
}

/* netlines: a namespace line that waits for the network, and its place */
enum { Maxnet = 16 };
static char	*netline[Maxnet];
static int	netlineno[Maxnet];
static int	nnet;

/*
 * nsline: one line of the namespace file: "bind [-abc] url name",
 * "mount [-abc] url name [aname]" or "unmount name"; 0 or -1.
 */
static int
nsline(char *line)
{
	char *f[6], *p;
	int n, flags, fd, r;

	n = 0;
	for(p = line; n < 6; ){
		while(*p == ' ' || *p == '\t')
			*p++ = 0;
		if(*p == 0 || *p == '#')
			break;
		f[n++] = p;
		while(*p && *p != ' ' && *p != '\t')
			p++;
	}
	*p = 0;
	if(n == 0)
		return 0;
	flags = MREPL;
	if(n > 1 && f[1][0] == '-'){
		for(p = f[1] + 1; *p; p++)
			switch(*p){
			case 'a': flags |= MAFTER; break;
			case 'b': flags |= MBEFORE; break;
			case 'c': flags |= MCREATE; break;
			default: return -1;
			}
		memmove(f + 1, f + 2, (n - 2) * sizeof f[0]);
		n--;
	}
	if(strcmp(f[0], "bind") == 0 && n == 3)
		return bind(f[1], f[2], flags);
	if(strcmp(f[0], "mount") == 0 && (n == 3 || n == 4)){
		fd = isdial(f[1]) ? dial(f[1], nil, nil, nil) : open(f[1], O_RDWR);
		if(fd < 0)
			return -1;
		r = mount(fd, f[2], flags, n == 4 ? f[3] : "");
		close(fd);
		return r;
	}
	if(strcmp(f[0], "unmount") == 0 && n == 2)
		return unmount(f[1]);
	werrstr("not a bind, mount or unmount line");
	return -1;
}

/* namespace: build the namespace the file says */
static void
namespace(char *file)
{
	FILE *f;
	char line[512], copy[512];
	int n;

	f = fopen(file, "r");
	if(f == nil){
		fprintf(stderr, "init: %s: %s\n", file, strerror(errno));
		return;
	}
	for(n = 1; fgets(line, sizeof line, f) != nil; n++){
		line[strcspn(line, "\n")] = 0;
		strlcpy(copy, line, sizeof copy);
		/* "mount [-abc] net!host!port name": once the network is up */
		if(netmount(line) && nnet < Maxnet){
			netline[nnet] = strdup(copy);
			netlineno[nnet++] = n;
			continue;
		}
		if(nsline(line) < 0)
			fprint(2, "init: %s:%d: %s: %r\n", file, n, copy);
	}
	fclose(f);
}

/*
 * netnamespace: the namespace file's mounts of network addresses,
 * after rc/bin/boot started the network; an address may come a moment
 * later (DHCP), so each is tried for a few seconds.
 */
static void
netnamespace(char *file)
{
	char line[512];
	int i, try;

	for(i = 0; i < nnet; i++){
		for(try = 0; try < 10; try++){
			strlcpy(line, netline[i], sizeof line);
			if(nsline(line) == 0)
				break;
			sleep(1);
		}
		if(try == 10)
			fprint(2, "init: %s:%d: %s: %r\n", file, netlineno[i], netline[i]);
		free(netline[i]);
	}
	nnet = 0;
}

/* pciid: the vendor and device of PCI device name, from its config; -1 if unreadable */
static int
pciid(char *name, unsigned *vid, unsigned *did)
{
	char url[64], buf[512];
	int fd, n;

	snprintf(url, sizeof url, "pci:/%s/config", name);
	if((fd = open(url, O_RDONLY)) < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(n <= 0)
		return -1;
	buf[n] = 0;
	return sscanf(buf, "vendor %x device %x", vid, did) == 2 ? 0 : -1;
}

/*
 * drivers: start the driver of every PCI device that a line of file
 * names ("vvvv/dddd dma-bytes program [args]"), with the device's name
 * as its last argument, granted the device and the DMA quota only.
 */
static void
drivers(char *file)
{
	FILE *f;
	DIR *d;
	struct dirent *e;
	char line[256], *argv[10], path[64], grant[2][64], *grants[3], *p;
	unsigned vid, did, v, w;
	long dma;
	int n, ln;

	f = fopen(file, "r");
	if(f == nil)
		return;	/* no drivers to start */
	for(ln = 1; fgets(line, sizeof line, f) != nil; ln++){
		line[strcspn(line, "\n#")] = 0;
		n = 0;
		for(p = strtok(line, " \t"); p && n < 8; p = strtok(nil, " \t"))
			argv[n++] = p;
		if(n == 0)
			continue;
		if(n < 3 || sscanf(argv[0], "%x/%x", &vid, &did) != 2 || (dma = strtol(argv[1], nil, 0)) < 0){
			fprintf(stderr, "init: %s:%d: not vendor/device dma program\n", file, ln);
			continue;
		}
		if((d = opendir("pci:")) == nil)
			break;
		while((e = readdir(d)) != nil){
			if(pciid(e->d_name, &v, &w) < 0 || v != vid || w != did)
				continue;
			snprintf(path, sizeof path, "/bin/%s", argv[2]);
			snprintf(grant[0], sizeof grant[0], "grant pci %s", e->d_name);
			snprintf(grant[1], sizeof grant[1], "grant dma %ld", dma);
			grants[0] = grant[0];
			grants[1] = grant[1];
			grants[2] = nil;
			argv[n] = e->d_name;
			argv[n+1] = nil;
			if(start(path, argv + 2, grants, 1) < 0)
				fprintf(stderr, "init: %s %s did not start\n", argv[2], e->d_name);
		}
		closedir(d);
	}
	fclose(f);
}

/* rc: run rc with args and wait for it; its wait status */
static int
rc(char **argv)
{
	int pid;

	pid = fork();
	if(pid < 0){
		fprintf(stderr, "init: fork: %s\n", strerror(errno));
		return -1;
	}
	if(pid == 0){
		execve("/bin/rc", argv, env);
		execve("boot:/bin/rc", argv, env);
		fprintf(stderr, "init: rc: %s\n", strerror(errno));
		_exit(1);
	}
	return waitfor(pid);
}

int
main(void)
{
	static char *boot[] = { "rc", "/rc/bin/boot", nil };
	static char *shell[] = { "rc", "-i", nil };
	vlong t0;
	int quick;

	printf("init: starting servers\n");
	fflush(stdout);
	servers();
	namespace("file:/rc/lib/namespace");
	drivers("file:/rc/lib/drivers");
	if(chdir("file:/") < 0)
		fprintf(stderr, "init: file:/: %s\n", strerror(errno));
	rc(boot);
	netnamespace("file:/rc/lib/namespace");
	printf("init: Ninefold is up; type halt to stop\n");
	fflush(stdout);
	quick = 0;
	for(;;){
		t0 = nsec();
		rc(shell);
		/* a shell that dies at once, again and again: slow down */
		if(nsec() - t0 < 1000000000LL && ++quick >= 5){
			fprintf(stderr, "init: rc keeps exiting; waiting\n");
			sleep(5);
			quick = 0;
		}
	}
}
