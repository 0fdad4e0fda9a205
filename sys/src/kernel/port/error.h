/*
 * error.h: every error string the kernel says, by name, with the
 * errno a system call returns for it (errno.h's numbers).  error.c
 * defines the strings; a server's own strings (an Rerror) are mapped
 * by errno.h's list.
 */
#define KERRORS(X) \
	X(Enomem,      ENOMEM,       "out of memory") \
	X(Eperm,       EACCES,       "permission denied") \
	X(Enonexist,   ENOENT,       "file does not exist") \
	X(Ebadarg,     EINVAL,       "bad argument") \
	X(Enotdir,     ENOTDIR,      "not a directory") \
	X(Eintr,       EINTR,        "interrupted") \
	X(Ehungup,     EHOSTDOWN,    "server gone") \
	X(Ebadaddr,    EFAULT,       "bad address") \
	X(Eisdir,      EISDIR,       "is a directory") \
	X(Etoolong,    ENAMETOOLONG, "file name too long") \
	X(Ebadctl,     EINVAL,       "bad control message") \
	X(Eproto,      EPROTO,       "protocol botch") \
	X(Eprocdied,   ESRCH,        "process exited") \
	X(Eshort,      EINVAL,       "buffer too small") \
	X(Erdonly,     EROFS,        "read-only file system") \
	X(Ebadfdnum,   EINVAL,       "bad file descriptor number") \
	X(Enoscheme,   ENOENT,       "unknown scheme") \
	X(Enomaps,     ENOMEM,       "too many mappings") \
	X(Enogrants,   ENOSPC,       "too many grants") \
	X(Ebadsize,    EPROTO,       "protocol botch: bad message size") \
	X(Eexist,      EEXIST,       "file already exists") \
	X(Ebadfd,      EBADF,        "fd out of range or not open") \
	X(Ebadname,    EINVAL,       "bad scheme name") \
	X(E2big,       E2BIG,        "argument list too long") \
	X(Emapped,     EINVAL,       "address already mapped") \
	X(Epipe,       EPIPE,        "write on closed pipe") \
	X(Enoproc,     EAGAIN,       "too many processes") \
	X(Enofd,       EMFILE,       "too many open files") \
	X(Enotes,      EAGAIN,       "too many notes") \
	X(Eshortexec,  ENOEXEC,      "short read of executable") \
	X(Enot9p,      EPROTO,       "server does not speak 9P2000") \
	X(Espipe,      ESPIPE,       "seek on a stream") \
	X(Ewrotemore,  EPROTO,       "protocol botch: wrote more than sent") \
	X(Ebadtag,     EPROTO,       "protocol botch: unknown tag") \
	X(Ereadmore,   EPROTO,       "protocol botch: read returned more than asked") \
	X(Ebadstat9p,  EPROTO,       "protocol botch: malformed stat") \
	X(Epoweroff,   EIO,          "power off failed") \
	X(Enotmounted, EINVAL,       "not mounted") \
	X(Enotnoted,   EINVAL,       "not in a note handler") \
	X(Enot9pfile,  EINVAL,       "not a channel, pipe or connection: nothing to speak 9P over") \
	X(Enosuchproc, ESRCH,        "no such process") \
	X(Enocreate,   EACCES,       "no member of the union takes creates") \
	X(Enochild,    ECHILD,       "no living children") \
	X(Emsglong,    EINVAL,       "message too long") \
	X(Emsglarge,   EINVAL,       "message too large") \
	X(Enotopen,    EBADF,        "file not open") \
	X(Enotwrite,   EBADF,        "file not open for writing") \
	X(Enotread,    EBADF,        "file not open for reading") \
	X(Ebusy,       EBUSY,        "device or resource busy") \
	X(Emsgshort,   EINVAL,       "buffer too small for the message") \
	X(Edirshort,   EINVAL,       "buffer too small for a directory entry") \
	X(Enotmapped,  EINVAL,       "beyond the direct map") \
	X(Ebadsys,     ENOSYS,       "bad system call") \
	X(Ebadstat,    EINVAL,       "bad stat entry") \
	X(Ebadport,    EINVAL,       "bad port range") \
	X(Ebadphys,    EINVAL,       "bad physical range") \
	X(Ebadirq,     EINVAL,       "bad irq") \
	X(Ebadwidth,   EINVAL,       "bad i/o width") \
	X(Ebadfile,    EINVAL,       "bad file name") \
	X(Eposted,     EBUSY,        "already posted")

#define KERRDECL(name, num, str)	extern char name[];
KERRORS(KERRDECL)
#undef KERRDECL
