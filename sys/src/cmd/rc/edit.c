/*
 * edit.c: line editing on the console.  While a line is read,
 * cons:/ctl is in raw mode and rc echoes what is typed itself:
 * printable bytes insert at the cursor; backspace and DEL delete
 * before it; ^A and ^E go to the start and end; ^U deletes to the
 * start, ^W the word before the cursor; the left and right arrows
 * (ESC [ D, ESC [ C) move; up and down (ESC [ A, ESC [ B) walk the
 * history; ^C abandons the line; ^D on an empty line is the end of
 * input; return ends the line.  Lines may be of any length.
 */
#include "rc.h"
#include <unistd.h>

enum { NHIST = 100 };

static char	*hist[NHIST];
static int	nhist;

/* Remember line (n bytes, without its newline) for up and down. */
void
addhistory(char *line, long n)
{
	char *s;

	if(n == 0)
		return;
	if(nhist > 0 && strlen(hist[nhist-1]) == (size_t)n && memcmp(hist[nhist-1], line, n) == 0)
		return;
	s = emalloc(n+1);
	memmove(s, line, n);
	s[n] = 0;
	if(nhist == NHIST){
		free(hist[0]);
		memmove(hist, hist+1, (NHIST-1)*sizeof hist[0]);
		nhist--;
	}
	hist[nhist++] = s;
}

typedef struct Line Line;
struct Line {
	char	*s;
	long	n, cap;
	long	cur;
	long	shown;	/* bytes of the line on the screen after the prompt */
};

/* echo output, gathered and written when rc waits for input */
static char	obuf[1024];
static int	nobuf;

static void
flushout(void)
{
	long w, k;

	for(w = 0; w < nobuf; w += k){
		k = write(1, obuf+w, nobuf-w);
		if(k <= 0)
			break;
	}
	nobuf = 0;
}

static void
out(char *s, long n)
{
	long k;

	while(n > 0){
		if(nobuf == sizeof obuf)
			flushout();
		k = sizeof obuf - nobuf;
		if(k > n)
			k = n;
		memmove(obuf+nobuf, s, k);
		nobuf += k;
		s += k;
		n -= k;
	}
}

static void
outs(char *s)
{
	out(s, strlen(s));
}

/* Redraw from the cursor's old place: the text after pos, then put the cursor back. */
static void
redraw(Line *l, long from)
{
	long i;

	out(l->s + from, l->n - from);
	/* blank what is left of a longer old line */
	for(i = l->n; i < l->shown; i++)
		out(" ", 1);
	for(i = (l->shown > l->n ? l->shown : l->n); i > l->cur; i--)
		out("\b", 1);
	l->shown = l->n;
}

static void
insert(Line *l, int c)
{
	if(l->n + 2 > l->cap){
		l->cap = l->cap ? 2*l->cap : 128;
		l->s = erealloc(l->s, l->cap);
	}
	memmove(l->s + l->cur + 1, l->s + l->cur, l->n - l->cur);
	l->s[l->cur] = c;
	l->n++;
	l->cur++;
	if(l->cur == l->n){
		char b = c;
		out(&b, 1);
		l->shown = l->n;
	}else{
		out(l->s + l->cur - 1, 1);
		redraw(l, l->cur);
	}
}

/* Delete the bytes [from, l->cur) and redraw. */
static void
delback(Line *l, long from)
{
	long k, i;

	k = l->cur - from;
	if(k <= 0)
		return;
	for(i = 0; i < k; i++)
		out("\b", 1);
	memmove(l->s + from, l->s + l->cur, l->n - l->cur);
	l->n -= k;
	l->cur = from;
	redraw(l, from);
}

/* Replace the whole line by s. */
static void
replace(Line *l, char *s)
{
	long n;

	while(l->cur > 0){
		out("\b", 1);
		l->cur--;
	}
	n = strlen(s);
	if(n + 2 > l->cap){
		l->cap = n + 128;
		l->s = erealloc(l->s, l->cap);
	}
	memmove(l->s, s, n);
	l->n = n;
	redraw(l, 0);
	l->cur = n;
	/* the cursor is at 0 after redraw's backspaces; move it to the end */
	out(l->s, n);
}

