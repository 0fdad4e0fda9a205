/*
 * cons: the serial console, a user-space driver of the 16550 UART at
 * COM1, serving cons:.  It runs as two processes, since a process does
 * one thing at a time here:
 *	the server	answers 9P on cons: and drives the UART's output;
 *	the listener	waits on irq:/4, empties the UART's receive FIFO and
 *			writes what came to cons:/in, a Twrite like any other.
 * Init grants both the ports 0x3f8-0x3ff and IRQ 4 before it starts us.
 *
 * cons: itself reads a line at a time (with echo, backspace, ^U, ^W;
 * ^C sends "interrupt" to the note group named in cons:/ctl; ^D ends
 * the input) and writes to the line.  cons:/ctl takes "rawon", "rawoff"
 * and "notepg N".  In raw mode bytes pass as they come, without echo,
 * a read ending at a return; those left unread are cooked after rawoff.
 *
 *	cons [-n name]
 */
#include <libc.h>
#include <9p.h>

enum {
	COM1	= 0x3F8,
	Data	= 0, Ier = 1, Iir = 2, Fcr = 2, Lcr = 3, Mcr = 4, Lsr = 5,
	Thre	= 0x20,
	Dr	= 0x01,

	Qcons	= 0,
	Qctl,
	Qin,

	LINEMAX	= 4096,
	INMAX	= 16384,
	NHELD	= 64,
};

static int	portfd;
static int	raw;
static int	notepg;		/* note group ^C interrupts, 0 for none */

static char	line[LINEMAX];	/* the line being typed (cooked) */
static int	nline;
static char	ready[INMAX];	/* what a read may take */
static int	nready;
static int	uncooked;	/* the last bytes of ready: typed in raw mode, not yet read */
static int	eofs;		/* ^D's not yet read as end of file */
static Req	*held[NHELD];	/* reads waiting for input */
static int	nheld;

static char *names[] = { "/", "ctl", "in" };

static int
inb(int port)
{
	uchar b;

	if(pread(portfd, &b, 1, port) != 1)
		return -1;
	return b;
}

static void
outb(int port, int v)
{
	uchar b;

	b = v;
	pwrite(portfd, &b, 1, port);
}

/* uartout: send n bytes, \n as \r\n, filling the FIFO when it empties */
static void
uartout(char *s, long n)
{
	char buf[32];
	int k, i, spins;

	while(n > 0){
		for(spins = 0; spins < 100000 && !(inb(COM1+Lsr) & Thre); spins++)
			;
		/* the transmitter is empty: 16 bytes fit */
		k = 0;
		while(n > 0 && k < 15){
			if(*s == '\n')
				buf[k++] = '\r';
			buf[k++] = *s++;
			n--;
		}
		for(i = 0; i < k; i++)
			outb(COM1+Data, buf[i]);
	}
}

static void
echo(char *s, int n)
{
	if(!raw)
		uartout(s, n);
}

static void	input(int);

/*
 * cook: bytes typed in raw mode that no one read before raw mode
 * ended go through the line discipline now, as if typed in cooked
 * mode: echoed, edited, a line at a time.  Called when a cooked read
 * or more typing comes, not at rawoff: rc turns raw mode off and on
 * between its lines, and what was typed ahead is its own next line.
 */
static void
cook(void)
{
	static char buf[INMAX];
	int i, n;

	n = uncooked;
	if(raw || n == 0)
		return;
	uncooked = 0;
	nready -= n;
	memmove(buf, ready + nready, n);
	for(i = 0; i < n; i++)
		input((uchar)buf[i]);
}

/* answer: give held reads what is ready, oldest first */
static void
answer(void)
{
	Req *r;
	long n, i;

	if(nheld > 0)
		cook();
	while(nheld > 0 && (nready > 0 || eofs > 0)){
		r = held[0];
		memmove(held, held+1, --nheld * sizeof held[0]);
		if(nready == 0){
			eofs--;
			r->ofcall.count = 0;
			respond(r, nil);
			continue;
		}
		n = r->ifcall.count;
		if(n > nready)
			n = nready;
		/*
		 * a line at a time; in raw mode too a read ends at a return
		 * or newline, so that a reader of lines (rc's line editor)
		 * takes none of what was typed after it: that is for the
		 * command the line runs
		 */
		for(i = 0; i < n; i++)
			if(ready[i] == '\n' || (raw && ready[i] == '\r')){
				n = i + 1;
				break;
			}
		memmove(r->ofcall.data, ready, n);	/* lib9p gave room for count */
		r->ofcall.count = n;
		memmove(ready, ready + n, nready - n);
		nready -= n;
		if(uncooked > nready)
			uncooked = nready;
		respond(r, nil);
	}
}

