/*
 * _cstart: the C side of crt0.
 */
#include <libc.h>

int	main(int argc, char **argv, char **envp);

/* Note the program's name, run main and exit with what it returns. */
_Noreturn void
_cstart(int argc, char **argv, char **envp)
{
	if(argc > 0)
		argv0 = argv[0];
	exit(main(argc, argv, envp));
}
