/*
 * true: do nothing, successfully (for scripts and loops: while(true)).
 */
#include <libc.h>

int
main(void)
{
	return 0;
}
