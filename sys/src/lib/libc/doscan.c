/*
 * _doscan: the engine of the scanf family, over a stream or a string.
 *
 * Conversions: %d %i %u %o %x %X %p, %e %f %g %a (and upper case),
 * %s %c %[set] %[^set], %n, %%; an assignment-suppressing '*', a
 * width, and the sizes hh h l ll j z t L q.
 */
#include <u.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stdioimpl.h"

enum {
	TOKMAX	= 512,		/* longest number token read */
	SHH = 1, SH, SL, SLL, SLD, SSIZE, SPTR,
};

/* The next input byte, or EOF. */
static int
get(Scan *sc)
{
	int c;

	if(sc->f != nil)
		c = fgetc(sc->f);
	else if(*sc->s != 0)
		c = (uchar)*sc->s++;
	else
		c = EOF;
	if(c != EOF)
		sc->n++;
	return c;
}

/* Give back c, the byte get just returned. */
static void
unget(Scan *sc, int c)
{
	if(c == EOF)
		return;
	sc->n--;
	if(sc->f != nil)
		ungetc(c, sc->f);
	else
		sc->s--;
}

/* Skip white space; return the first other byte (consumed) or EOF. */
static int
skipws(Scan *sc)
{
	int c;

	while((c = get(sc)) != EOF && isspace(c))
		;
	return c;
}

/* Read an integer token in base into tok (at most w bytes); its length. */
static int
inttok(Scan *sc, int c, int base, int w, char *tok)
{
	int n, d;

	n = 0;
	if((c == '+' || c == '-') && n < w){
		tok[n++] = c;
		c = get(sc);
	}
	if((base == 0 || base == 16) && c == '0' && n < w){
		tok[n++] = c;
		c = get(sc);
		if((c == 'x' || c == 'X') && n < w){
			tok[n++] = c;
			c = get(sc);
			base = 16;
		}else if(base == 0)
			base = 8;
	}
	if(base == 0)
		base = 10;
	for(; n < w && c != EOF; c = get(sc)){
		if(isdigit(c))
			d = c - '0';
		else if(isalpha(c))
			d = tolower(c) - 'a' + 10;
		else
			break;
		if(d >= base)
			break;
		tok[n++] = c;
	}
	unget(sc, c);
	tok[n] = 0;
	return n;
}

/*
 * Is the token a number: all digits of base after the sign, or a
 * bare "0x" (which, as in glibc, reads as 0)?
 */
static int
hasdigits(const char *tok, int n, int base)
{
	char *end;

	if(n == 0)
		return 0;
	strtoull(tok, &end, base);
	if(end == tok + n)
		return 1;
	return n >= 2 && (tok[n-1] == 'x' || tok[n-1] == 'X') && tok[n-2] == '0';
}

/* Read a floating-point token into tok (at most w bytes); its length. */
static int
flttok(Scan *sc, int c, int w, char *tok)
{
	int n, hex, dot, digits, i;
	const char *word;

	n = 0;
	if((c == '+' || c == '-') && n < w){
		tok[n++] = c;
		c = get(sc);
	}
	if(c == 'i' || c == 'I' || c == 'n' || c == 'N'){
		word = c == 'i' || c == 'I' ? "infinity" : "nan";
		for(i = 0; word[i] != 0 && n < w && tolower(c) == word[i]; i++){
			tok[n++] = c;
			c = get(sc);
		}
		unget(sc, c);
		tok[n] = 0;
		return n;
	}
	hex = 0;
	if(c == '0' && n < w){
		tok[n++] = c;
		c = get(sc);
		if((c == 'x' || c == 'X') && n < w){
			tok[n++] = c;
			c = get(sc);
			hex = 1;
		}
	}
	dot = 0;
	digits = n > 0 && tok[n-1] == '0';
	for(; n < w && c != EOF; c = get(sc)){
		if(hex ? isxdigit(c) : isdigit(c))
			digits = 1;
		else if(c == '.' && !dot)
			dot = 1;
		else
			break;
		tok[n++] = c;
	}
	if(digits && n < w && (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))){
		tok[n++] = c;
		c = get(sc);
		if((c == '+' || c == '-') && n < w){
			tok[n++] = c;
			c = get(sc);
		}
		for(; n < w && isdigit(c); c = get(sc))
			tok[n++] = c;
	}
	unget(sc, c);
	tok[n] = 0;
	return n;
}

/* Store integer v at the next pointer, as size says. */
static void
storeint(va_list *ap, int size, uvlong v)
{
	switch(size){
	case SHH:
		*va_arg(*ap, char*) = v;
		break;
	case SH:
		*va_arg(*ap, short*) = v;
		break;
	case SL:
	case SSIZE:
	case SPTR:
		*va_arg(*ap, long*) = v;
		break;
	case SLL:
		*va_arg(*ap, long long*) = v;
		break;
	default:
		*va_arg(*ap, int*) = v;
		break;
	}
}

