/*
 * chmod: change the permissions of files, by wstat.
 *	chmod mode file ...
 * The mode is octal (755: the nine permission bits) or symbolic,
 * clauses joined by commas, each [ugoa]...[+-=][rwxalt]...: who (the
 * owner, the group, others, all; none means all), then add, take
 * away or set, then read, write, execute, and (as in Plan 9) a for
 * append-only, l for exclusive use, t for temporary.
 */
#include <libc.h>
#include <fcall.h>

/* usage: the one-line synopsis, and a failing exit */
static void
usage(void)
{
	fprint(2, "usage: chmod [ugoa][+-=][rwxalt] file ... | chmod octal file ...\n");
	exits("usage");
}

/* badmode: a mode that does not parse */
static void
badmode(char *m)
{
	fprint(2, "chmod: bad mode: %s\n", m);
	exits("mode");
}

/* octal: s as an octal mode, or -1 if it is not one */
static long
octal(char *s)
{
	long m;

	if(*s == 0 || strspn(s, "01234567") != strlen(s))
		return -1;
	m = strtol(s, nil, 8);
	return m <= 0777 ? m : -2;
}

/* newmode: the mode old becomes under the symbolic mode s */
static ulong
newmode(ulong old, char *s, char *all)
{
	ulong who, bits, spec;
	int op;

	while(*s != 0){
		who = 0;
		for(; *s != 0 && strchr("ugoa", *s) != nil; s++)
			who |= *s == 'u' ? 0700 : *s == 'g' ? 0070 : *s == 'o' ? 0007 : 0777;
		if(who == 0)
			who = 0777;
		if(*s != '+' && *s != '-' && *s != '=')
			badmode(all);
		op = *s++;
		bits = spec = 0;
		for(; *s != 0 && *s != ','; s++)
			switch(*s){
			case 'r':	bits |= 0444; break;
			case 'w':	bits |= 0222; break;
			case 'x':	bits |= 0111; break;
			case 'a':	spec |= DMAPPEND; break;
			case 'l':	spec |= DMEXCL; break;
			case 't':	spec |= DMTMP; break;
			default:	badmode(all);
			}
		bits &= who;
		if(op == '+')
			old |= bits | spec;
		else if(op == '-')
			old &= ~(bits | spec);
		else
			old = (old & ~(who | DMAPPEND | DMEXCL | DMTMP)) | bits | spec;
		if(*s == ',')
			s++;
	}
	return old;
}

/* chmod1: give url the mode m (octal, or -1: symbolic s); 0 or -1 */
static int
chmod1(char *url, long m, char *s)
{
	uchar buf[STATFIXLEN];
	Dir *d, n;
	ulong mode;

	if((d = dirstat(url)) == nil){
		fprint(2, "chmod: %s: %r\n", url);
		return -1;
	}
	mode = m >= 0 ? (d->mode & ~0777UL) | m : newmode(d->mode, s, s);
	free(d);
	memset(&n, 0xFF, sizeof n);
	n.name = n.uid = n.gid = n.muid = "";
	n.mode = mode;
	if(convD2M(&n, buf, sizeof buf) == 0 || wstat(url, buf, sizeof buf) < 0){
		fprint(2, "chmod: %s: %r\n", url);
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	long m;
	int i, bad;

	argv0 = "chmod";
	if(argc < 3)
		usage();
	m = octal(argv[1]);
	if(m == -2)
		badmode(argv[1]);
	if(m < 0)
		newmode(0, argv[1], argv[1]);	/* check it before any file */
	bad = 0;
	for(i = 2; i < argc; i++)
		bad |= chmod1(argv[i], m, argv[1]) < 0;
	if(bad)
		exits("error");
	return 0;
}
