/*
 * stress: many clients against one 9P server that holds its answers
 * and gives them in a shuffled order, while the clients are interrupted
 * at random (each interrupt a Tflush): every read that succeeds must
 * bring exactly the bytes asked for, and every client must finish.
 * The server is a lib9p one: files f0..f7 whose byte at offset o is
 * (7*k + o) & 0xff; a read is held until every client waits in one or
 * another kind of message comes, then all held are answered in a random
 * order.
 * A client writes "bye" when done so that the last ones are not held
 * waiting for company that never comes.
 */
#include "chantests.h"
#include <9p.h>

enum {
	Nclients	= 6,
	Nops		= 600,
	Nfiles		= 8,
	Maxheld		= 16,
};

static Req	*held[Maxheld];
static int	nheld;
static int	live = Nclients;
static int	nflush;
static u32int	srng = 12345;

static u32int
lcg(u32int *s)
{
	*s = *s * 1103515245 + 12345;
	return *s >> 8;
}

/* release: answer every held read, in a shuffled order */
static void
release(void)
{
	Req *r;
	uvlong o;
	int i, j, k;

	for(i = nheld - 1; i > 0; i--){
		j = lcg(&srng) % (i + 1);
		r = held[i];
		held[i] = held[j];
		held[j] = r;
	}
	for(i = 0; i < nheld; i++){
		r = held[i];
		k = r->fid->qid.path;
		o = r->ifcall.offset;
		for(j = 0; j < (int)r->ifcall.count; j++)
			r->ofcall.data[j] = (7*k + o + j) & 0xff;
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
	}
	nheld = 0;
}

static void
sattach(Req *r)
{
	release();
	r->ofcall.qid = (Qid){100, 0, QTDIR};
	r->fid->qid = r->ofcall.qid;
	respond(r, nil);
}

static char*
swalk1(Fid *f, char *name, Qid *q)
{
	USED(f);
	release();
	if(strcmp(name, "bye") == 0){
		*q = (Qid){Nfiles, 0, QTFILE};
		return nil;
	}
	if(name[0] == 'f' && name[1] >= '0' && name[1] < '0' + Nfiles && name[2] == 0){
		*q = (Qid){name[1] - '0', 0, QTFILE};
		return nil;
	}
	return "file does not exist";
}

static void
sopen(Req *r)
{
	release();
	respond(r, nil);
}

static void
sread(Req *r)
{
	if(r->fid->qid.path >= Nfiles){
		respond(r, "not readable");
		return;
	}
	/* hold until every client left waits in a read (any other message answers them too) */
	held[nheld++] = r;
	if(nheld >= live || nheld == Maxheld)
		release();
}

static void
swrite(Req *r)
{
	release();
	if(r->fid->qid.path == Nfiles)
		live--;
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
}

static void
sflush(Req *r)
{
	/* the old request is held: answer everything; lib9p sends the Rflush after it */
	USED(r);
	release();
}

static void
sstat(Req *r)
{
	release();
	r->d.name = "f";
	r->d.uid = r->d.gid = r->d.muid = "none";
	r->d.mode = 0444;
	r->d.qid = r->fid->qid;
	respond(r, dirdup9p(&r->d) < 0 ? "out of memory" : nil);
}

/* sdestroy: count the Tflushes, those of requests held and those already answered */
static void
sdestroy(Req *r)
{
	if(r->ifcall.type == Tflush)
		nflush++;
}

static void
sdone(Srv *s)
{
	USED(s);
	release();
}

static Srv stresssrv = {
	.attach = sattach,
	.walk1 = swalk1,
	.open = sopen,
	.read = sread,
	.write = swrite,
	.flush = sflush,
	.stat = sstat,
	.destroyreq = sdestroy,
	.end = sdone,
};

static volatile int alarms;

static void
onalarm(int sig)
{
	USED(sig);
	alarms++;
}

