# lwip.mk: host tests of liblwip (lwIP with Ninefold's glue,
# sys/src/lib/lwip), lwip_test.c: two interfaces in one process joined
# by a fake wire, a fake clock, TCP (1 MiB clean and over a lossy
# wire), UDP (with fragments), ICMP echo, and no memory kept after.
# lwIP and the glue are built with the host's compiler and libc, with
# the sanitizers; lwIP's source is fetched first if it is not there.
LWIPTEST := $(O)/tests/lwip_test
UNITTESTS += $(LWIPTEST)
LWIPDIR := $(ROOT)/sys/src/lib/lwip
include $(LWIPDIR)/lwipfiles.mk
LWIPHOBJ := $(addprefix $(O)/tests/lwipobj/,$(LWIPFILES:.c=.o) $(LWIPGLUE:.c=.o))
LWIPSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
LWIPHFLAGS := $(HCFLAGS) $(LWIPSAN) -I$(LWIPDIR) -I$(LWIPSRC)/include -idirafter $(ROOT)/sys/include
LWIPHDRS := $(LWIPDIR)/lwipopts.h $(LWIPDIR)/arch/cc.h $(ROOT)/sys/include/lwip.h

$(O)/lwip/.pinned: $(ROOT)/sys/src/tools/lwip.sha256
	@sh $(ROOT)/sys/src/tools/fetchlwip.sh $(O)
$(addprefix $(LWIPSRC)/,$(LWIPFILES)): $(O)/lwip/.pinned

$(O)/tests/lwipobj/%.o: $(LWIPSRC)/%.c $(LWIPHDRS) $(O)/lwip/.pinned
	@mkdir -p $(dir $@)
	@echo hostcc $(notdir $<)
	@$(HCC) $(LWIPHFLAGS) -c -o $@ $<

$(O)/tests/lwipobj/%.o: $(LWIPDIR)/%.c $(LWIPHDRS)
	@mkdir -p $(dir $@)
	$(HCC) $(LWIPHFLAGS) -c -o $@ $<

$(LWIPTEST): $(ROOT)/tests/unit/lwip_test.c $(LWIPHOBJ) $(LWIPHDRS)
	@mkdir -p $(dir $@)
	$(HCC) $(LWIPHFLAGS) -o $@ $< $(LWIPHOBJ)
