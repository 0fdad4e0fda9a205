/*
 * sigemptyset, sigfillset, sigaddset, sigdelset, sigismember: signal
 * sets, one bit a signal.
 */
#include <u.h>
#include <errno.h>
#include <signal.h>
#include "impl.h"

/* Empty *s. */
int
sigemptyset(sigset_t *s)
{
	*s = 0;
	return 0;
}

/* Put every signal in *s. */
int
sigfillset(sigset_t *s)
{
	*s = ~0UL;
	return 0;
}

/* Add sig to *s; 0 or -1 (EINVAL). */
int
sigaddset(sigset_t *s, int sig)
{
	if(sig <= 0 || sig >= NSIG)
		return _seterr(EINVAL, nil);
	*s |= 1UL << sig;
	return 0;
}

/* Take sig out of *s; 0 or -1 (EINVAL). */
int
sigdelset(sigset_t *s, int sig)
{
	if(sig <= 0 || sig >= NSIG)
		return _seterr(EINVAL, nil);
	*s &= ~(1UL << sig);
	return 0;
}

/* 1 if sig is in *s, 0 if not, -1 (EINVAL) for a bad number. */
int
sigismember(const sigset_t *s, int sig)
{
	if(sig <= 0 || sig >= NSIG)
		return _seterr(EINVAL, nil);
	return (*s >> sig) & 1;
}
