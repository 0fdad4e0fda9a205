/*
 * getopt: POSIX option parsing (for programs not using ARGBEGIN).
 */
#include <u.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char	*optarg;
int	optind = 1;
int	opterr = 1;
int	optopt;
int	optreset;

static int	optpos;		/* next letter within argv[optind], 0: start */

/*
 * Return the next option letter of argv as described by opts (a
 * letter followed by ':' takes an argument, either the rest of the
 * word or the next word), or -1 at the first operand, at "--" (which
 * is skipped) or at the end.  An unknown letter or a missing argument
 * returns '?' (or ':' for a missing argument when opts starts with
 * ':') with optopt set, and prints a message unless opterr is 0 or
 * opts starts with ':'.  Setting optind to 0 (or optreset to 1)
 * starts over.
 */
int
getopt(int argc, char *const argv[], const char *opts)
{
	const char *p;
	char *w;
	int c, quiet;

	if(optind == 0 || optreset){
		optind = 1;
		optpos = 0;
		optreset = 0;
	}
	optarg = nil;
	quiet = opts[0] == ':';
	if(optpos == 0){
		if(optind >= argc || argv[optind] == nil)
			return -1;
		w = argv[optind];
		if(w[0] != '-' || w[1] == 0)
			return -1;
		if(strcmp(w, "--") == 0){
			optind++;
			return -1;
		}
		optpos = 1;
	}
	w = argv[optind];
	c = (uchar)w[optpos++];
	p = c != ':' ? strchr(opts + quiet, c) : nil;
	if(w[optpos] == 0){
		optind++;
		optpos = 0;
	}
	if(p == nil || c == 0){
		optopt = c;
		if(opterr && !quiet)
			fprintf(stderr, "%s: illegal option -- %c\n", argv[0], c);
		return '?';
	}
	if(p[1] != ':')
		return c;
	if(optpos != 0){
		optarg = w + optpos;
		optind++;
		optpos = 0;
	}else if(optind < argc)
		optarg = argv[optind++];
	else{
		optopt = c;
		if(quiet)
			return ':';
		if(opterr)
			fprintf(stderr, "%s: option requires an argument -- %c\n", argv[0], c);
		return '?';
	}
	return c;
}
