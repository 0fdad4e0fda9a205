/*
 * error.c: the error strings lib9p and its servers share.  The
 * texts are errno.h's, so the kernel maps them to errno values.
 */
#include <u.h>
#include <9p.h>

char Enofile[] = "file does not exist";
char Eperm[] = "permission denied";
char Eexist[] = "file already exists";
char Eisdir[] = "is a directory";
char Enotdir[] = "not a directory";
char Enotempty[] = "directory is not empty";	/* fossil's words, which Linux's v9fs knows */
char Einuse[] = "file in use";
char Ebadarg[] = "bad argument";
char Enomem[] = "out of memory";
