/*
 * irqline.h: the bookkeeping of one interrupt line shared by several
 * holders (each open of irq:/N), pure so the host unit tests run it.
 * An interrupt masks the line and every holder then owes a read: the
 * first read after it returns at once (the interrupt is news), the
 * next says the holder is done with its device; when every holder is
 * done the line is unmasked.  The caller masks and unmasks the line
 * as these say, and sleeps and wakes the readers.
 */
typedef struct Irqhold Irqhold;
typedef struct Irqline Irqline;

struct Irqhold {
	uvlong	seen;		/* the line's count at its last read */
	int	owes;		/* has not come back since the last interrupt */
	Irqhold	*next;
};

struct Irqline {
	int	claimed;	/* holders */
	uvlong	count;		/* interrupts so far */
	int	nowe;		/* holders that owe a read */
	Irqhold	*hold;
};

int	irqlineopen(Irqline *l, Irqhold *h);
int	irqlineclose(Irqline *l, Irqhold *h);
void	irqlineintr(Irqline *l);
int	irqlineback(Irqline *l, Irqhold *h);
int	irqlinenews(Irqline *l, Irqhold *h);
