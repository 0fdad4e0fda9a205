/*
 * all.h: what every kernel C file includes.
 */
#include <u.h>
#include <string.h>
#include <syscall.h>
#include <errno.h>
#include <fcall.h>
#include "../pc64/mem.h"
#include "../pc64/dat.h"
#include "portdat.h"
#include "error.h"
#include "../pc64/fns.h"
#include "portfns.h"
