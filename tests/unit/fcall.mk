# fcall.mk: tests of the 9P2000 message marshalling, sys/src/lib/fcall
# (convS2M, convM2S, fcallfmt, with convD2M/convM2D for stat entries).
# The library's files are compiled on their own against sys/include,
# the test against the host's headers, all with the sanitizers.
FCALLTEST := $(O)/tests/fcall_test
UNITTESTS += $(FCALLTEST)
FCALLSRC := $(ROOT)/sys/src/lib/fcall
FCALLFILES := convS2M convM2S fcallfmt convD2M convM2D
FCALLOBJ := $(addprefix $(O)/tests/fcallobj/,$(addsuffix .o,$(FCALLFILES)))
FCALLSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined

$(O)/tests/fcallobj/%.o: $(FCALLSRC)/%.c $(ROOT)/sys/include/fcall.h $(ROOT)/sys/include/u.h
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(FCALLSAN) -I$(ROOT)/sys/include -c -o $@ $<

$(FCALLTEST): $(ROOT)/tests/unit/fcall_test.c $(FCALLOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(FCALLSAN) -o $@ $< $(FCALLOBJ)
