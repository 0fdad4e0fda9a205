/*
 * url.h: a URL made absolute and clean (url.c), pure so the host unit
 * tests run it.
 */
int	cleanurl(char *url, char *dot, char *out, int n);
