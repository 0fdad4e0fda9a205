/*
 * chantests.h: what chantests' files share: the test 9P server
 * (srv.c) and its knobs.
 */
#include <libc.h>
#include <fcall.h>
#include <sys/wait.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/mman.h>

/* srv.c */
extern char	*vers;		/* what Rversion says */
extern int	stream;		/* serving a pipe: read and write in pieces */
void	serve(int fd);

/* chantests.c: report a failure and end the test (its process) */
void	fail(char *fmt, ...);

/* stress.c */
void	stress(void);
