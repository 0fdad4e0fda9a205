/*
 * environ: the environment, "name=value" strings ending in nil;
 * set by crt0.
 */
#include <u.h>
#include <unistd.h>

char	**environ;
