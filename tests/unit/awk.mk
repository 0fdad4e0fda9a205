# awk.mk: host tests of awk (sys/src/cmd/awk), awk_test.c.  awk's
# sources, libregexp and libc are compiled as for Ninefold, joined and
# every symbol renamed nf_NAME (as cmds1.mk does), with cmds1_sys.c's
# failing system calls; awk_test.c is a fake kernel over the host's
# (fork, exec of /bin/rc as the host's sh, pipes, files) and runs
# awk's main on programs and inputs with known answers.
AWKT_OBJ := $(O)/obj/awktest
AWKT_SRC := $(ROOT)/sys/src/cmd/awk
AWKT_LIBC := $(ROOT)/sys/src/lib/libc
AWKT_LIBC_C := $(filter-out syscalls.c start.c,$(notdir $(wildcard $(AWKT_LIBC)/*.c)))
AWKT_FILES := main lex expr parse run cell field io builtin re math
AWKT_HDRS := $(wildcard $(AWKT_LIBC)/*.h $(ROOT)/sys/include/*.h $(ROOT)/sys/include/sys/*.h)
AWKT_OBJS := $(addprefix $(AWKT_OBJ)/libc/,$(AWKT_LIBC_C:.c=.o)) \
	$(addprefix $(AWKT_OBJ)/regexp/,regcomp.o regexec.o regsub.o) \
	$(addprefix $(AWKT_OBJ)/awk/,$(addsuffix .o,$(AWKT_FILES))) $(AWKT_OBJ)/sys.o

$(AWKT_OBJ)/libc/%.o: $(AWKT_LIBC)/%.c $(AWKT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(AWKT_OBJ)/regexp/%.o: $(ROOT)/sys/src/lib/regexp/%.c $(ROOT)/sys/src/lib/regexp/impl.h $(AWKT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(AWKT_OBJ)/awk/%.o: $(AWKT_SRC)/%.c $(AWKT_SRC)/awk.h $(AWKT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Dmain=awk_main -c -o $@ $<

$(AWKT_OBJ)/sys.o: cmds1_sys.c $(AWKT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(AWKT_OBJ)/nf.o: $(AWKT_OBJS)
	@echo ld -r awktest/nf.o
	@$(LD) -r -o $@.r $^
	@objcopy --prefix-symbols=nf_ $@.r $@

$(O)/tests/awk_test: awk_test.c fakehost.c fakehost.h $(AWKT_OBJ)/nf.o
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -no-pie -o $@ awk_test.c fakehost.c $(AWKT_OBJ)/nf.o

UNITTESTS += $(O)/tests/awk_test
