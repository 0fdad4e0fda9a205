/*
 * portdat.h: the machine-independent kernel structures: processes,
 * their memory areas, channels (open files) and the Dev table that
 * every kernel-resident scheme fills.
 */

typedef struct Chan Chan;
typedef struct Conn Conn;
typedef struct Dev Dev;
typedef struct Mhead Mhead;
typedef struct Mnt Mnt;
typedef struct Mount Mount;
typedef struct Msg Msg;
typedef struct Pgrp Pgrp;
typedef struct Proc Proc;
typedef struct Vma Vma;
typedef struct Memrange Memrange;

enum {
	NPROC	= 256,		/* processes at once */
	NFD	= 64,		/* open files per process */
	NVMA	= 32,		/* memory areas per process */
	ERRMAX	= 128,		/* an error string */
	NAMEMAX	= 32,		/* a process name */
	PATHMAX	= 1024,		/* a path or URL given to a system call */
	ARGMAX	= 64*1024,	/* exec's arguments and environment together */
	NNOTE	= 5,		/* notes that may wait for a process */
};

/* the hardware a process was granted: init holds all, others none */
enum { NHWRANGE = 8 };
typedef struct Hwgrant Hwgrant;
struct Hwgrant {
	int	all;		/* init: everything, and may grant */
	u16int	irqs;		/* bit n: irq n */
	int	nport;
	u16int	port[NHWRANGE][2];	/* [first, last] */
	int	nphys;
	uvlong	phys[NHWRANGE][2];	/* [base, end) */
	uvlong	pci;		/* bit n: the n'th PCI function (devpci.c) */
	uvlong	dma;		/* bytes of DMA memory it may still take */
};

/* a range of physical memory [base, base+len) */
struct Memrange {
	uvlong	base;
	uvlong	len;
};

/* exec's arguments in the kernel: n strings, end to end */
typedef struct Args Args;
struct Args {
	char	*buf;
	long	len;
	int	n;
};

/* a user memory area [start, end) */
enum { Vtext, Vdata, Vheap, Vstack, Vanon, Vphys };
struct Vma {
	uintptr	start;
	uintptr	end;
	int	prot;		/* PROT_READ|PROT_WRITE|PROT_EXEC */
	int	kind;
};

enum { Pfree, Pembryo, Pready, Prunning, Psleep, Pzombie };

struct Proc {
	int	pid;
	int	state;
	char	name[NAMEMAX];
	Proc	*parent;
	Proc	*qnext;		/* run queue */
	Proc	*snext;		/* sleepers on the same hash bucket */

	uchar	*kstack;	/* KSTACK bytes */
	Context	*ctx;		/* where swtch left it */
	Ureg	*ureg;		/* user registers, top of kstack */
	Fpsave	fp;

	u64int	*pml4;		/* address space (kernel virtual) */
	Vma	vma[NVMA];
	int	nvma;
	uintptr	brkbase;	/* start of the heap */
	uintptr	brk;		/* end of the heap */
	uintptr	mmapnext;	/* where the next anonymous mapping goes */

	Chan	*fd[NFD];
	uchar	fdcexec[NFD];	/* fd i closes on exec (OCEXEC) */
	char	err[ERRMAX];	/* last error, for errstr */
	Pgrp	*pgrp;		/* namespace */
	char	dot[PATHMAX];	/* current directory, a URL */

	int	noteid;		/* note group, for proc:/N/notepg */
	int	protect;	/* a system server: notes only from itself */
	int	none;		/* acts as user none, not the host owner (sys) */
	uintptr	notify;		/* the note handler (user), 0 for none */
	char	notes[NNOTE][ERRMAX];	/* notes waiting for the handler */
	int	nnote;
	int	notified;	/* in the handler */
	uintptr	noteur;		/* where the handler's saved Ureg is (user) */
	char	lastnote[ERRMAX];	/* the note being handled */
	int	iretq;		/* leave this system call by iretq: all registers */
	char	args[128];	/* its argv, blank-separated, for proc:/N/args */
	Hwgrant	hw;		/* hardware it may use (irq:, port:, phys:) */