/* Parse a %[ set at fmt (after the '['): fill in[256]; return the byte after ']'. */
static const char*
scanset(const char *fmt, char *in)
{
	int neg, c, i;

	neg = *fmt == '^';
	if(neg)
		fmt++;
	memset(in, 0, 256);
	if(*fmt == ']'){
		in[']'] = 1;
		fmt++;
	}
	for(; *fmt != 0 && *fmt != ']'; fmt++){
		c = (uchar)*fmt;
		if(fmt[1] == '-' && fmt[2] != ']' && fmt[2] != 0 && (uchar)fmt[2] >= c){
			for(i = c; i <= (uchar)fmt[2]; i++)
				in[i] = 1;
			fmt += 2;
		}else
			in[c] = 1;
	}
	if(neg)
		for(i = 0; i < 256; i++)
			in[i] = !in[i];
	if(*fmt == ']')
		fmt++;
	return fmt;
}

/*
 * Scan input from sc as fmt directs, storing through the pointers in
 * ap.  Return the number of items assigned, or EOF if the input ended
 * before anything was assigned.
 */
int
_doscan(Scan *sc, const char *fmt, va_list ap0)
{
	char tok[TOKMAX+1], set[256], *p;
	int nas, c, suppress, width, size, conv, n, base, sgn;
	uvlong v;
	double d;
	va_list ap;

	va_copy(ap, ap0);
	nas = 0;
	for(; *fmt != 0; fmt++){
		if(isspace((uchar)*fmt)){
			unget(sc, skipws(sc));
			continue;
		}
		if(*fmt != '%' || fmt[1] == '%'){
			if(*fmt == '%'){
				fmt++;
				c = skipws(sc);
			}else
				c = get(sc);
			if(c == EOF)
				goto inputfail;
			if(c != (uchar)*fmt){
				unget(sc, c);
				goto out;
			}
			continue;
		}
		fmt++;
		suppress = 0;
		if(*fmt == '*'){
			suppress = 1;
			fmt++;
		}
		width = 0;
		while(isdigit((uchar)*fmt))
			width = width*10 + *fmt++ - '0';
		size = 0;
		switch(*fmt){
		case 'h':
			size = fmt[1] == 'h' ? SHH : SH;
			fmt += size == SHH ? 2 : 1;
			break;
		case 'l':
			size = fmt[1] == 'l' ? SLL : SL;
			fmt += size == SLL ? 2 : 1;
			break;
		case 'q':
		case 'j':
			size = SLL;
			fmt++;
			break;
		case 'L':
			size = SLD;
			fmt++;
			break;
		case 'z':
		case 't':
			size = SSIZE;
			fmt++;
			break;
		}
		conv = *fmt;
		if(conv == 0)
			goto out;
		if(conv == 'n'){
			if(!suppress)
				storeint(&ap, size, sc->n);
			continue;
		}
		if(conv != 'c' && conv != '['){
			c = skipws(sc);
			if(c == EOF)
				goto inputfail;
		}else{
			c = get(sc);
			if(c == EOF)
				goto inputfail;
		}
		switch(conv){
		case 'd':
		case 'i':
		case 'u':
		case 'o':
		case 'x':
		case 'X':
		case 'p':
			base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			if(conv == 'p')
				size = SPTR;
			n = inttok(sc, c, base, width > 0 && width < TOKMAX ? width : TOKMAX, tok);
			if(!hasdigits(tok, n, base))
				goto out;
			if(!suppress){
				if(conv == 'd' || conv == 'i')
					v = strtoll(tok, nil, base);
				else
					v = strtoull(tok, nil, base);
				storeint(&ap, size, v);
				nas++;
			}
			break;
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		case 'a':
		case 'A':
			n = flttok(sc, c, width > 0 && width < TOKMAX ? width : TOKMAX, tok);
			d = strtod(tok, &p);
			if(n == 0 || p == tok)	/* "1e" reads as 1, as in glibc */
				goto out;
			if(!suppress){
				if(size == SLD)
					*va_arg(ap, long double*) = d;
				else if(size == SL)
					*va_arg(ap, double*) = d;
				else
					*va_arg(ap, float*) = d;
				nas++;
			}
			break;
		case 's':
			p = suppress ? nil : va_arg(ap, char*);
			for(n = 0; c != EOF && !isspace(c) && (width == 0 || n < width); n++){
				if(p != nil)
					*p++ = c;
				c = get(sc);
			}
			unget(sc, c);
			if(p != nil){
				*p = 0;
				nas++;
			}
			break;
		case 'c':
			if(width == 0)
				width = 1;
			p = suppress ? nil : va_arg(ap, char*);
			for(n = 0; ; ){
				if(p != nil)
					*p++ = c;
				if(++n == width)
					break;
				c = get(sc);
				if(c == EOF)
					break;
			}
			if(n < width && n == 0)
				goto inputfail;
			if(p != nil)
				nas++;
			break;
		case '[':
			fmt = scanset(fmt + 1, set) - 1;
			p = suppress ? nil : va_arg(ap, char*);
			sgn = 0;
			for(n = 0; c != EOF && set[c] && (width == 0 || n < width); n++){
				if(p != nil)
					*p++ = c;
				c = get(sc);
				sgn = 1;
			}
			unget(sc, c);
			if(!sgn)
				goto out;
			if(p != nil){
				*p = 0;
				nas++;
			}
			break;
		default:
			unget(sc, c);
			goto out;
		}
	}
out:
	va_end(ap);
	return nas;
inputfail:
	va_end(ap);
	return nas > 0 ? nas : EOF;
}
