/*
 * note.c: notes, Plan 9's signals.  A note is a string posted to a
 * process.  "kill" always ends it.  Any other note ends it too unless
 * it has registered a handler with notify(f): then, on its way back to
 * user mode, the kernel saves its registers on its stack and runs
 * f(ureg, note); the handler ends with noted(NCONT) to resume where it
 * was, or noted(NDFLT) to die of the note.  A system call waiting when
 * a note comes fails with "interrupted".
 */
#include "all.h"

/* the status a note gives a process it kills: minus a signal number */
static int
notesig(char *note)
{
	if(strcmp(note, "kill") == 0)
		return -9;
	if(strcmp(note, "interrupt") == 0)
		return -2;
	if(strcmp(note, "alarm") == 0)
		return -14;
	if(strcmp(note, "hangup") == 0)
		return -1;
	if(strcmp(note, "sys: write on closed pipe") == 0 || strcmp(note, "pipe") == 0)
		return -13;
	return -15;
}

/* interrupted: should what the current process waits for be abandoned? */
int
interrupted(void)
{
	return up->killed || (up->nnote > 0 && up->notify && !up->notified);
}

/*
 * postnote: send a note to process pid (never to init, nor to a
 * protected system server but from itself).  Queued for a handler,
 * else the process dies.
 */
int
postnote(int pid, char *note)
{
	Proc *p;

	p = findproc(pid);
	if(p == nil || p->state == Pzombie || p->state == Pembryo)
		return error(Enosuchproc);
	if(p->pid == 1 || (p->protect && p != up))
		return error(Eperm);
	if(p->notify && strcmp(note, "kill") != 0){
		if(p->nnote >= NNOTE)
			return error(Enotes);
		strlcpy(p->notes[p->nnote++], note, ERRMAX);
	}else if(!p->killed){
		p->killed = 1;
		p->exitstatus = notesig(note);
	}
	if(p->state == Psleep)
		ready(p);
	return 0;
}

/*
 * notifyuser: on the way back to user mode with u: if a note waits and
 * the process has a handler, arrange for the handler to run.  Returns
 * 1 if u changed (leave by iretq).
 */
int
notifyuser(Ureg *u)
{
	uintptr sp, ur, note;
	char n[ERRMAX];

	if(up->nnote == 0 || up->notified || up->notify == 0)
		return 0;
	strlcpy(n, up->notes[0], sizeof n);
	memmove(up->notes[0], up->notes[1], (NNOTE-1)*ERRMAX);
	up->nnote--;
	sp = u->rsp - 128;		/* past the red zone */
	sp -= sizeof(Fpsave);		/* the FPU state, which the handler may change */
	sp &= ~15ULL;
	__asm__ volatile("fxsave %0" : "=m"(up->fp));
	if(copyout(sp, &up->fp, sizeof up->fp) < 0)
		pexit(notesig(n));
	sp -= sizeof(Ureg);
	ur = sp &= ~15ULL;
	sp -= ERRMAX;
	note = sp;
	sp -= 8;			/* a return address: the handler must not return */
	if(copyout(ur, u, sizeof *u) < 0 || copyout(note, n, ERRMAX) < 0 || copyout(sp, &(uvlong){0}, 8) < 0){
		print("proc %d (%s): no stack for the note handler\n", up->pid, up->name);
		pexit(notesig(n));
	}
	up->notified = 1;
	up->noteur = ur;
	strlcpy(up->lastnote, n, sizeof up->lastnote);
	u->rip = up->notify;
	u->rsp = sp;
	u->rdi = ur;
	u->rsi = note;
	u->rflags = 0x202;
	return 1;
}

long
sys_notify(u64int *a)
{
	if(a[0] >= UADDRTOP)
		return error(Ebadaddr);
	up->notify = a[0];
	return 0;
}

/* noted: leave the handler: NCONT resumes the saved registers, NDFLT dies */
long
sys_noted(u64int *a)
{
	Ureg saved, *u;

	if(!up->notified)
		return error(Enotnoted);
	if(a[0] != NCONT)
		pexit(notesig(up->lastnote));
	if(copyin(&saved, up->noteur, sizeof saved) < 0)
		pexit(-11);
	/* the FPU state above the Ureg; MXCSR's reserved bits would fault fxrstor */
	if(copyin(&up->fp, (up->noteur + sizeof(Ureg) + 15) & ~15ULL, sizeof up->fp) < 0)
		pexit(-11);
	*(u32int*)&up->fp.regs[24] &= 0xFFBF;
	__asm__ volatile("fxrstor %0" : : "m"(up->fp));
	if(saved.rip >= UADDRTOP || saved.rsp >= UADDRTOP)
		pexit(-11);
	u = up->ureg;
	saved.cs = UCSEL;
	saved.ss = UDSEL;
	saved.rflags = (saved.rflags & 0xCD5) | 0x202;	/* flags a user may set, and IF */
	saved.trapno = u->trapno;
	*u = saved;
	up->notified = 0;
	up->iretq = 1;
	return 0;
}
