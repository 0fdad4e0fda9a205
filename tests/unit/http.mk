# http.mk: tests of libhttp (sys/src/lib/http), http_test.c: status
# and request lines, headers, chunk sizes and URLs, good and bad, with
# exact answers.  Built with the sanitizers against sys/include.
HTTPTEST := $(O)/tests/http_test
UNITTESTS += $(HTTPTEST)
HTTPSAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined

$(HTTPTEST): $(ROOT)/tests/unit/http_test.c $(ROOT)/sys/src/lib/http/http.c $(ROOT)/sys/include/http.h
	@mkdir -p $(O)/tests/httpobj
	$(HCC) $(HCFLAGS) $(HTTPSAN) -I$(ROOT)/sys/include -c -o $(O)/tests/httpobj/http.o $(ROOT)/sys/src/lib/http/http.c
	$(HCC) $(HCFLAGS) $(HTTPSAN) -o $@ $< $(O)/tests/httpobj/http.o
