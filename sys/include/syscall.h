/*
 * syscall.h: the system call numbers, the one list from which the
 * kernel's table (kernel/port/syscall.c) and libc's stubs
 * (lib/libc/syscalls.c) are both generated.
 *
 * X(number, name, nargs).  Arguments travel in rdi, rsi, rdx, r10, r8,
 * r9; the result comes back in rax.  A negative result in -4095..-1 is
 * an error: -errno, with the full error string kept for errstr().
 */
#ifndef SYSCALL_H
#define SYSCALL_H

#define SYSCALLS(X) \
	X(0,  exits,   1)	/* exits(status): end the process */ \
	X(1,  rfork,   1)	/* rfork(flags): new process or share changes */ \
	X(2,  exec,    3)	/* exec(path, argv, envp) */ \
	X(3,  await,   3)	/* await(pid, &status, flags): reap a child */ \
	X(4,  getpid,  0)	/* getpid() */ \
	X(5,  brk,     1)	/* brk(addr): set the break, brk(0) reads it */ \
	X(6,  mmap,    6)	/* mmap(addr, len, prot, flags, fd, off) */ \
	X(7,  munmap,  2)	/* munmap(addr, len) */ \
	X(8,  sleep,   1)	/* sleep(ms) */ \
	X(9,  postnote,2)	/* postnote(pid, note): "kill" ends it */ \
	X(10, open,    3)	/* open(url, flags, perm) */ \
	X(11, close,   1)	/* close(fd) */ \
	X(12, pread,   4)	/* pread(fd, buf, n, off); off -1: the fd's offset */ \
	X(13, pwrite,  4)	/* pwrite(fd, buf, n, off); off -1: the fd's offset */ \
	X(14, seek,    3)	/* seek(fd, off, whence): new offset */ \
	X(15, dup,     2)	/* dup(old, new); new -1: lowest free */ \
	X(16, fstat,   3)	/* fstat(fd, buf, n): 9P stat bytes */ \
	X(17, stat,    3)	/* stat(url, buf, n): 9P stat bytes */ \
	X(18, errstr,  2)	/* errstr(buf, n): the last error string */ \
	X(19, nsec,    0)	/* nsec(): nanoseconds since boot */ \
	X(20, chan,    1)	/* chan(fd[2]): a message channel, two ends */ \
	X(21, pipe,    1)	/* pipe(fd[2]): a byte stream, fd[0] reads */ \
	X(22, mount,   4)	/* mount(fd, name, flags, aname): 9P server as name: */ \
	X(23, bind,    3)	/* bind(url, name, flags) */ \
	X(24, unmount, 1)	/* unmount(name) */ \
	X(25, chdir,   1)	/* chdir(url) */ \
	X(26, remove,  1)	/* remove(url): a file or an empty directory */ \
	X(27, wstat,   3)	/* wstat(url, buf, n): 9P stat bytes */ \
	X(28, fwstat,  3)	/* fwstat(fd, buf, n) */ \
	X(29, getwd,   2)	/* getwd(buf, n): the current directory's URL */ \
	X(30, notify,  1)	/* notify(f): f(ureg, note) handles notes; nil: die */ \
	X(31, noted,   1)	/* noted(NCONT|NDFLT): leave the note handler */

/* rfork flags (Plan 9's values) */
#define RFNAMEG		(1<<0)
#define RFENVG		(1<<1)
#define RFFDG		(1<<2)
#define RFNOTEG		(1<<3)
#define RFPROC		(1<<4)
#define RFMEM		(1<<5)
#define RFNOWAIT	(1<<6)
#define RFCNAMEG	(1<<10)
#define RFCENVG		(1<<11)
#define RFCFDG		(1<<12)
#define RFREND		(1<<13)
#define RFNOMNT		(1<<14)

/*
 * dup(fd, fd|D...): fd's close-on-exec flag (fcntl's F_GETFD, F_SETFD);
 * the result is the flag as it was (bit 0), the open mode (bits 1-2:
 * OREAD ... OEXEC) and 8 if it was opened OAPPEND
 */
#define DGETCEXEC	0x10000
#define DSETCEXEC	0x20000
#define DCLRCEXEC	0x40000

/* mount and bind flags (Plan 9's values) */
#define MREPL		0x0000
#define MBEFORE		0x0001
#define MAFTER		0x0002
#define MCREATE		0x0004
#define MORDER		0x0003

/* open flags */
#define OREAD		0
#define OWRITE		1
#define ORDWR		2
#define OEXEC		3
#define OTRUNC		0x10
#define OCEXEC		0x20
#define ORCLOSE		0x40
#define OCREATE		0x100	/* Ninefold: create if missing */
#define OEXCL		0x200	/* with OCREATE: fail if it exists */
#define OAPPEND		0x400

/* mmap */
#define PROT_NONE	0
#define PROT_READ	1
#define PROT_WRITE	2
#define PROT_EXEC	4
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_ANON	MAP_ANONYMOUS
#define MAP_FAILED	((void*)-1)

/* noted */
#define NCONT		0	/* continue where the note came */
#define NDFLT		1	/* die of the note */

/* await flags */
#define WNOHANG		1

/* seek */
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#endif
