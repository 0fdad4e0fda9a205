# mkkernel.mk: the kernel.  Set PORT and PC64 (C files without .c),
# ASM (NASM files in pc64), KLIBC and KFCALL (files of libc and
# libfcall the kernel shares).  Builds out/kernel, a multiboot2 ELF.
include $(dir $(lastword $(MAKEFILE_LIST)))mkconfig.mk

KCFLAGS = -std=c11 -O2 -g -Wall -Werror -DKERNEL -ffreestanding -nostdinc \
	-fno-stack-protector -fno-pic -fno-pie -mno-red-zone -mcmodel=kernel \
	-mno-sse -mno-sse2 -mno-mmx -mno-80387 -mgeneral-regs-only \
	-fno-omit-frame-pointer -fno-asynchronous-unwind-tables -ffunction-sections \
	-I$(ROOT)/sys/include -Iport -Ipc64

KOBJ = $(addprefix $(OBJ)/port/,$(addsuffix .o,$(PORT))) \
	$(addprefix $(OBJ)/pc64/,$(addsuffix .o,$(PC64))) \
	$(addprefix $(OBJ)/pc64/,$(addsuffix .asm.o,$(ASM))) \
	$(addprefix $(OBJ)/libc/,$(addsuffix .o,$(KLIBC))) \
	$(addprefix $(OBJ)/fcall/,$(addsuffix .o,$(KFCALL)))
# headers: each object's .d file (see mkconfig.mk) names those it read
KRULES = $(RULES) $(ROOT)/sys/src/mkkernel.mk

all: $(O)/kernel

$(O)/kernel: $(KOBJ) pc64/kernel.ld pc64/hot.ld
	@echo ld kernel
	@$(LD) -n -nostdlib -z max-page-size=4096 -z noexecstack --no-warn-rwx-segments -T pc64/kernel.ld -o $@ $(KOBJ)

$(OBJ)/port/%.o: port/%.c $(KRULES)
	@mkdir -p $(dir $@)
	@echo cc $(notdir $<)
	@$(CC) $(KCFLAGS) $(DEPFLAGS) -c -o $@ $<

$(OBJ)/pc64/%.o: pc64/%.c $(KRULES)
	@mkdir -p $(dir $@)
	@echo cc $(notdir $<)
	@$(CC) $(KCFLAGS) $(DEPFLAGS) -c -o $@ $<

$(OBJ)/pc64/%.asm.o: pc64/%.asm
	@mkdir -p $(dir $@)
	@echo nasm $(notdir $<)
	@$(AS) -f elf64 -o $@ $<

$(OBJ)/libc/%.o: $(ROOT)/sys/src/lib/libc/%.c $(KRULES)
	@mkdir -p $(dir $@)
	@echo cc $(notdir $<)
	@$(CC) $(KCFLAGS) $(DEPFLAGS) -c -o $@ $<

$(OBJ)/fcall/%.o: $(ROOT)/sys/src/lib/fcall/%.c $(KRULES)
	@mkdir -p $(dir $@)
	@echo cc $(notdir $<)
	@$(CC) $(KCFLAGS) $(DEPFLAGS) -c -o $@ $<

-include $(wildcard $(OBJ)/*/*.d)

clean:
	rm -rf $(OBJ) $(O)/kernel
.PHONY: all clean
