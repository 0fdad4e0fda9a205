# lib9p.mk: host tests of lib9p (sys/src/lib/9p) and of the servers
# built on it: ramfs, miscfs, envfs.  Each server (and the tiny test
# server lib9p_testsrv.c) is compiled as for Ninefold, joined with
# lib9p, libfcall and libc (all compiled as for Ninefold) and every
# symbol renamed nf_NAME, as libc.mk does; lib9p_client.c supplies the
# fake system calls (channels are SOCK_SEQPACKET socketpairs, fork is
# fork) and a 9P client, built on a host copy of libfcall, that runs
# transcripts against the server in a child process.
L9T_OBJ := $(O)/obj/lib9ptest
L9T_SRC := $(ROOT)/sys/src
L9T_HDRS := $(wildcard $(ROOT)/sys/include/*.h $(ROOT)/sys/include/sys/*.h \
	$(L9T_SRC)/lib/libc/*.h $(L9T_SRC)/lib/9p/*.h)
L9T_LIBC := $(filter-out syscalls.c start.c,$(notdir $(wildcard $(L9T_SRC)/lib/libc/*.c)))
L9T_9P := $(notdir $(wildcard $(L9T_SRC)/lib/9p/*.c))
L9T_FCALL := $(notdir $(wildcard $(L9T_SRC)/lib/fcall/*.c))
L9T_LIBS := $(L9T_OBJ)/lib9p.a $(L9T_OBJ)/libfcall.a $(L9T_OBJ)/libc.a
L9T_HOST := $(addprefix $(L9T_OBJ)/host/,$(L9T_FCALL:.c=.o))
L9T_CLIENT := $(ROOT)/tests/unit/lib9p_client.c $(ROOT)/tests/unit/lib9p/client.h
L9T_TESTS := lib9p_test lib9p_ramfs lib9p_miscfs lib9p_envfs
UNITTESTS += $(addprefix $(O)/tests/,$(L9T_TESTS))

$(L9T_OBJ)/libc/%.o: $(L9T_SRC)/lib/libc/%.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	@$(CC) $(UCFLAGS) -c -o $@ $<

$(L9T_OBJ)/9p/%.o: $(L9T_SRC)/lib/9p/%.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(L9T_OBJ)/fcall/%.o: $(L9T_SRC)/lib/fcall/%.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(L9T_OBJ)/host/%.o: $(L9T_SRC)/lib/fcall/%.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -I$(ROOT)/sys/include -c -o $@ $<

$(L9T_OBJ)/cmd/%.o: $(L9T_SRC)/cmd/%.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(L9T_OBJ)/cmd/testsrv.o: $(ROOT)/tests/unit/lib9p_testsrv.c $(L9T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(L9T_OBJ)/libc.a: $(addprefix $(L9T_OBJ)/libc/,$(L9T_LIBC:.c=.o))
	@rm -f $@
	$(AR) rcs $@ $^

$(L9T_OBJ)/lib9p.a: $(addprefix $(L9T_OBJ)/9p/,$(L9T_9P:.c=.o))
	@rm -f $@
	$(AR) rcs $@ $^

$(L9T_OBJ)/libfcall.a: $(addprefix $(L9T_OBJ)/fcall/,$(L9T_FCALL:.c=.o))
	@rm -f $@
	$(AR) rcs $@ $^

# a server and what it needs from the libraries, renamed nf_*
$(L9T_OBJ)/%.nf.o: $(L9T_OBJ)/cmd/%.o $(L9T_LIBS)
	$(LD) -r -o $@.r $< $(L9T_LIBS)
	objcopy --prefix-symbols=nf_ $@.r $@

# the test server counts its allocations (lib9p_testsrv.c's "allocs")
L9T_WRAP := --wrap=malloc --wrap=calloc --wrap=realloc --wrap=free
$(L9T_OBJ)/testsrv.nf.o: $(L9T_OBJ)/cmd/testsrv.o $(L9T_LIBS)
	$(LD) -r $(L9T_WRAP) -o $@.r $< $(L9T_LIBS)
	objcopy --prefix-symbols=nf_ $@.r $@

# ramfs's own malloc, realloc, calloc and strdup calls go through
# lib9p_ramfs.c, which can make them fail
L9T_RAMWRAP := $(foreach f,malloc realloc calloc strdup,--redefine-sym $(f)=__wrap_$(f))
$(L9T_OBJ)/ramfs.nf.o: $(L9T_OBJ)/cmd/ramfs.o $(L9T_LIBS)
	objcopy $(L9T_RAMWRAP) $< $@.w
	$(LD) -r -o $@.r $@.w $(L9T_LIBS)
	objcopy --prefix-symbols=nf_ $@.r $@

L9T_LINK = $(HCC) $(HCFLAGS) -no-pie -iquote $(ROOT)/tests/unit/lib9p \
	-DTREEDIR='"$(ROOT)/tests/unit/lib9p/tree"' -o $@

$(O)/tests/lib9p_test: $(ROOT)/tests/unit/lib9p_test.c $(L9T_CLIENT) $(L9T_OBJ)/testsrv.nf.o $(L9T_HOST)
	@mkdir -p $(dir $@)
	$(L9T_LINK) $< $(ROOT)/tests/unit/lib9p_client.c $(L9T_OBJ)/testsrv.nf.o $(L9T_HOST)

$(O)/tests/lib9p_ramfs: $(ROOT)/tests/unit/lib9p_ramfs.c $(L9T_CLIENT) $(L9T_OBJ)/ramfs.nf.o $(L9T_HOST)
	@mkdir -p $(dir $@)
	$(L9T_LINK) $< $(ROOT)/tests/unit/lib9p_client.c $(L9T_OBJ)/ramfs.nf.o $(L9T_HOST)

$(O)/tests/lib9p_miscfs: $(ROOT)/tests/unit/lib9p_miscfs.c $(L9T_CLIENT) $(L9T_OBJ)/miscfs.nf.o $(L9T_HOST)
	@mkdir -p $(dir $@)
	$(L9T_LINK) $< $(ROOT)/tests/unit/lib9p_client.c $(L9T_OBJ)/miscfs.nf.o $(L9T_HOST)

$(O)/tests/lib9p_envfs: $(ROOT)/tests/unit/lib9p_envfs.c $(L9T_CLIENT) $(L9T_OBJ)/envfs.nf.o $(L9T_HOST)
	@mkdir -p $(dir $@)
	$(L9T_LINK) $< $(ROOT)/tests/unit/lib9p_client.c $(L9T_OBJ)/envfs.nf.o $(L9T_HOST)
