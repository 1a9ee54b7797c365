/*
 * fuzz_form.c -- filled assessment forms: `elder assess --from FILE -n`
 * (YAML read by lib/input.c, then lib/assess.c's form reading, scoring
 * and storing) on a database of three elders, rolled back each time.
 * Ends with status 0, 1 or 2, never a crash or a leak.
 */
#include "fuzz.h"

int	elder_main(int, char **);

static char	*path, *db;

/* Run elder with the arguments (NULL-terminated); abort if it fails. */
static void
elder(const char *arg, ...)
{
	va_list	 ap;
	char	*argv[16];
	int	 argc = 0;

	argv[argc++] = (char *)"elder";
	va_start(ap, arg);
	for (; arg != NULL && argc < 15; arg = va_arg(ap, const char *))
		argv[argc++] = (char *)arg;
	va_end(ap);
	argv[argc] = NULL;
	if (elder_main(argc, argv) != 0)
		abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	path = fuzz_tmpname(".yaml");
	db = fuzz_tmpname(".db");
	unlink(db);
	fuzz_command_env();
	elder("add", "张桂英", "--birth", "1940-03-02", "--db", db, NULL);
	elder("add", "王德明", "--birth", "1938-07-15", "--db", db, NULL);
	elder("add", "李秀兰", "--birth", "1945-01-20", "--db", db, NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*argv[8];
	int	 status;

	fuzz_write(path, data, size);
	argv[0] = (char *)"elder";
	argv[1] = (char *)"assess";
	argv[2] = (char *)"--from";
	argv[3] = path;
	argv[4] = (char *)"-n";
	argv[5] = (char *)"--db";
	argv[6] = db;
	argv[7] = NULL;
	status = elder_main(7, argv);
	FUZZ_CHECK(status >= 0 && status <= 2);
	return 0;
}