/* client: Nops reads of random files, offsets and lengths; exits 0 if every one was right */
static void
client(int id)
{
	char name[32], buf[4096];
	u32int rng;
	int i, j, k, fd, n, len, ok, intr;
	long off;

	rng = 777 + id;
	signal(SIGALRM, onalarm);
	ok = intr = 0;
	for(i = 0; i < Nops; i++){
		k = lcg(&rng) % Nfiles;
		snprintf(name, sizeof name, "st:/f%d", k);
		if((fd = open(name, O_RDONLY)) < 0){
			if(errno == EINTR){
				intr++;
				continue;
			}
			fail("client %d: open %s: %s", id, name, strerror(errno));
			_exit(1);
		}
		off = lcg(&rng) % 100000;
		len = 1 + lcg(&rng) % sizeof buf;
		n = pread(fd, buf, len, off);
		if(n < 0 && errno == EINTR)
			intr++;
		else if(n != len){
			fail("client %d: read of %d bytes at %ld of f%d: %d (%s)", id, len, off, k, n, n < 0 ? strerror(errno) : "short");
			_exit(1);
		}else{
			for(j = 0; j < n; j++)
				if((uchar)buf[j] != ((7*k + off + j) & 0xff)){
					fail("client %d: f%d byte %ld is %d, not %d", id, k, off + j, (uchar)buf[j], (int)((7*k + off + j) & 0xff));
					_exit(1);
				}
			ok++;
		}
		close(fd);
	}
	for(j = 0; j < 20; j++){
		if((fd = open("st:/bye", O_WRONLY)) >= 0 && write(fd, "bye", 3) == 3)
			break;
		if(errno != EINTR){
			fail("client %d: bye: %s", id, strerror(errno));
			_exit(1);
		}
		if(fd >= 0)
			close(fd);
		fd = -1;
	}
	if(fd >= 0)
		close(fd);
	if(ok + intr != Nops || ok == 0){
		fail("client %d: %d right, %d interrupted of %d", id, ok, intr, Nops);
		_exit(1);
	}
	_exit(0);
}

/* pester: interrupt pid at random moments until killed */
static void
pester(int pid, u32int seed)
{
	for(;;){
		usleep(1000 + lcg(&seed) % 4000);
		kill(pid, SIGALRM);
	}
}

void
stress(void)
{
	int fd[2], srvpid, pids[Nclients], pests[Nclients], i, st, bad;

	if(chan(fd) < 0){
		fail("chan: %s", strerror(errno));
		return;
	}
	srvpid = fork();
	if(srvpid == 0){
		close(fd[0]);
		stresssrv.infd = stresssrv.outfd = fd[1];
		srv(&stresssrv);
		/* how many flushes came, for the record */
		printf("chantests: stress: %d clients, %d reads each, %d flushes\n", Nclients, Nops, nflush);
		fflush(stdout);
		_exit(nflush > 0 ? 0 : 2);
	}
	close(fd[1]);
	if(mount(fd[0], "st", MREPL, "") < 0){
		fail("mount: %s", strerror(errno));
		return;
	}
	close(fd[0]);
	for(i = 0; i < Nclients; i++){
		if((pids[i] = fork()) == 0)
			client(i);
		if((pests[i] = fork()) == 0)
			pester(pids[i], 99 + i);
	}
	bad = 0;
	for(i = 0; i < Nclients; i++){
		if(waitpid(pids[i], &st, 0) != pids[i] || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
			bad++;
		kill(pests[i], SIGKILL);
		waitpid(pests[i], nil, 0);
	}
	if(bad)
		fail("%d of %d clients failed", bad, Nclients);
	unmount("st");
	if(waitpid(srvpid, &st, 0) != srvpid || !WIFEXITED(st))
		fail("server: status %#x", st);
	else if(WEXITSTATUS(st) == 2)
		fail("no Tflush reached the server: the clients were never interrupted in a read");
}
