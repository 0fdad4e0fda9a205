/*
 * argv0: the program's name, for messages; set by _cstart and ARGBEGIN.
 */
#include <libc.h>

char	*argv0;
