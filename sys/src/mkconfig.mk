# mkconfig.mk: tools and flags shared by every Makefile in sys/src.
# Each directory's Makefile sets a few variables and includes one of
# mkone.mk, mkmany.mk, mklib.mk (or mkkernel.mk / mkhost.mk), which
# include this file.  Everything built goes under out/.

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/../..)
O := $(ROOT)/out
HERE := $(patsubst $(ROOT)/%,%,$(CURDIR))
OBJ := $(O)/obj/$(HERE)

CC = gcc
AS = nasm
AR = ar
LD = ld

# user space: freestanding, our own headers only, static at 0x400000
UCFLAGS = -std=c11 -O2 -g -Wall -Werror -ffreestanding -nostdinc -D__ninefold__ \
	-fno-stack-protector -fno-pie -fno-pic -fno-asynchronous-unwind-tables \
	-fno-omit-frame-pointer -ffunction-sections -fdata-sections -I$(ROOT)/sys/include
# a program is linked with its symbols into $(OBJ)/NAME.elf (for
# tests/bench/pcprof.sh) and installed stripped, at the same addresses
HOTLD = $(ROOT)/sys/src/hot.ld
ULDFLAGS = -T $(HOTLD) -static -nostdlib -z noseparate-code --gc-sections -z max-page-size=4096 -z noexecstack --no-warn-rwx-segments
STRIP = strip
LIBC = $(O)/lib/libc.a
CRT0 = $(O)/lib/crt0.o

# lwIP (liblwip, sys/src/lib/lwip): its source, fetched into out/lwip by
# sys/src/tools/fetchlwip.sh, and the flags a user of <lwip.h> adds
LWIPSRC = $(O)/lwip/src
LWIPCFLAGS = -I$(ROOT)/sys/src/lib/lwip -I$(LWIPSRC)/include

# host tools and host unit tests
HCC = gcc
HCFLAGS = -std=c11 -O1 -g -Wall -Werror -D_DEFAULT_SOURCE

# header dependencies: each compile writes the headers it read into a
# .d file beside its output (-MMD; -MP so a deleted header is no
# error), and the rules files include those below.  An object also
# depends on the rules files, so a change of flags rebuilds it.
DEPFLAGS = -MMD -MP
RULES = $(ROOT)/sys/src/mkconfig.mk

$(OBJ)/%.o: %.c $(HFILES) $(RULES)
	@mkdir -p $(dir $@)
	@echo cc $(patsubst $(ROOT)/%,%,$(abspath $<))
	@$(CC) $(UCFLAGS) $(CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(OBJ)/%.o: %.asm
	@mkdir -p $(dir $@)
	@echo nasm $(HERE)/$<
	@$(AS) -f elf64 -o $@ $<

# keep objects: they are not intermediates to delete
.SECONDARY:

# the .d files of what is built here (the kernel's, a level down, are
# mkkernel.mk's); their rules must not become the default goal
.DEFAULT_GOAL := all
-include $(wildcard $(OBJ)/*.d)
