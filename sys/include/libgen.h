/*
 * libgen.h: basename and dirname of paths and URLs.
 */
#ifndef LIBGEN_H
#define LIBGEN_H

char	*basename(char *path);
char	*dirname(char *path);

#endif
