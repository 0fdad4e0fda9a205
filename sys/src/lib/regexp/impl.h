/*
 * impl.h: libregexp's insides.  regcomp parses an expression into a
 * tree of Node, then emits a program of Inst for regexec's Pike VM
 * (a Thompson NFA simulation that carries submatch pointers).
 */

/* instruction opcodes */
enum {
	ICHAR,		/* one byte, c */
	IANY,		/* any byte but newline */
	IANYNL,		/* any byte */
	ICLASS,		/* a byte in the set cls */
	ISPLIT,		/* go to x and to y, x first */
	IJMP,		/* go to x */
	ISAVE,		/* record the position in slot n */
	IBOL,		/* assertions: beginning of line */
	IEOL,		/* end of line */
	IBOT,		/* the beginning of the text (REGNOLINES' ^) */
	IEOT,		/* the end of the text (REGNOLINES' $) */
	IWORDB,		/* \b: a word boundary */
	INWORDB,	/* \B: not a word boundary */
	IWBEG,		/* \<: the start of a word */
	IWEND,		/* \>: the end of a word */
	IMATCH,		/* success */
};

typedef struct Inst Inst;
struct Inst {
	uchar	op;
	uchar	c;	/* ICHAR: the byte (lower case if icase) */
	uchar	icase;	/* ICHAR: compare case-blind */
	int	n;	/* ISAVE: the slot */
	int	x;	/* ISPLIT, IJMP */
	int	y;	/* ISPLIT */
	uchar	*cls;	/* ICLASS: 256-bit set */
};

/* a thread of the VM: where it is, and its submatch slots */
typedef struct Thread Thread;
struct Thread {
	int	pc;
	char	**sub;
};

typedef struct Tlist Tlist;
struct Tlist {
	int	n;
	Thread	*t;
	char	**subs;	/* room for ninst threads' slots */
};

struct Reprog {
	Inst	*inst;
	int	ninst;
	int	nslot;		/* 2 * (groups + 1), at most 2*REGNSUB */
	uchar	*cls;		/* the classes' sets, 32 bytes each */
	int	ncls;
	/* scratch for regexec, made once at compile time */
	Tlist	list[2];
	int	*mark;		/* per pc: the step that last added it */
	int	*stack;		/* addthread's explicit stack */
	char	**saved;
	char	**tmpsub;
};

enum {
	MAXINST	= 20000,	/* a bigger program is "expression too big" */
	MAXDEPTH = 200,		/* nesting of parentheses */
	MAXOPS	= 8,		/* closures on one atom, as a** */
	MAXREP	= 1000,		/* the largest count in {n,m} */
};
