# 9pl.mk: tests of lib9pl (sys/src/lib/9pl): the 9P2000.L marshalling
# and the translator from 9P2000, 9pl_test.c.  The library's files (and
# libfcall's, which it uses) are compiled against sys/include, the test
# against the host's headers, all with the sanitizers.
NINEPLTEST := $(O)/tests/9pl_test
UNITTESTS += $(NINEPLTEST)
NINEPLSRC := $(ROOT)/sys/src/lib/9pl
NINEPLFILES := lconv lerr lx lxfile lxdir lxside
NINEPLOBJ := $(addprefix $(O)/tests/9plobj/,$(addsuffix .o,$(NINEPLFILES))) \
	$(addprefix $(O)/tests/9plobj/fcall_,$(addsuffix .o,convS2M convM2S convD2M convM2D))
NINEPLSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
NINEPLH := $(ROOT)/sys/include/9pl.h $(ROOT)/sys/include/fcall.h $(ROOT)/sys/include/u.h $(NINEPLSRC)/lxi.h

$(O)/tests/9plobj/%.o: $(NINEPLSRC)/%.c $(NINEPLH)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(NINEPLSAN) -I$(ROOT)/sys/include -c -o $@ $<

$(O)/tests/9plobj/fcall_%.o: $(ROOT)/sys/src/lib/fcall/%.c $(NINEPLH)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(NINEPLSAN) -I$(ROOT)/sys/include -c -o $@ $<

$(NINEPLTEST): $(ROOT)/tests/unit/9pl_test.c $(NINEPLOBJ)
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) $(NINEPLSAN) -o $@ $< $(NINEPLOBJ)
