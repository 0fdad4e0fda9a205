# mkfs.mk: tests of the boot-archive builder, sys/src/tools/mkfs.c.
# mkfs_test runs $(O)/tools/mkfs on the protos in mkfs/.
MKFSTEST := $(O)/tests/mkfs_test
UNITTESTS += $(MKFSTEST)

$(MKFSTEST): $(ROOT)/tests/unit/mkfs_test.c $(O)/tools/mkfs
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -DMKFS='"$(O)/tools/mkfs"' -DDATA='"$(ROOT)/tests/unit/mkfs"' -o $@ $<

$(O)/tools/mkfs: $(ROOT)/sys/src/tools/mkfs.c
	$(MAKE) -C $(ROOT)/sys/src/tools $@
