/*
 * regsub.c: substitute submatches into a template.
 */
#include <u.h>
#include <string.h>
#include <regexp.h>

/*
 * regsub: copy src to dst (at most dlen bytes with the NUL), putting
 * match[0] for each &, match[n] for each \n (n a digit), and the next
 * byte for \ followed by anything else.  A submatch that did not take
 * part, or n >= msize, gives nothing.
 */
void
regsub(char *src, char *dst, int dlen, Resub *match, int msize)
{
	char *e, *s, *se;
	int n;

	if(dlen <= 0)
		return;
	e = dst + dlen - 1;
	while(*src != 0 && dst < e){
		n = -1;
		if(*src == '\\' && src[1] >= '0' && src[1] <= '9'){
			n = src[1] - '0';
			src += 2;
		}else if(*src == '&'){
			n = 0;
			src++;
		}else if(*src == '\\' && src[1] != 0){
			*dst++ = src[1];
			src += 2;
			continue;
		}else{
			*dst++ = *src++;
			continue;
		}
		if(n >= msize || match == nil)
			continue;
		s = match[n].sp;
		se = match[n].ep;
		if(s == nil || se == nil)
			continue;
		while(s < se && dst < e)
			*dst++ = *s++;
	}
	*dst = 0;
}