/* typed bytes not yet handled */
static unsigned char	ibuf[512];
static int	nibuf, pibuf;

/* The next byte from the console; -1 at the end or on an error. */
static int
inbyte(void)
{
	int n;

	if(pibuf >= nibuf){
		flushout();
		n = read(0, ibuf, sizeof ibuf);
		if(n <= 0)
			return -1;
		nibuf = n;
		pibuf = 0;
	}
	return ibuf[pibuf++];
}

/*
 * Read a line with editing after printing prompt.  Returns it with
 * its newline (malloc'd, *len bytes), or nil at the end of input.
 */
char*
editline(char *prompt, long *len)
{
	Line l;
	int c, h, d;
	char *saved;

	memset(&l, 0, sizeof l);
	l.s = emalloc(l.cap = 128);
	h = nhist;
	saved = nil;
	osrawon(1);
	outs(prompt);
	for(;;){
		c = inbyte();
		if(c < 0){
			if(intr){
				/* a note came: give an empty line */
				intr = 0;
				l.n = 0;
				break;
			}
			flushout();
			osrawon(0);
			free(l.s);
			free(saved);
			return nil;
		}
		switch(c){
		case '\r':
		case '\n':
			goto done;
		case 0x04:	/* ^D */
			if(l.n == 0){
				outs("\n");
				flushout();
				osrawon(0);
				free(l.s);
				free(saved);
				return nil;
			}
			break;
		case 0x03:	/* ^C: the line goes; what was typed after it stays */
			outs("^C\n");
			flushout();
			l.n = 0;
			l.cur = 0;
			osrawon(0);
			free(saved);
			l.s[0] = '\n';
			*len = 1;
			return l.s;
		case 0x08:
		case 0x7F:
			if(l.cur > 0)
				delback(&l, l.cur - 1);
			break;
		case 0x15:	/* ^U */
			delback(&l, 0);
			break;
		case 0x17:	/* ^W */
			d = l.cur;
			while(d > 0 && (l.s[d-1] == ' ' || l.s[d-1] == '\t'))
				d--;
			while(d > 0 && l.s[d-1] != ' ' && l.s[d-1] != '\t')
				d--;
			delback(&l, d);
			break;
		case 0x01:	/* ^A */
			while(l.cur > 0){
				out("\b", 1);
				l.cur--;
			}
			break;
		case 0x05:	/* ^E */
			out(l.s + l.cur, l.n - l.cur);
			l.cur = l.n;
			break;
		case 0x1B:	/* ESC [ x */
			if(inbyte() != '[')
				break;
			c = inbyte();
			switch(c){
			case 'D':
				if(l.cur > 0){
					out("\b", 1);
					l.cur--;
				}
				break;
			case 'C':
				if(l.cur < l.n){
					out(l.s + l.cur, 1);
					l.cur++;
				}
				break;
			case 'A':
				if(h > 0){
					if(h == nhist){
						free(saved);
						saved = emalloc(l.n + 1);
						memmove(saved, l.s, l.n);
						saved[l.n] = 0;
					}
					h--;
					replace(&l, hist[h]);
				}
				break;
			case 'B':
				if(h < nhist){
					h++;
					replace(&l, h == nhist ? (saved ? saved : "") : hist[h]);
				}
				break;
			}
			break;
		default:
			if(c >= ' ' || c == '\t')
				insert(&l, c);
			break;
		}
	}
done:
	outs("\n");
	flushout();
	osrawon(0);
	free(saved);
	addhistory(l.s, l.n);
	if(l.n + 2 > l.cap)
		l.s = erealloc(l.s, l.n + 2);
	l.s[l.n++] = '\n';
	*len = l.n;
	return l.s;
}
