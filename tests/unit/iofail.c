/*
 * iofail.c -- volunteer(1) over a test-only SQLite VFS that fails reads:
 * with SG_IOFAIL_READ=N in the environment, the Nth read of a main
 * database file returns SQLITE_IOERR_READ (once: the reads after it
 * succeed, as after a bad sector, so a program that takes the error for
 * the end of its rows goes on with a short answer).  Built
 * only for the tests (build/tests/volunteer-iofail), never installed:
 * tests/cmd/t020-io-errors.sh checks that a read failing anywhere gives
 * exit 1 and no output, never a short answer.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

int	 volunteer_main(int, char **);
#define main volunteer_main
#include "../../cmd/volunteer.c"
#undef main

struct iofile {
	sqlite3_file	 base;
	sqlite3_file	*real;
	int		 main_db;
};

static sqlite3_vfs	*orig;
static long		 fail_at;	/* 0: never */
static long		 nreads;

static int
io_close(sqlite3_file *f)
{
	struct iofile	*p = (struct iofile *)f;
	int		 rc = p->real->pMethods->xClose(p->real);

	p->base.pMethods = NULL;
	return rc;
}

static int
io_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
	struct iofile	*p = (struct iofile *)f;

	if (p->main_db && fail_at > 0 && ++nreads == fail_at)
		return SQLITE_IOERR_READ;
	return p->real->pMethods->xRead(p->real, buf, n, off);
}

#define REAL(f)	(((struct iofile *)(f))->real)

static int
io_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
	return REAL(f)->pMethods->xWrite(REAL(f), b, n, o);
}

static int
io_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int
io_sync(sqlite3_file *f, int flags)
{
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int
io_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int
io_lock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xLock(REAL(f), l);
}

static int
io_unlock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), l);
}

static int
io_reserved(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int
io_control(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int
io_sector(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int
io_device(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int
io_shmmap(sqlite3_file *f, int pg, int sz, int ext, void volatile **pp)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, ext, pp);
}

static int
io_shmlock(sqlite3_file *f, int off, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}

static void
io_shmbarrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int
io_shmunmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}

static const sqlite3_io_methods io_methods = {
	.iVersion = 2,
	.xClose = io_close,
	.xRead = io_read,
	.xWrite = io_write,
	.xTruncate = io_truncate,
	.xSync = io_sync,
	.xFileSize = io_size,
	.xLock = io_lock,
	.xUnlock = io_unlock,
	.xCheckReservedLock = io_reserved,
	.xFileControl = io_control,
	.xSectorSize = io_sector,
	.xDeviceCharacteristics = io_device,
	.xShmMap = io_shmmap,
	.xShmLock = io_shmlock,
	.xShmBarrier = io_shmbarrier,
	.xShmUnmap = io_shmunmap,
};

static int
vfs_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
    int *outflags)
{
	struct iofile	*p = (struct iofile *)f;
	int		 rc;

	(void)vfs;
	memset(p, 0, sizeof(*p));
	p->real = (sqlite3_file *)(p + 1);
	p->main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
	rc = orig->xOpen(orig, name, p->real, flags, outflags);
	if (p->real->pMethods != NULL)
		p->base.pMethods = &io_methods;
	return rc;
}

#define PASS(name, ...)	orig->name(orig, __VA_ARGS__)

static int
vfs_delete(sqlite3_vfs *v, const char *z, int sync)
{
	(void)v;
	return PASS(xDelete, z, sync);
}

static int
vfs_access(sqlite3_vfs *v, const char *z, int flags, int *out)
{
	(void)v;
	return PASS(xAccess, z, flags, out);
}

static int
vfs_fullname(sqlite3_vfs *v, const char *z, int n, char *out)
{
	(void)v;
	return PASS(xFullPathname, z, n, out);
}

static int
vfs_random(sqlite3_vfs *v, int n, char *out)
{
	(void)v;
	return PASS(xRandomness, n, out);
}

static int
vfs_sleep(sqlite3_vfs *v, int us)
{
	(void)v;
	return PASS(xSleep, us);
}

static int
vfs_time(sqlite3_vfs *v, double *t)
{
	(void)v;
	return PASS(xCurrentTime, t);
}

static int
vfs_lasterror(sqlite3_vfs *v, int n, char *z)
{
	(void)v;
	return PASS(xGetLastError, n, z);
}

static int
vfs_time64(sqlite3_vfs *v, sqlite3_int64 *t)
{
	(void)v;
	return PASS(xCurrentTimeInt64, t);
}

static sqlite3_vfs iofail_vfs = {
	.iVersion = 2,
	.mxPathname = 512,
	.zName = "iofail",
	.xOpen = vfs_open,
	.xDelete = vfs_delete,
	.xAccess = vfs_access,
	.xFullPathname = vfs_fullname,
	.xRandomness = vfs_random,
	.xSleep = vfs_sleep,
	.xCurrentTime = vfs_time,
	.xGetLastError = vfs_lasterror,
	.xCurrentTimeInt64 = vfs_time64,
};

int
main(int argc, char **argv)
{
	const char	*s = getenv("SG_IOFAIL_READ");

	fail_at = s != NULL ? atol(s) : 0;
	if ((orig = sqlite3_vfs_find(NULL)) == NULL)
		return 1;
	iofail_vfs.szOsFile = (int)sizeof(struct iofile) + orig->szOsFile;
	iofail_vfs.mxPathname = orig->mxPathname;
	if (sqlite3_vfs_register(&iofail_vfs, 1) != SQLITE_OK)
		return 1;
	return volunteer_main(argc, argv);
}
