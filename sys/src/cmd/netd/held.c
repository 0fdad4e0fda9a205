/*
 * held.c: requests held until something answers them (a read waiting
 * for data, a write for room, a dial for the connection, an open of
 * listen for a call): holding, answering, flushing, and the
 * timeouts a conversation's ctl sets (readtimeout, writetimeout),
 * which the clock's tick checks.
 */
#include "netd.h"

/* answer: respond to every held request of list with err, emptying it */
void
answer(Pending **list, char *err)
{
	Pending *p;

	while((p = *list) != nil){
		*list = p->next;
		respond(p->r, err);
		free(p);
	}
}

/* hold: keep r in list until something answers it */
void
hold(Pending **list, Req *r)
{
	holdfor(list, r, 0);
}

/* holdfor: hold r, and fail it with "read timed out" after ms (0: never) */
void
holdfor(Pending **list, Req *r, long ms)
{
	Pending *p, **l;

	p = calloc(1, sizeof *p);
	if(p == nil){
		respond(r, Enomem);
		return;
	}
	p->r = r;
	if(ms > 0){
		p->deadline = sys_now() + ms;
		p->timed = 1;
	}
	for(l = list; *l; l = &(*l)->next)
		;
	*l = p;
}

/* unhold: take r out of list (flushed); 1 if it was there */
int
unhold(Pending **list, Req *r)
{
	Pending *p, **l;

	for(l = list; (p = *l) != nil; l = &p->next)
		if(p->r == r){
			*l = p->next;
			free(p);
			return 1;
		}
	return 0;
}

/* convflush: a held request was flushed: forget it (lib9p answers the Tflush) */
void
convflush(Req *old)
{
	int k, i;
	Conv *c;

	for(k = 0; k < 2; k++)
		for(i = 0; i < Nconv; i++){
			if((c = convs[k][i]) == nil)
				continue;
			if(unhold(&c->reads, old) || unhold(&c->writes, old)
			|| unhold(&c->dial, old) || unhold(&c->listens, old)){
				respond(old, "interrupted");
				return;
			}
		}
}

/*
 * expire: answer list's held requests whose time is up with err; a
 * write that was partly taken gives its count instead
 */
static void
expire(Pending **list, u32_t now, char *err)
{
	Pending *p, **l;

	for(l = list; (p = *l) != nil; ){
		if(p->timed && (s32_t)(now - p->deadline) >= 0){
			*l = p->next;
			if(p->done > 0){
				p->r->ofcall.count = p->done;
				respond(p->r, nil);
			}else
				respond(p->r, err);
			free(p);
		}else
			l = &p->next;
	}
}

/* convtimeouts: the clock ticked: reads, waits for calls and writes past their time end */
void
convtimeouts(void)
{
	u32_t now;
	Conv *c;
	int k, i;

	now = sys_now();
	for(k = 0; k < 2; k++)
		for(i = 0; i < Nconv; i++)
			if((c = convs[k][i]) != nil && (c->readtimeout > 0 || c->writetimeout > 0)){
				expire(&c->reads, now, "read timed out");
				expire(&c->listens, now, "read timed out");
				expire(&c->writes, now, "write timed out");
			}
}
