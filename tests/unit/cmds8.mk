# cmds8.mk: host tests of man and printf (cmds8_test.c).  Their sources
# and libc are compiled as for Ninefold, joined and every symbol renamed
# nf_NAME (as cmds1.mk does), with cmds1_sys.c's failing system calls
# and fakehost.c's fake kernel; MANSRC is the manual to render.
C8T_OBJ := $(O)/obj/cmds8test
C8T_LIBC := $(ROOT)/sys/src/lib/libc
C8T_LIBC_C := $(filter-out syscalls.c start.c,$(notdir $(wildcard $(C8T_LIBC)/*.c)))
C8T_HDRS := $(wildcard $(C8T_LIBC)/*.h $(ROOT)/sys/include/*.h $(ROOT)/sys/include/sys/*.h)
C8T_OBJS := $(addprefix $(C8T_OBJ)/libc/,$(C8T_LIBC_C:.c=.o)) \
	$(C8T_OBJ)/cmd/man.o $(C8T_OBJ)/cmd/printf.o $(C8T_OBJ)/sys.o

$(C8T_OBJ)/libc/%.o: $(C8T_LIBC)/%.c $(C8T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C8T_OBJ)/cmd/%.o: $(ROOT)/sys/src/cmd/%.c $(C8T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Dmain=$*_main -c -o $@ $<

$(C8T_OBJ)/sys.o: cmds1_sys.c $(C8T_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(C8T_OBJ)/nf.o: $(C8T_OBJS)
	@echo ld -r cmds8test/nf.o
	@$(LD) -r -o $@.r $^
	@objcopy --prefix-symbols=nf_ $@.r $@

$(O)/tests/cmds8_test: cmds8_test.c fakehost.c fakehost.h $(C8T_OBJ)/nf.o
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -DMANSRC='"$(ROOT)/sys/man"' -no-pie -o $@ cmds8_test.c fakehost.c $(C8T_OBJ)/nf.o

UNITTESTS += $(O)/tests/cmds8_test
