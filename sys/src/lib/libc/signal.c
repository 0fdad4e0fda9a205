/*
 * signal, sigaction, raise, sigprocmask: POSIX signals over Plan 9
 * notes.  libc installs one note handler (_sigdispatch) the first time
 * a signal is caught or ignored.  It maps the note to a signal number,
 * runs the program's handler (or ignores the note, or dies of it), and
 * continues with noted(NCONT); a blocked signal waits in a pending set
 * until sigprocmask unblocks it.  "kill" cannot be caught, and the
 * kernel's "sys: ..." notes (faults) are always fatal, but for "sys:
 * write on closed pipe", which is SIGPIPE.
 */
#include <libc.h>
#include <signal.h>
#include "impl.h"

typedef void (*Handler)(int);

static Handler	handlers[NSIG];
static sigset_t	blocked;
static volatile sigset_t	pending;
static int	notifying;	/* _sigdispatch is the note handler */

/* The note each catchable signal travels as. */
static const struct {
	char	*note;
	int	sig;
} notes[] = {
	{ "interrupt",	SIGINT },
	{ "hangup",	SIGHUP },
	{ "alarm",	SIGALRM },
	{ "quit",	SIGQUIT },
	{ "usr1",	SIGUSR1 },
	{ "usr2",	SIGUSR2 },
	{ "term",	SIGTERM },
	{ "pipe",	SIGPIPE },
	{ "sys: write on closed pipe",	SIGPIPE },	/* the kernel's, as Plan 9's */
	{ "kill",	SIGKILL },
};

/* The bit for sig in a sigset_t. */
#define BIT(sig)	(1UL << (sig))

/* The signal a note stands for: 0 for faults and unknown notes. */
int
_notesig(char *note)
{
	uint i;

	for(i = 0; i < nelem(notes); i++)
		if(strcmp(note, notes[i].note) == 0)
			return notes[i].sig;
	return 0;
}

/* The note that stands for sig, or nil. */
char*
_signote(int sig)
{
	uint i;

	for(i = 0; i < nelem(notes); i++)
		if(notes[i].sig == sig)
			return notes[i].note;
	return nil;
}

/* Is the default action of sig to ignore it? */
static int
ignoredflt(int sig)
{
	return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

/* Run the handler of sig now (it is caught and not blocked). */
static void
run(int sig)
{
	Handler h;

	h = handlers[sig];
	if(h != SIG_DFL && h != SIG_IGN)
		h(sig);
}

/* The note handler libc installs: see the comment at the top. */
void
_sigdispatch(void *ureg, char *note)
{
	Handler h;
	int sig;

	USED(ureg);
	sig = _notesig(note);
	if(sig == 0 || sig == SIGKILL){
		noted(NDFLT);
		return;
	}
	h = handlers[sig];
	if(h == SIG_IGN || (h == SIG_DFL && ignoredflt(sig))){
		noted(NCONT);
		return;
	}
	if(h == SIG_DFL){
		noted(NDFLT);
		return;
	}
	if(blocked & BIT(sig))
		pending |= BIT(sig);
	else
		h(sig);	/* the kernel saved every register, FPU state too, for noted */
	noted(NCONT);
}

/* Make sure _sigdispatch receives the notes (quietly, if the kernel cannot). */
static void
install(void)
{
	if(!notifying && notify(_sigdispatch) == 0)
		notifying = 1;
}

/*
 * Set the action of sig: SIG_DFL, SIG_IGN or a handler, which stays
 * installed after it runs.  Return the previous action, or SIG_ERR
 * (EINVAL) for a bad signal, SIGKILL or SIGSTOP.
 */
Handler
signal(int sig, Handler h)
{
	Handler old;

	if(sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP){
		_seterr(EINVAL, nil);
		return SIG_ERR;
	}
	old = handlers[sig];
	handlers[sig] = h;
	if(h != SIG_DFL)
		install();
	return old;
}

/* sigaction with only sa_handler, sa_mask (ignored) and sa_flags (ignored). */
int
sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	if(sig <= 0 || sig >= NSIG || (act != nil && (sig == SIGKILL || sig == SIGSTOP)))
		return _seterr(EINVAL, nil);
	if(old != nil){
		old->sa_handler = handlers[sig];
		old->sa_mask = 0;
		old->sa_flags = 0;
	}
	if(act != nil && signal(sig, act->sa_handler) == SIG_ERR)
		return -1;
	return 0;
}

/* Run the handlers of pending signals no longer blocked. */
static void
runpending(void)
{
	int sig;

	for(sig = 1; sig < NSIG; sig++)
		if((pending & BIT(sig)) && !(blocked & BIT(sig))){
			pending &= ~BIT(sig);
			run(sig);
		}
}

/*
 * Send sig to the calling process.  A caught signal's handler runs
 * before raise returns (or waits, if blocked); an ignored one does
 * nothing; otherwise the process dies of it.  0 or -1 (EINVAL).
 */
int
raise(int sig)
{
	Handler h;

	if(sig <= 0 || sig >= NSIG)
		return _seterr(EINVAL, nil);
	h = handlers[sig];
	if(sig != SIGKILL && h != SIG_DFL){
		if(h == SIG_IGN)
			return 0;
		if(blocked & BIT(sig))
			pending |= BIT(sig);
		else
			h(sig);
		return 0;
	}
	if(ignoredflt(sig))
		return 0;
	_sys_postnote(_sys_getpid(), (long)(_signote(sig) != nil && sig != SIGTERM ? _signote(sig) : "kill"));
	for(;;)
		_sys_exits(128 + sig);
}

/*
 * Block (SIG_BLOCK), unblock (SIG_UNBLOCK) or set (SIG_SETMASK) the
 * signals in *set; *old (if given) gets the previous mask.  Signals
 * that arrived while blocked run as soon as they are unblocked.
 */
int
sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	if(old != nil)
		*old = blocked;
	if(set == nil)
		return 0;
	switch(how){
	case SIG_BLOCK:
		blocked |= *set;
		break;
	case SIG_UNBLOCK:
		blocked &= ~*set;
		break;
	case SIG_SETMASK:
		blocked = *set;
		break;
	default:
		return _seterr(EINVAL, nil);
	}
	blocked &= ~(BIT(SIGKILL) | BIT(SIGSTOP));
	runpending();
	return 0;
}

/* The signals waiting while blocked. */
int
sigpending(sigset_t *set)
{
	*set = pending;
	return 0;
}
