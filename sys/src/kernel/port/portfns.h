/*
 * portfns.h: prototypes of the machine-independent kernel, by file.
 */

/* alloc.c */
void*	kmalloc(usize n);
void*	kzmalloc(usize n);
void	kfree(void *p);
char*	kstrdup(char *s);

/* archive.c */
int	archinit(uchar *base, uvlong len);

/* chan.c */
Chan*	newchan(Dev *d);
Chan*	devattach(Dev *d, int type);
void	incref(Chan *c);
void	cclose(Chan *c);
Chan*	namec(char *url, int omode, ulong perm);
Chan*	cclone(Chan *c);
int	fullurl(char *url, char *out, int n);
Chan*	nsroot(Pgrp *pg, char *name, int i, int *flags);
int	nsmembers(Pgrp *pg, char *name);
int	newfd(Chan *c);
Chan*	fdtochan(uvlong fd);
Dev*	devlookup(char *name);

/* conn.c */
long	sys_chan(u64int *a);
long	sys_pipe(u64int *a);
Conn*	connof(Chan *c, int *end);
int	isstream(Chan *c);
void	connsetmnt(Conn *k, int end, Mnt *m);
Mnt*	connmnt(Conn *k, int end);
int	connisstream(Conn *k);
int	connclosed(Conn *k, int end);
void	connrelease(Conn *k, int end);
int	connsend(Conn *k, int end, uchar *data, long n);
Msg*	connmsg(long n, uchar **data);
int	connput(Conn *k, int end, Msg *m);

/* dev.c */
int	devstatout(Dir *d, uchar *buf, int n);

/* mnt.c */
Chan*	mntattach(Chan *c, char *aname);
uvlong	mntid(Chan *c);
int	mntreply(Mnt *m, uchar *data, long n);
int	mntinput(Mnt *m, uchar *data, long n);
void	mntdead(Mnt *m);

/* pgrp.c */
Pgrp*	newpgrp(void);
Pgrp*	dupnamespace(Pgrp *pg);
void	putpgrp(Pgrp *pg);

/* elf.c (pure, host-tested) */
#include "elf.h"

/* devsrv.c */
Chan*	srvposted(Chan *c);
char*	srvname(Chan *c, char *buf, int n);

/* devunion.c */
Chan*	unionopen(Pgrp *pg, char *name, Chan *first);

/* devhw.c */
int	hwgrant(Proc *p, char *msg);
int	hasphys(Proc *p, uvlong a, uvlong n);

/* devpci.c */
int	pcigrant(Proc *p, char *bdf);

/* devphys.c */
long	physmmap(Chan *c, uintptr va, uintptr len, int prot, uvlong off);
int	irqclaimed(int n);
int	katoi(char *s);
uvlong	katoull(char *s);

/* error.c */
int	error(char *msg);
long	errno4(char *msg);
char*	ourerr(char *msg);

/* exec.c */
long	sysexec(char *path, char **argv, char **envp);
long	execk(char *path, Args *argv, Args *envp);

/* note.c */
int	interrupted(void);
int	notifyuser(Ureg *u);

/* page.c (pure, host-tested) */
#include "page.h"

/* print.c (and libc's formatting, shared) */
int	snprintf(char *buf, usize n, const char *fmt, ...);
void	print(char *fmt, ...);
void	panic(char *fmt, ...) __attribute__((noreturn));
long	readlog(void *buf, long n, vlong off);

/* proc.c */
void	procinit(void);
Proc*	newproc(void);
void	ready(Proc *p);
void	sched(void);
void	schedule(void) __attribute__((noreturn));
void	sleep(void *chan);
void	wakeup(void *chan);
void	tsleep(uvlong ms);

/* poll.c; pollwake: something may have become ready: the waiters look again */
extern int	npollers, pollrendez;
#define pollwake()	do { if(npollers > 0) wakeup(&pollrendez); } while(0)
long	pollwait(Pollfd *f, int n, long ms);
void	clockproc(void);
void	pexit(int status) __attribute__((noreturn));
Proc*	findproc(int pid);
Proc*	procnth(int i);
int	postnotepg(int noteid, char *note);
int	postnote(int pid, char *note);
int	procawait(int pid, int *status, int flags);
void	yield(void);

/* syscall.c */
int	syscall(Ureg *u);

/* vm.c */
int	vmadd(Proc *p, uintptr start, uintptr end, int prot, int kind);
Vma*	vmfind(Proc *p, uintptr va);
int	vmremove(Proc *p, uintptr start, uintptr end);
void	vmdiscard(Proc *p, uintptr start, uintptr end);
int	fault(Proc *p, uintptr va, int write);
int	validaddr(uintptr addr, usize len, int write);
char*	validstr(uintptr addr, char *buf, usize max);
int	copyout(uintptr dst, void *src, usize n);
int	copyto(u64int *pml4, uchar *dst, uchar *src, long n);
int	copyin(void *dst, uintptr src, usize n);
int	vmcopy(Proc *p, Proc *child);

/* syscall.c: sys:/prof */
extern int	sysprof;
extern uvlong	nswitch;
extern uvlong	idlens;
void	sysprofctl(int on);
long	sysproftext(char *s, long n);

/* text.c: the text of programs run lately */
int	textmap(Chan *c, Dir *d, Elfseg *s, u64int *pml4, u64int flags);
void	textkeep(Chan *c, Dir *d, Elfseg *s, u64int *pml4);
int	textevict(void);
