# kernel.mk: host tests of the kernel's pure parts: the page
# allocator's bookkeeping (port/page.c), the ELF checker (port/elf.c),
# a shared interrupt line's holders (port/irqline.c), URL cleaning
# (port/url.c),
# and the 9P stat marshalling (lib/fcall).  Built with the sanitizers.
KTEST := $(O)/tests/kernel_test
UNITTESTS += $(KTEST)
KSRC := $(ROOT)/sys/src/kernel/port
KTESTSRC := $(ROOT)/tests/unit/kernel_test.c $(KSRC)/page.c $(KSRC)/elf.c $(KSRC)/irqline.c $(KSRC)/url.c \
	$(ROOT)/sys/src/lib/fcall/convD2M.c $(ROOT)/sys/src/lib/fcall/convM2D.c

$(KTEST): $(KTESTSRC) $(KSRC)/page.h $(KSRC)/elf.h $(KSRC)/irqline.h $(KSRC)/url.h $(O)/bin/echo
	@mkdir -p $(O)/tests/kobj
	@for f in page elf irqline url; do $(HCC) $(HCFLAGS) -fsanitize=address,undefined -I$(ROOT)/sys/include -c -o $(O)/tests/kobj/$$f.o $(KSRC)/$$f.c || exit 1; done
	@for f in convD2M convM2D; do $(HCC) $(HCFLAGS) -fsanitize=address,undefined -I$(ROOT)/sys/include -c -o $(O)/tests/kobj/$$f.o $(ROOT)/sys/src/lib/fcall/$$f.c || exit 1; done
	$(HCC) $(HCFLAGS) -fsanitize=address,undefined -iquote $(KSRC) -DSAMPLEELF='"$(O)/bin/echo"' -o $@ $(ROOT)/tests/unit/kernel_test.c $(O)/tests/kobj/page.o $(O)/tests/kobj/elf.o $(O)/tests/kobj/irqline.o $(O)/tests/kobj/url.o $(O)/tests/kobj/convD2M.o $(O)/tests/kobj/convM2D.o
