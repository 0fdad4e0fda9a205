/*
 * regexec.c: run a compiled program over a string.  A Pike VM: the
 * threads at one position are kept in a list, at most one per
 * instruction, each carrying its submatch pointers, and the list
 * steps over the text one byte at a time, so the time is linear in
 * the text whatever the expression.  The match is the leftmost, and
 * among the leftmost the longest; submatches are those of the first
 * thread (in the order of the alternatives) to reach it.
 */
#include <u.h>
#include <string.h>
#include <stdlib.h>
#include <regexp.h>
#include "impl.h"

static int
isword(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* lower: ASCII lower case */
static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* assertion: does zero-width op hold at p in the line [bol, ep)? */
static int
assertion(int op, char *bol, char *p, char *ep)
{
	int prev, next;

	prev = p > bol ? (uchar)p[-1] : -1;
	next = p < ep ? (uchar)*p : -1;
	switch(op){
	case IBOL:
		return p == bol || prev == '\n';
	case IEOL:
		return p == ep || next == '\n';
	case IBOT:
		return p == bol;
	case IEOT:
		return p == ep;
	case IWORDB:
		return isword(prev) != isword(next);
	case INWORDB:
		return isword(prev) == isword(next);
	case IWBEG:
		return !isword(prev) && isword(next);
	case IWEND:
		return isword(prev) && !isword(next);
	}
	return 0;
}

/*
 * addthread: add pc (and everything it reaches without reading a
 * byte) to list l at position p, with submatches sub.  An explicit
 * stack, not recursion: entries >= 0 are pcs to visit, -(k+1) means
 * "put slot k back to saved[i]" once the branch that set it is done.
 * prog->mark keeps each pc to once per list (gen).
 */
static void
addthread(Reprog *prog, Tlist *l, int pc0, char **sub, char *bol, char *p, char *ep, int gen)
{
	int *stack, n, pc, k;
	char **saved;
	Inst *in;
	Thread *t;

	stack = prog->stack;
	saved = prog->saved;
	n = 0;
	stack[n++] = pc0;
	while(n > 0){
		pc = stack[--n];
		if(pc < 0){
			sub[-pc-1] = saved[n];
			continue;
		}
		if(prog->mark[pc] == gen)
			continue;
		prog->mark[pc] = gen;
		in = &prog->inst[pc];
		switch(in->op){
		case IJMP:
			stack[n++] = in->x;
			break;
		case ISPLIT:
			stack[n++] = in->y;
			stack[n++] = in->x;
			break;
		case ISAVE:
			k = in->n;
			if(k < prog->nslot){
				saved[n] = sub[k];
				stack[n++] = -k-1;
				sub[k] = p;
			}
			stack[n++] = pc + 1;
			break;
		case IBOL: case IEOL: case IBOT: case IEOT: case IWORDB: case INWORDB: case IWBEG: case IWEND:
			if(assertion(in->op, bol, p, ep))
				stack[n++] = pc + 1;
			break;
		default:
			t = &l->t[l->n];
			t->pc = pc;
			t->sub = l->subs + (usize)l->n * prog->nslot;
			memmove(t->sub, sub, prog->nslot * sizeof(char*));
			l->n++;
			break;
		}
	}
}

/*
 * regexecx: find the leftmost-longest match in [sp, ep) (ep nil: to
 * sp's NUL), where the line begins at bol (nil: sp) for ^ and \b.
 * On a match, 1, with match[0] the whole match and match[i] group i
 * (nil pointers for groups that took no part), msize entries filled;
 * else 0.
 */
int
regexecx(Reprog *prog, char *bol, char *sp, char *ep, Resub *match, int msize)
{
	Tlist *cl, *nl, *tl;
	Thread *t;
	Inst *in;
	char *p, *best[2*REGNSUB];
	int i, c, ok, matched, gen;

	if(prog == nil || sp == nil)
		return 0;
	if(ep == nil)
		ep = sp + strlen(sp);
	if(bol == nil || bol > sp)
		bol = sp;
	memset(prog->mark, 0, prog->ninst * sizeof(int));
	gen = 1;
	cl = &prog->list[0];
	nl = &prog->list[1];
	cl->n = 0;
	matched = 0;
	for(p = sp;; p++){
		if(!matched){
			for(i = 0; i < prog->nslot; i++)
				prog->tmpsub[i] = nil;
			addthread(prog, cl, 0, prog->tmpsub, bol, p, ep, gen);
		}
		if(cl->n == 0 && (matched || p >= ep))
			break;
		c = p < ep ? (uchar)*p : -1;
		gen++;
		nl->n = 0;
		for(i = 0; i < cl->n; i++){
			t = &cl->t[i];
			if(matched && t->sub[0] > best[0])
				continue;	/* starts right of the match */
			in = &prog->inst[t->pc];
			ok = 0;
			switch(in->op){
			case IMATCH:
				if(!matched || t->sub[0] < best[0] || (t->sub[0] == best[0] && t->sub[1] > best[1])){
					memmove(best, t->sub, prog->nslot * sizeof(char*));
					matched = 1;
				}
				break;
			case ICHAR:
				ok = c >= 0 && (in->icase ? lower(c) : c) == in->c;
				break;
			case IANY:
				ok = c >= 0 && c != '\n';
				break;
			case IANYNL:
				ok = c >= 0;
				break;
			case ICLASS:
				ok = c >= 0 && (in->cls[c>>3] & (1 << (c&7)));
				break;
			}
			if(ok)
				addthread(prog, nl, t->pc + 1, t->sub, bol, p + 1, ep, gen);
		}
		tl = cl;
		cl = nl;
		nl = tl;
		if(p >= ep)
			break;
	}
	if(!matched)
		return 0;
	for(i = 0; i < msize; i++){
		if(2*i + 1 < prog->nslot && best[2*i] != nil && best[2*i+1] != nil){
			match[i].sp = best[2*i];
			match[i].ep = best[2*i+1];
		}else
			match[i].sp = match[i].ep = nil;
	}
	return 1;
}

/*
 * regexec: as Plan 9's: match in s; if match[0].sp is set on entry
 * the search starts there, and if match[0].ep is set the text ends
 * there.
 */
int
regexec(Reprog *prog, char *s, Resub *match, int msize)
{
	char *sp, *ep;

	sp = s;
	ep = nil;
	if(match != nil && msize > 0){
		if(match[0].sp != nil)
			sp = match[0].sp;
		if(match[0].ep != nil)
			ep = match[0].ep;
	}
	return regexecx(prog, s, sp, ep, match, msize);
}
