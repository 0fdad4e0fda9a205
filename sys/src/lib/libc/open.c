/*
 * open, creat: open a file by URL.  The O_ flags in fcntl.h have
 * Ninefold's values, so they go to the kernel as they are.
 */
#include <u.h>
#include <stdarg.h>
#include <fcntl.h>
#include "impl.h"

_Static_assert(O_RDONLY == OREAD && O_WRONLY == OWRITE && O_RDWR == ORDWR, "O_ modes");
_Static_assert(O_TRUNC == OTRUNC && O_CREAT == OCREATE && O_EXCL == OEXCL, "O_ flags");
_Static_assert(O_APPEND == OAPPEND && O_CLOEXEC == OCEXEC, "O_ flags");

/*
 * Open path; with O_CREAT the third argument is the new file's mode:
 * permission bits, and Plan 9's DMDIR, DMAPPEND, DMEXCL, DMTMP pass
 * through to the server's create.
 */
int
open(const char *path, int flags, ...)
{
	va_list ap;
	int mode, fd;

	mode = 0;
	if(flags & O_CREAT){
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	fd = _sysret(_sys_open((long)path, flags & ~O_NONBLOCK, (unsigned)mode & (0777|0x80000000|0x40000000|0x20000000|0x04000000)));
	if(fd >= 0 && fd < 64)
		_fdnonblock[fd] = (flags & O_NONBLOCK) != 0;
	return fd;
}

/* Create (or truncate) path for writing. */
int
creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY|O_CREAT|O_TRUNC, mode);
}