	void	*waitchan;	/* what it sleeps on */
	uvlong	wakeup;		/* tick to wake at, 0 for none */
	uvlong	swout;		/* sys:/prof: when it last gave up the CPU */
	uvlong	swin;		/* TSC count when it last got the CPU */
	uvlong	cpu;		/* TSC counts on the CPU, up to swin (tscns: ns) */
	uvlong	uticks;		/* clock ticks that found it in user mode */
	uvlong	ccpu, cuticks;	/* its reaped children's (and theirs), as cpu */
	uvlong	born;		/* nsec() when it was made */
	uvlong	away;		/* sys:/prof: time switched away in this system call */
	int	killed;		/* a note "kill" or a fault: exit at once */
	int	exitstatus;	/* for await: >=0 exit code, <0 -signal */
};

/* a kernel channel: one open (or walked) file of some Dev */
struct Chan {
	int	ref;
	Dev	*dev;
	Qid	qid;
	int	mode;		/* open mode, -1 until opened */
	int	append;		/* OAPPEND: every write at the end */
	vlong	offset;
	uvlong	aux;		/* the Dev's own */
	void	*auxp;
	Mnt	*mnt;		/* for files of a 9P server */
	u32int	fid;
	u32int	iounit;
	char	*url;		/* a stream's full URL as opened, for ns; else nil */
	void	*ahead;		/* mnt: a read sent ahead for poll (mnt.c), or nil */
};

/* poll(2)'s bits (Linux's values) and its entry, as proc:/N/poll takes them */
enum { Pollin = 1, Pollpri = 2, Pollout = 4, Pollerr = 8, Pollhup = 16, Pollnval = 32 };
typedef struct Pollfd Pollfd;
struct Pollfd {
	int	fd;
	short	events;
	short	revents;
};

/*
 * The kernel-resident scheme interface (design.md section 4).
 * Each returns -1 (or nil) and sets the error string on failure.
 * Data pointers may be user addresses that the caller has checked.
 * A Dev gives walk (many names, into a new channel nc) or just walk1
 * (one name, in place); nil create/remove/wstat refuse.  walkopen, if
 * given, does walk and open in one step (mnt: one round trip).  ready,
 * if given, says which of Pollin|Pollout|Pollhup|Pollerr c is ready
 * for now without waiting (want: the bits asked for; 0 when the poll
 * is over, to stop what it started); without it a file is always
 * ready (poll.c).
 */
struct Dev {
	char	*name;		/* the scheme name */
	Chan*	(*attach)(char *spec);
	int	(*walk)(Chan *c, Chan *nc, char **names, int n);
	int	(*walk1)(Chan *c, char *elem);
	int	(*open)(Chan *c, int mode);
	int	(*walkopen)(Chan *c, Chan *nc, char **names, int n, int mode);	/* 1 open, 0 walked, -1 not */
	int	(*create)(Chan *c, char *name, int mode, ulong perm);
	long	(*read)(Chan *c, void *buf, long n, vlong off);
	long	(*write)(Chan *c, void *buf, long n, vlong off);
	void	(*close)(Chan *c);
	int	(*stat)(Chan *c, uchar *buf, int n);	/* 9P stat bytes */
	int	(*wstat)(Chan *c, uchar *buf, int n);
	int	(*remove)(Chan *c);
	int	(*ready)(Chan *c, int want);
};

/* a namespace: scheme names and what they name */
struct Pgrp {
	int	ref;
	int	nomount;	/* RFNOMNT */
	Mhead	*heads;
};

/* one name of a namespace: the union of its members, in order */
struct Mhead {
	char	name[NAMEMAX];
	Mount	*mount;
	Mhead	*next;
};

struct Mount {
	Chan	*to;		/* the member's root, walked, not open */
	int	flags;		/* MCREATE */
	char	*src;		/* what was bound (a URL) or mounted, for ns */
	int	mounted;	/* by mount (a 9P server), not bind */
	Mount	*next;
};

extern Proc	*up;		/* the current process */
extern uvlong	ticks;		/* clock ticks since boot */
extern uvlong	heapfree;	/* alloc.c */
extern char	*kversion;
