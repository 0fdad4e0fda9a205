/*
 * libc_argtest: ARGBEGIN/ARGEND exercised for the host unit test
 * (libc_test.c).  Compiled freestanding with Ninefold's headers and
 * renamed with the rest of libc, so it is nf_argtest there.
 */
#include <libc.h>

/*
 * Parse flags -a -b -c (no argument) and -o, -x (with one) and
 * describe what was seen in out: letters and arguments, then "|",
 * then the operands separated by ",".
 */
int
argtest(int argc, char **argv, char *out, int n)
{
	int len;

	len = 0;
	out[0] = 0;
	ARGBEGIN{
	case 'a':
	case 'b':
	case 'c':
		len += snprintf(out+len, n-len, "%c", ARGC());
		break;
	case 'o':
		len += snprintf(out+len, n-len, "o=%s", ARGF());
		break;
	case 'x':
		len += snprintf(out+len, n-len, "x=%s", EARGF(snprintf(out, n, "usage")));
		break;
	default:
		len += snprintf(out+len, n-len, "?%c", ARGC());
		break;
	}ARGEND
	len += snprintf(out+len, n-len, "|");
	for(; argc > 0; argc--, argv++)
		len += snprintf(out+len, n-len, "%s%s", *argv, argc > 1 ? "," : "");
	return strcmp(argv0, "prog") == 0 ? 0 : -1;
}
