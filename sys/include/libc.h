/*
 * libc.h: the Plan 9 view of libc.  It brings in u.h, the system
 * call constants and the standard headers, and adds argument parsing
 * (ARGBEGIN), sysfatal, errstr, exits and print.
 */
#ifndef LIBC_H
#define LIBC_H

#include <u.h>
#include <syscall.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <limits.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <ctype.h>
#include <unistd.h>
#include <fcntl.h>
#include <time.h>

/* the program's name, set by crt0 and by ARGBEGIN */
extern char	*argv0;

/*
 * Flag parsing.  Between ARGBEGIN and ARGEND is the body of a switch
 * on each option letter; ARGF() is the option's argument (nil if
 * none), EARGF(x) evaluates x (say usage()) when there is none, ARGC()
 * is the current letter.  "--" ends the flags, "-" alone is an operand.
 * Afterwards argc and argv hold the operands.
 */
#define ARGBEGIN \
	for(argv0 = argv[0], argc--, argv++; \
	    argc > 0 && argv[0][0] == '-' && argv[0][1] != 0; \
	    argc--, argv++){ \
		char *_argp = argv[0] + 1, *_argv = nil; \
		int _argl = 0; \
		if(_argp[0] == '-' && _argp[1] == 0){ \
			argc--; \
			argv++; \
			break; \
		} \
		while(*_argp != 0) \
			switch(_argl = *_argp++)
#define ARGEND \
		USED(_argv); \
		USED(_argl); \
	} \
	USED(argc); \
	USED(argv);
#define ARGC()		_argl
#define ARGF() \
	(_argv = *_argp != 0 ? _argp : argc > 1 ? (argc--, *++argv) : nil, \
	 _argp = "", _argv)
#define EARGF(x)	(ARGF() != nil ? _argv : ((x), abort(), (char*)nil))

int	errstr(char *buf, uint n);
void	werrstr(char *fmt, ...);
void	rerrstr(char *buf, uint n);
_Noreturn void	sysfatal(char *fmt, ...);
_Noreturn void	exits(char *msg);
int	print(char *fmt, ...);
int	fprint(int fd, char *fmt, ...);
int	rfork(int flags);

/* channels and namespaces (see syscall.h for the flags) */
int	chan(int fd[2]);
int	mount(int fd, char *name, int flags, char *aname);
int	bind(char *url, char *name, int flags);
int	unmount(char *name);
char	*getwd(char *buf, int n);
char	*urljoin(char *dir, char *name);
int	wstat(char *url, uchar *buf, int n);
int	fwstat(int fd, uchar *buf, int n);
vlong	nsec(void);

/* network connections by net!host!service names (dial(2)) */
int	dial(char *addr, char *local, char *dir, int *cfdp);
int	announce(char *addr, char *dir);
int	netlisten(char *dir, char *newdir);
int	netaccept(int ctl, char *dir);
char	*netmkaddr(char *linear, char *defnet, char *defsrv);

/* a file's stat entry, malloc'd; struct Dir is in fcall.h */
typedef struct Dir Dir;
Dir	*dirstat(char *url);
Dir	*dirfstat(int fd);

/* notes: notify(f) makes f the handler, which ends with noted(NCONT or NDFLT) */
int	notify(void (*f)(void *ureg, char *note));
int	noted(int v);

/* rdline: buffered reading of lines of any length from a descriptor */
typedef struct Rdline Rdline;
struct Rdline {
	int	fd;
	char	*name;	/* for errors: "argv0: name: reason" */
	char	buf[16*1024];
	long	r, w;	/* unread bytes are buf[r:w] */
	char	*line;	/* the last line, grown as needed */
	usize	cap;
	int	err;	/* a read failed (and was reported) */
};
void	rdinit(Rdline *b, int fd, char *name);
char	*rdline(Rdline *b, usize *lenp);

/* eachfile: f(fd, name) on each file named, standard input for none or "-"; 1 if any failed */
int	eachfile(int n, char **names, int (*f)(int fd, char *name));
/* isdirin: whether input fd (called name) is a directory, said as "argv0: name: is a directory" */
int	isdirin(int fd, char *name);

#endif
