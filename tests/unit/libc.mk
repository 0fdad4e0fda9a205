# libc.mk: host unit tests of libc (libc_test.c, the fake kernel in
# libc_fake.c and the tests by topic in libc_*_test.c).  The libc sources,
# all but the raw system call stubs and the C start, are compiled as
# for Ninefold (UCFLAGS), joined, and every symbol renamed nf_NAME so
# they link into a host program beside glibc; libc_fake.c supplies
# fake nf__sys_* stubs.  The files the kernel shares are also compiled
# with the kernel's flags, to keep them building there.

LIBCT_SRC := $(ROOT)/sys/src/lib/libc
LIBCT_OBJ := $(O)/obj/libctest
LIBCT_HDRS := $(wildcard $(LIBCT_SRC)/*.h $(ROOT)/sys/include/*.h $(ROOT)/sys/include/sys/*.h)
LIBCT_C := $(filter-out syscalls.c start.c,$(notdir $(wildcard $(LIBCT_SRC)/*.c)))
LIBCT_OBJS := $(addprefix $(LIBCT_OBJ)/,$(LIBCT_C:.c=.o)) $(LIBCT_OBJ)/libc_argtest.o
LIBCT_KERNEL := fmt vsnprintf snprintf memcpy memmove memset memcmp memchr \
	strlen strcmp strncmp strchr strrchr strlcpy
LIBCT_KOBJS := $(addprefix $(LIBCT_OBJ)/k/,$(addsuffix .o,$(LIBCT_KERNEL)))
LIBCT_KFLAGS := -std=c11 -O2 -Wall -Werror -DKERNEL -ffreestanding -nostdinc \
	-mno-sse -mno-mmx -mno-red-zone -mcmodel=kernel -fno-pic -fno-pie \
	-fno-stack-protector -I$(ROOT)/sys/include

$(LIBCT_OBJ)/%.o: $(LIBCT_SRC)/%.c $(LIBCT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(LIBCT_OBJ)/libc_argtest.o: libc_argtest.c $(LIBCT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(LIBCT_OBJ)/k/%.o: $(LIBCT_SRC)/%.c $(LIBCT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(LIBCT_KFLAGS) -c -o $@ $<

# the kernel's copies must need nothing outside themselves
$(LIBCT_OBJ)/kernel.o: $(LIBCT_KOBJS)
	$(LD) -r -o $@ $^
	@u=$$(nm -u $@); if [ -n "$$u" ]; then echo "kernel libc files need: $$u"; rm -f $@; exit 1; fi

$(LIBCT_OBJ)/nf.o: $(LIBCT_OBJS)
	$(LD) -r -o $@.r $^
	objcopy --prefix-symbols=nf_ $@.r $@

LIBCT_TESTS := libc_test.c libc_fake.c libc_fmt_test.c libc_str_test.c libc_file_test.c libc_sys_test.c
$(O)/tests/libc_test: $(LIBCT_TESTS) libc_test.h $(LIBCT_OBJ)/nf.o $(LIBCT_OBJ)/kernel.o
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -no-pie -o $@ $(LIBCT_TESTS) $(LIBCT_OBJ)/nf.o -lm

UNITTESTS += $(O)/tests/libc_test
