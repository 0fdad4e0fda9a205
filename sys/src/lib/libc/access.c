/*
 * access: can a file be read, written, run?
 */
#include <u.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>
#include "impl.h"

/*
 * 0 if url exists and (for R_OK, W_OK, X_OK) some permission class
 * grants the access; -1 otherwise (EACCES).  Ninefold has no user
 * ids to check yet, so any of the owner, group and other bits counts.
 */
int
access(const char *url, int mode)
{
	struct stat st;

	if(stat(url, &st) < 0)
		return -1;
	if((mode & R_OK) && (st.st_mode & 0444) == 0)
		return _seterr(EACCES, nil);
	if((mode & W_OK) && (st.st_mode & 0222) == 0)
		return _seterr(EACCES, nil);
	if((mode & X_OK) && (st.st_mode & 0111) == 0)
		return _seterr(EACCES, nil);
	return 0;
}
