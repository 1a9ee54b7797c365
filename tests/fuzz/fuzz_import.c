/*
 * fuzz_import.c -- `elder import -n` (cmd/elder.c through lib/table.c:
 * the reader, then every field's check and the elder's cross-field
 * rules, on a database of one elder, rolled back each time).  The
 * first byte chooses the format (tsv, csv, yaml); the rest is the file.
 * An import ends with status 0, 1 or 2, never a crash or a leak.
 */
#include "fuzz.h"

int	elder_main(int, char **);

static char	*path, *db;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char	*add[] = { (char *)"elder", (char *)"add", (char *)"张桂英",
	    (char *)"--id-number", (char *)"520112194003020025",
	    (char *)"--db", NULL, NULL };

	path = fuzz_tmpname(".in");
	db = fuzz_tmpname(".db");
	unlink(db);
	fuzz_command_env();
	add[6] = db;
	if (elder_main(7, add) != 0)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const fmts[] = { "tsv", "csv", "yaml" };
	char	*argv[9];
	int	 status;

	if (size < 1)
		return 0;
	fuzz_write(path, data + 1, size - 1);
	argv[0] = (char *)"elder";
	argv[1] = (char *)"import";
	argv[2] = (char *)"-n";
	argv[3] = (char *)"--db";
	argv[4] = db;
	argv[5] = (char *)"--format";
	argv[6] = (char *)fmts[data[0] % 3];
	argv[7] = path;
	argv[8] = NULL;
	status = elder_main(8, argv);
	FUZZ_CHECK(status >= 0 && status <= 2);
	return 0;
}