static void
putready(char *s, int n)
{
	if(nready + n > INMAX)
		n = INMAX - nready;
	memmove(ready + nready, s, n);
	nready += n;
}

static void
interrupt(void)
{
	char url[64];
	int fd;

	echo("^C\n", 3);
	nline = 0;
	if(notepg <= 0)
		return;
	snprintf(url, sizeof url, "proc:/%d/notepg", notepg);
	fd = open(url, O_WRONLY);
	if(fd >= 0){
		write(fd, "interrupt", 9);
		close(fd);
	}
}

/* input: the line discipline, one byte at a time */
static void
input(int c)
{
	if(raw){
		char b = c;
		if(nready < INMAX)
			uncooked++;
		putready(&b, 1);
		return;
	}
	cook();
	switch(c){
	case '\r':
	case '\n':
		line[nline++] = '\n';
		echo("\n", 1);
		putready(line, nline);
		nline = 0;
		break;
	case 0x08:
	case 0x7F:
		if(nline > 0){
			nline--;
			echo("\b \b", 3);
		}
		break;
	case 0x15:	/* ^U */
		while(nline > 0){
			nline--;
			echo("\b \b", 3);
		}
		break;
	case 0x17:	/* ^W: the word before the cursor */
		while(nline > 0 && line[nline-1] == ' '){
			nline--;
			echo("\b \b", 3);
		}
		while(nline > 0 && line[nline-1] != ' '){
			nline--;
			echo("\b \b", 3);
		}
		break;
	case 0x03:	/* ^C */
		interrupt();
		break;
	case 0x04:	/* ^D: what is typed goes now; on an empty line, end of file */
		if(nline == 0)
			eofs++;
		else{
			putready(line, nline);
			nline = 0;
		}
		break;
	default:
		if(nline < LINEMAX - 1){
			line[nline++] = c;
			echo((char*)&line[nline-1], 1);
		}
	}
}

static Qid
mkqid(int q)
{
	Qid qid;

	qid.path = q;
	qid.vers = 0;
	qid.type = q == Qcons ? QTAPPEND : QTFILE;	/* a stream: poll(2) sends a read ahead */
	return qid;
}

static void
fsattach(Req *r)
{
	r->fid->qid = mkqid(Qcons);
	r->ofcall.qid = r->fid->qid;
	respond(r, nil);
}

/* walk: cons: is a file, yet cons:/ctl and cons:/in are under it */
static void
fswalk(Req *r)
{
	int i, q;

	q = r->fid->qid.path;
	for(i = 0; i < r->ifcall.nwname; i++){
		if(q != Qcons)
			break;
		if(strcmp(r->ifcall.wname[i], "ctl") == 0)
			q = Qctl;
		else if(strcmp(r->ifcall.wname[i], "in") == 0)
			q = Qin;
		else
			break;
		r->ofcall.wqid[i] = mkqid(q);
	}
	r->ofcall.nwqid = i;
	if(i < r->ifcall.nwname && i == 0){
		respond(r, Enofile);
		return;
	}
	if(i == r->ifcall.nwname)
		r->newfid->qid = i ? r->ofcall.wqid[i-1] : r->fid->qid;
	respond(r, nil);
}

static void
fsopen(Req *r)
{
	respond(r, nil);
}

static void
fsread(Req *r)
{
	char buf[64];

	switch(r->fid->qid.path){
	case Qcons:
		if(nheld >= NHELD){
			respond(r, "too many readers");
			return;
		}
		held[nheld++] = r;
		answer();
		return;
	case Qctl:
		snprintf(buf, sizeof buf, "%s notepg %d\n", raw ? "rawon" : "rawoff", notepg);
		readstr(r, buf);
		respond(r, nil);
		return;
	}
	respond(r, Eperm);
}

