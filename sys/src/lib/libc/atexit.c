/*
 * atexit: functions for exit to call.
 */
#include <u.h>
#include <stdlib.h>
#include "impl.h"

enum {
	NATEXIT	= 32,
};

static void	(*fns[NATEXIT])(void);
static int	nfns;

/* Have exit call f (last registered, first called); -1 if the table is full. */
int
atexit(void (*f)(void))
{
	if(nfns >= NATEXIT)
		return -1;
	fns[nfns++] = f;
	return 0;
}

/* Call the registered functions, newest first, each once. */
void
_runatexit(void)
{
	while(nfns > 0)
		fns[--nfns]();
}
