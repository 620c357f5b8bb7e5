#include "faultvfs.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace hearth::faults {

namespace {

// What one file had before the writes since its last fsync: put back by a power cut.
struct Undo
{
    struct Region
    {
        sqlite3_int64 offset = 0;
        std::string before; // the bytes that were there (shorter than the write past the end)
    };
    sqlite3_int64 syncedSize = -1;
    std::vector<Region> regions;
};

enum class Plan { None, Fail, CutPower };

struct Trigger
{
    Plan plan = Plan::None;
    int from = 0; // the count at which it fires
    int times = 1; // < 0: for ever
    int rc = SQLITE_IOERR_WRITE;

    // Whether the operation numbered `count` is hit.
    bool hits(int count) const
    {
        return plan != Plan::None && count >= from && (times < 0 || count < from + times);
    }
};

struct State
{
    std::recursive_mutex mutex;
    sqlite3_vfs *real = nullptr;
    Counts counts;
    Trigger write;
    Trigger sync;
    bool cut = false;
    std::map<std::string, Undo> undo; // by path: a closed file's unsynced bytes still count
};

State &state()
{
    static State s;
    return s;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string path;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

// Puts back every unsynced byte, as the disk would be found after the power went.
void restoreUnsynced(State &s)
{
    for (auto &[path, undo] : s.undo) {
        const int fd = ::open(path.c_str(), O_WRONLY);
        if (fd < 0)
            continue; // the file was never made durable: nothing of it to restore
        for (auto it = undo.regions.rbegin(); it != undo.regions.rend(); ++it) {
            const ssize_t written
                = ::pwrite(fd, it->before.data(), it->before.size(), off_t(it->offset));
            (void)written;
        }
        if (undo.syncedSize >= 0 && ::ftruncate(fd, off_t(undo.syncedSize)) != 0) {
            // nothing more can be done for a file that will not shrink
        }
        ::fsync(fd);
        ::close(fd);
    }
    s.undo.clear();
    s.cut = true;
}

// Notes what [offset, offset + amount) holds now, before a write or truncate replaces it.
int remember(File *file, sqlite3_int64 offset, sqlite3_int64 amount)
{
    State &s = state();
    sqlite3_int64 size = 0;
    if (int rc = file->real->pMethods->xFileSize(file->real, &size); rc != SQLITE_OK)
        return rc;
    Undo &undo = s.undo[file->path];
    if (undo.syncedSize < 0)
        undo.syncedSize = size;
    Undo::Region region;
    region.offset = offset;
    const sqlite3_int64 present = std::max<sqlite3_int64>(0, std::min(amount, size - offset));
    region.before.resize(std::size_t(present));
    if (present > 0) {
        const int rc
            = file->real->pMethods->xRead(file->real, region.before.data(), int(present), offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
    }
    undo.regions.push_back(std::move(region));
    return SQLITE_OK;
}

int xClose(sqlite3_file *file)
{
    File *f = reinterpret_cast<File *>(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    const int count = ++s.counts.writes;
    if (s.cut)
        return SQLITE_IOERR_WRITE;
    if (s.write.hits(count)) {
        if (s.write.plan == Plan::CutPower) {
            restoreUnsynced(s);
            return SQLITE_IOERR_WRITE;
        }
        return s.write.rc;
    }
    File *f = reinterpret_cast<File *>(file);
    if (int rc = remember(f, offset, amount); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.cut)
        return SQLITE_IOERR_TRUNCATE;
    File *f = reinterpret_cast<File *>(file);
    sqlite3_int64 current = 0;
    if (int rc = f->real->pMethods->xFileSize(f->real, &current); rc != SQLITE_OK)
        return rc;
    if (current > size) {
        if (int rc = remember(f, size, current - size); rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file *file, int flags)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    const int count = ++s.counts.syncs;
    if (s.cut)
        return SQLITE_IOERR_FSYNC;
    if (s.sync.hits(count)) {
        if (s.sync.plan == Plan::CutPower)
            restoreUnsynced(s);
        // A failed fsync makes nothing durable: the undo log stays.
        return SQLITE_IOERR_FSYNC;
    }
    File *f = reinterpret_cast<File *>(file);
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK)
        s.undo.erase(f->path);
    return rc;
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int xLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int xUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    // After a cut the machine is off: nothing is deleted.
    return real->pMethods->xShmUnmap(real, powerIsCut() ? 0 : deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, page);
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

sqlite3_vfs *real()
{
    return state().real;
}

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = reinterpret_cast<File *>(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    new (&f->path) std::string(name ? name : "");
    const int rc = real()->xOpen(real(), name, f->real, flags, outFlags);
    if (f->real->pMethods)
        f->base.pMethods = &kMethods;
    else
        f->path.~basic_string();
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    if (powerIsCut())
        return SQLITE_OK; // the machine is off: the file stays as it was
    {
        State &s = state();
        std::lock_guard lock(s.mutex);
        s.undo.erase(name);
    }
    return real()->xDelete(real(), name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return real()->xAccess(real(), name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return real()->xFullPathname(real(), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return real()->xDlOpen(real(), name);
}

void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    real()->xDlError(real(), size, out);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return real()->xDlSym(real(), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    real()->xDlClose(real(), handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return real()->xRandomness(real(), size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return real()->xSleep(real(), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return real()->xCurrentTime(real(), out);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return real()->xGetLastError(real(), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return real()->xCurrentTimeInt64(real(), out);
}

void arm(Trigger &trigger, int count, Plan plan, int nth, int times, int rc)
{
    trigger.plan = plan;
    trigger.from = count + std::max(1, nth);
    trigger.times = times;
    trigger.rc = rc;
}

} // namespace

void install()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.real)
        return;
    sqlite3_initialize();
    s.real = sqlite3_vfs_find(nullptr);
    static sqlite3_vfs vfs;
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(File)) + s.real->szOsFile;
    vfs.mxPathname = s.real->mxPathname;
    vfs.zName = "hearth-fault";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

Counts counts()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.counts;
}

void failWrites(int nth, int times, Failure failure)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    arm(s.write, s.counts.writes, Plan::Fail, nth, times, int(failure));
}

void failSyncs(int nth, int times)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    arm(s.sync, s.counts.syncs, Plan::Fail, nth, times, SQLITE_IOERR_FSYNC);
}

void cutPowerAtWrite(int nth)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    arm(s.write, s.counts.writes, Plan::CutPower, nth, 1, SQLITE_IOERR_WRITE);
}

void cutPowerAtSync(int nth)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    arm(s.sync, s.counts.syncs, Plan::CutPower, nth, 1, SQLITE_IOERR_FSYNC);
}

void cutPower()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    restoreUnsynced(s);
}

bool powerIsCut()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.cut;
}

void reset()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.write = {};
    s.sync = {};
    s.cut = false;
    s.undo.clear();
}

} // namespace hearth::faults
