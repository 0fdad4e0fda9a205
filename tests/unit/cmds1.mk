# cmds1.mk: host tests of the file and text commands (sort, tr, test,
# uniq, wc, head, tail, seq, basename, cmp, xd, cat, tee, read, diff,
# cleanname, strings, dd, sha1sum (and md5sum, the same program), mtime,
# factor, primes, cal, freq, unicode, look, fmt, join, cut, paste,
# expr, with libregexp).  Each
# command's own source is compiled as for Ninefold with main renamed
# NAME_main, joined with libc and the stat marshalling, and every
# symbol renamed nf_NAME (as libc.mk does) so the lot links into a host
# program; cmds1_sys.c has every system call as a weak stub failing
# with ENOSYS, and cmds1_test.c overrides those the commands use with a
# fake kernel over the host's files, and runs each command on given
# input in a child.

C1_CMDS := sort tr test uniq wc head tail seq basename cmp xd cat tee \
	read diff cleanname strings dd sha1sum mtime factor primes cal freq \
	unicode look fmt join cut paste expr
C1_OBJ := $(O)/obj/cmds1test
C1_LIBC := $(ROOT)/sys/src/lib/libc
C1_LIBC_C := $(filter-out syscalls.c start.c,$(notdir $(wildcard $(C1_LIBC)/*.c)))
C1_HDRS := $(wildcard $(C1_LIBC)/*.h $(ROOT)/sys/include/*.h $(ROOT)/sys/include/sys/*.h)
C1_OBJS := $(addprefix $(C1_OBJ)/libc/,$(C1_LIBC_C:.c=.o)) \
	$(C1_OBJ)/fcall/convD2M.o $(C1_OBJ)/fcall/convM2D.o \
	$(C1_OBJ)/sec/sha1.o $(C1_OBJ)/sec/md5.o $(C1_OBJ)/sec/feed.o \
	$(C1_OBJ)/regexp/regcomp.o $(C1_OBJ)/regexp/regexec.o \
	$(addprefix $(C1_OBJ)/cmd/,$(addsuffix .o,$(C1_CMDS))) $(C1_OBJ)/cmds1_sys.o

$(C1_OBJ)/libc/%.o: $(C1_LIBC)/%.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C1_OBJ)/fcall/%.o: $(ROOT)/sys/src/lib/fcall/%.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C1_OBJ)/sec/%.o: $(ROOT)/sys/src/lib/sec/%.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C1_OBJ)/regexp/%.o: $(ROOT)/sys/src/lib/regexp/%.c $(ROOT)/sys/src/lib/regexp/impl.h $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C1_OBJ)/cmd/%.o: $(ROOT)/sys/src/cmd/%.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Dmain=$*_main -c -o $@ $<

$(C1_OBJ)/cmds1_sys.o: cmds1_sys.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C1_OBJ)/nf.o: $(C1_OBJS)
	@echo ld -r cmds1test/nf.o
	@$(LD) -r -o $@.r $^
	@objcopy --prefix-symbols=nf_ $@.r $@

$(O)/tests/cmds1_test: cmds1_test.c fakehost.c fakehost.h $(C1_OBJ)/nf.o
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -no-pie -o $@ cmds1_test.c fakehost.c $(C1_OBJ)/nf.o

UNITTESTS += $(O)/tests/cmds1_test
