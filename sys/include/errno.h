/*
 * errno.h: error numbers and the error strings they stand for.
 * The kernel and servers speak in strings (as 9P's Rerror does); the
 * kernel maps a well-known string to its number for errno, and
 * errstr() returns the string itself.  The numbers are Linux's, so
 * portable programs behave the same on both.
 */
#ifndef ERRNO_H
#define ERRNO_H

#define ERRORS(X) \
	X(EPERM,	1,	"operation not permitted") \
	X(ENOENT,	2,	"file does not exist") \
	X(ESRCH,	3,	"no such process") \
	X(EINTR,	4,	"interrupted") \
	X(EIO,		5,	"i/o error") \
	X(E2BIG,	7,	"argument list too long") \
	X(ENOEXEC,	8,	"not an executable") \
	X(EBADF,	9,	"fd out of range or not open") \
	X(ECHILD,	10,	"no living children") \
	X(EAGAIN,	11,	"resource temporarily unavailable") \
	X(ENOMEM,	12,	"out of memory") \
	X(EACCES,	13,	"permission denied") \
	X(EFAULT,	14,	"bad address") \
	X(EBUSY,	16,	"device or resource busy") \
	X(EEXIST,	17,	"file already exists") \
	X(EXDEV,	18,	"cross-directory rename") \
	X(ENOTDIR,	20,	"not a directory") \
	X(EISDIR,	21,	"is a directory") \
	X(EINVAL,	22,	"bad argument") \
	X(EMFILE,	24,	"too many open files") \
	X(ENOTTY,	25,	"not a terminal") \
	X(ENOSPC,	28,	"no space left") \
	X(ESPIPE,	29,	"seek on a stream") \
	X(EROFS,	30,	"read-only file system") \
	X(EPIPE,	32,	"write on closed pipe") \
	X(ERANGE,	34,	"result out of range") \
	X(ENAMETOOLONG,	36,	"file name too long") \
	X(ENOSYS,	38,	"bad system call") \
	X(ENOTEMPTY,	39,	"directory is not empty") \
	X(EPROTO,	71,	"protocol botch") \
	X(EHOSTDOWN,	112,	"server gone")

/*
 * Unix's words for those errors (strerror's), for 9P peers that know
 * only them: Linux's v9fs speaking plain 9P2000 turns an Rerror into an
 * errno by looking the whole string up in its table (net/9p/error.c),
 * which has these and only some of ours, and makes anything else
 * "Unknown error 526".  OUT 1: exportfs(4) sends this instead of our
 * string (ours is not in Linux's table); OUT 0: ours is there too, and
 * is sent as it is, as Plan 9's clients expect.  Either way the kernel
 * takes a server's Rerror in these words back to ours, so a mount of a
 * Unix 9P server says "file does not exist" like every other.
 */
#define UNIXERRORS(X) \
	X(EPERM,	1,	"Operation not permitted") \
	X(ENOENT,	0,	"No such file or directory") \
	X(EINTR,	1,	"Interrupted system call") \
	X(EIO,		0,	"Input/output error") \
	X(E2BIG,	1,	"Argument list too long") \
	X(EBADF,	1,	"Bad file descriptor") \
	X(ENOMEM,	1,	"Cannot allocate memory") \
	X(EACCES,	0,	"Permission denied") \
	X(EFAULT,	1,	"Bad address") \
	X(EBUSY,	1,	"Device or resource busy") \
	X(EEXIST,	0,	"File exists") \
	X(EXDEV,	1,	"Invalid cross-device link") \
	X(ENOTDIR,	0,	"Not a directory") \
	X(EISDIR,	1,	"Is a directory") \
	X(EINVAL,	1,	"Invalid argument") \
	X(EMFILE,	1,	"Too many open files") \
	X(ENOSPC,	1,	"No space left on device") \
	X(ESPIPE,	1,	"Illegal seek") \
	X(EROFS,	1,	"Read-only file system") \
	X(EPIPE,	1,	"Broken pipe") \
	X(ERANGE,	1,	"Numerical result out of range") \
	X(ENAMETOOLONG,	1,	"File name too long") \
	X(ENOSYS,	1,	"Function not implemented") \
	X(ENOTEMPTY,	0,	"Directory not empty") \
	X(EPROTO,	0,	"Protocol error") \
	X(EHOSTDOWN,	1,	"Host is down")

/*
 * The sockets' errors (socket(2)).  The kernel does not map these
 * (its table is ERRORS alone): a call that fails with EIO has its
 * string looked up here by libc (_neterrno), so netd's "connection
 * refused" is ECONNREFUSED.  Where netd says it, the string is netd's.
 */
#define NETERRORS(X) \
	X(ENOTSOCK,	88,	"socket operation on non-socket") \
	X(EDESTADDRREQ,	89,	"destination address required") \
	X(EMSGSIZE,	90,	"datagram too big") \
	X(EPROTOTYPE,	91,	"protocol wrong type for socket") \
	X(ENOPROTOOPT,	92,	"protocol not available") \
	X(EPROTONOSUPPORT, 93,	"protocol not supported") \
	X(EOPNOTSUPP,	95,	"operation not supported") \
	X(EAFNOSUPPORT,	97,	"address family not supported") \
	X(EADDRINUSE,	98,	"address in use") \
	X(EADDRNOTAVAIL, 99,	"address not available") \
	X(ENETDOWN,	100,	"network is down") \
	X(ENETUNREACH,	101,	"network is unreachable") \
	X(ECONNABORTED,	103,	"connection aborted") \
	X(ECONNRESET,	104,	"connection reset") \
	X(ENOBUFS,	105,	"no buffer space available") \
	X(EISCONN,	106,	"already connected") \
	X(ENOTCONN,	107,	"not connected") \
	X(ETIMEDOUT,	110,	"connection timed out") \
	X(ECONNREFUSED,	111,	"connection refused") \
	X(EHOSTUNREACH,	113,	"no route to host") \
	X(EALREADY,	114,	"operation already in progress") \
	X(EINPROGRESS,	115,	"operation in progress")

enum {
#define ERRNUM(name, num, str)	name = num,
	ERRORS(ERRNUM)
	NETERRORS(ERRNUM)
#undef ERRNUM
	EWOULDBLOCK = EAGAIN,
	ENOTSUP = EOPNOTSUPP,
};

#ifndef KERNEL
extern int errno;
#endif

#endif
