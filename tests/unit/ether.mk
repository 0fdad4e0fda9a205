# ether.mk: host tests of the pure parts of the network card drivers and
# their test program: e1000.c's and virtionet.c's reading of pci:'s
# config summary (over libether's etherpciconf, sys/src/lib/ether/pci.c),
# virtionet.c's legacy vring layout and index arithmetic, the queues,
# records and head check of ether(4)'s ring (sys/src/lib/ether/ring.c),
# and
# ethertest.c's frame builders and parsers (ARP, ICMP echo, DHCP).  The
# sources are compiled as for Ninefold with main renamed, each
# function in a section of its own, linked with libc and cmds1's
# system call stubs (cmds1.mk builds both) and every symbol renamed
# nf_NAME; the host link drops what the test does not call (the 9P
# server, the device code), so lib9p is not needed.

ET_OBJ := $(O)/obj/ethertest
ET_CMDS := e1000 virtionet ethertest

$(ET_OBJ)/%.o: $(ROOT)/sys/src/cmd/%.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -ffunction-sections -fdata-sections -Dmain=$*_main -c -o $@ $<

$(ET_OBJ)/libether_pci.o: $(ROOT)/sys/src/lib/ether/pci.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -ffunction-sections -fdata-sections -c -o $@ $<

$(ET_OBJ)/libether_ring.o: $(ROOT)/sys/src/lib/ether/ring.c $(C1_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -ffunction-sections -fdata-sections -c -o $@ $<

$(ET_OBJ)/nf.o: $(addprefix $(ET_OBJ)/,$(addsuffix .o,$(ET_CMDS))) $(ET_OBJ)/libether_pci.o $(ET_OBJ)/libether_ring.o \
		$(filter $(C1_OBJ)/libc/%,$(C1_OBJS)) $(C1_OBJ)/cmds1_sys.o
	@echo ld -r ethertest/nf.o
	@$(LD) -r -o $@.r $^
	@objcopy --prefix-symbols=nf_ $@.r $@

$(O)/tests/ether_test: ether_test.c $(ET_OBJ)/nf.o
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -no-pie -Wl,--gc-sections -o $@ ether_test.c $(ET_OBJ)/nf.o

UNITTESTS += $(O)/tests/ether_test