static void
ctl(Req *r)
{
	char buf[64];
	int n;

	n = r->ifcall.count < sizeof buf - 1 ? r->ifcall.count : sizeof buf - 1;
	memmove(buf, r->ifcall.data, n);
	buf[n] = 0;
	if(n > 0 && buf[n-1] == '\n')
		buf[--n] = 0;
	if(strcmp(buf, "rawon") == 0){
		raw = 1;
		if(nline > 0){
			putready(line, nline);
			nline = 0;
		}
	}else if(strcmp(buf, "rawoff") == 0)
		raw = 0;
	else if(strncmp(buf, "notepg ", 7) == 0)
		notepg = atoi(buf + 7);
	else{
		respond(r, "bad control message");
		return;
	}
	r->ofcall.count = r->ifcall.count;
	respond(r, nil);
	answer();
}

static void
fswrite(Req *r)
{
	u32int i;

	switch(r->fid->qid.path){
	case Qcons:
		uartout(r->ifcall.data, r->ifcall.count);
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		return;
	case Qctl:
		ctl(r);
		return;
	case Qin:
		for(i = 0; i < r->ifcall.count; i++)
			input((uchar)r->ifcall.data[i]);
		r->ofcall.count = r->ifcall.count;
		respond(r, nil);
		answer();
		return;
	}
	respond(r, Eperm);
}

/* flush: a reader gave up (killed or interrupted): forget its read */
static void
fsflush(Req *r)
{
	int i;

	for(i = 0; i < nheld; i++)
		if(held[i] == r->oldreq){
			memmove(held+i, held+i+1, (nheld-i-1) * sizeof held[0]);
			nheld--;
			/* lib9p answers the Tflush once its old request is answered */
			respond(r->oldreq, "interrupted");
			return;
		}
	respond(r, nil);
}

static void
fsstat(Req *r)
{
	int q;

	q = r->fid->qid.path;
	memset(&r->d, 0, sizeof r->d);
	r->d.qid = r->fid->qid;
	r->d.mode = q == Qin ? 0220 : 0666;
	r->d.name = q == Qcons ? "cons" : names[q];
	r->d.uid = r->d.gid = r->d.muid = "sys";
	respond(r, dirdup9p(&r->d) < 0 ? Enomem : nil);
}

static Srv fs = {
	.attach = fsattach,
	.walk = fswalk,
	.open = fsopen,
	.read = fsread,
	.write = fswrite,
	.flush = fsflush,
	.stat = fsstat,
};

/* listen: the listener's loop: interrupt, drain the FIFO, pass it on */
static void
listen(char *name)
{
	char url[64], buf[256], tick[32];
	int irq, in, n, lsr;

	irq = open("irq:/4", O_RDONLY);
	if(irq < 0)
		sysfatal("irq:/4: %r");
	snprintf(url, sizeof url, "%s:/in", name);
	in = open(url, O_WRONLY);
	if(in < 0)
		sysfatal("%s: %r", url);
	outb(COM1+Ier, 0x01);		/* interrupt on received data */
	outb(COM1+Mcr, 0x0B);
	for(;;){
		n = 0;
		while(n < (int)sizeof buf && (lsr = inb(COM1+Lsr)) >= 0 && (lsr & Dr))
			buf[n++] = inb(COM1+Data);
		inb(COM1+Iir);
		if(n > 0 && write(in, buf, n) != n)
			sysfatal("%s: %r", url);
		if(n == (int)sizeof buf)
			continue;
		if(read(irq, tick, sizeof tick) < 0)
			sysfatal("irq:/4: %r");
	}
}

static void
usage(void)
{
	fprint(2, "usage: cons [-n name]\n");
	exits("usage");
}

int
main(int argc, char **argv)
{
	char *name;

	name = "cons";
	ARGBEGIN{
	case 'n':
		name = EARGF(usage());
		break;
	default:
		usage();
	}ARGEND
	if(argc != 0)
		usage();
	portfd = open("port:", O_RDWR);
	if(portfd < 0)
		sysfatal("port:: %r");
	if(mountsrv(&fs, name, MREPL) < 0)
		sysfatal("mount %s: %r", name);
	listen(name);
	return 0;
}
