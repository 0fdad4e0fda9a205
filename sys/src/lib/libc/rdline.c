/*
 * rdline: read lines of any length from a file descriptor, buffered.
 * The line reader the text commands (head, tail, sort, uniq) share.
 */
#include <libc.h>

/* rdinit: make b read fd, called name in errors */
void
rdinit(Rdline *b, int fd, char *name)
{
	b->fd = fd;
	b->name = name;
	b->r = b->w = 0;
	b->err = 0;
}

/* rdline: the next line of b, with its newline if it has one, and its
 * length in *lenp; nil at the end or after a read error (b->err set).
 * The line is NUL-terminated and lives until the next call. */
char*
rdline(Rdline *b, usize *lenp)
{
	usize len, k;
	char *nl, *p;
	long n;

	len = 0;
	for(;;){
		if(b->r == b->w){
			n = read(b->fd, b->buf, sizeof b->buf);
			if(n < 0){
				fprint(2, "%s: %s: %r\n", argv0, b->name);
				b->err = 1;
				return nil;
			}
			if(n == 0){
				if(len == 0)
					return nil;
				break;
			}
			b->r = 0;
			b->w = n;
		}
		nl = memchr(b->buf + b->r, '\n', b->w - b->r);
		k = nl != nil ? (usize)(nl - (b->buf + b->r)) + 1 : (usize)(b->w - b->r);
		if(len + k + 1 > b->cap){
			b->cap = (len + k + 1) * 2;
			if((p = realloc(b->line, b->cap)) == nil){
				fprint(2, "%s: out of memory\n", argv0);
				exits("memory");
			}
			b->line = p;
		}
		memmove(b->line + len, b->buf + b->r, k);
		len += k;
		b->r += k;
		if(nl != nil)
			break;
	}
	b->line[len] = 0;
	*lenp = len;
	return b->line;
}
