/*
 * exits: Plan 9's exit.
 */
#include <libc.h>

/* Exit with status 0 for a nil or empty message, 1 otherwise. */
_Noreturn void
exits(char *msg)
{
	exit(msg != nil && *msg != 0 ? 1 : 0);
}
