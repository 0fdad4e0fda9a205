/*
 * errno: the error number of the last failed call.
 */
#include <errno.h>

int	errno;
