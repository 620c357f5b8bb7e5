#pragma once

// A fault-injecting SQLite VFS for the fault tests (docs/guarantees.md). Installed, it becomes
// SQLite's default, so every store, backup and key-wrapped connection the process opens goes
// through it. It passes everything to the real (unix) VFS and can:
//   - fail the n-th write or fsync from now, once or until told otherwise;
//   - cut the power: every byte written since its file's last successful fsync is put back as
//     it was (an fsync that failed does not count), as a disk loses its cache when the power
//     goes; after that nothing more reaches the disk, as nothing would, until reset().
// Unsynced writes are kept as an undo log of the bytes they replaced, so reads see them as the
// kernel's cache would and a cut can restore exactly what was on the platter.

namespace hearth::faults {

// SQLite's result codes the layer can fail with (sqlite3.h's values, so callers need not
// include it).
enum class Failure {
    Io = 10 | (3 << 8), // SQLITE_IOERR_WRITE: the disk refused the write
    Full = 13, // SQLITE_FULL: no room left
    Sync = 10 | (4 << 8), // SQLITE_IOERR_FSYNC
};

struct Counts
{
    int writes = 0;
    int syncs = 0;
};

// Registers the layer as SQLite's default VFS. Idempotent.
void install();

// Writes and fsyncs that reached the layer since install().
Counts counts();

// The n-th write from now (1 = the next) fails, and the `times - 1` after it; times < 0: every
// write from the n-th on, until reset().
void failWrites(int nth, int times = 1, Failure failure = Failure::Io);
void failSyncs(int nth, int times = 1);

// At the n-th write (or fsync) from now, instead of doing it, the power is cut.
void cutPowerAtWrite(int nth);
void cutPowerAtSync(int nth);
void cutPower();
bool powerIsCut();

// Healthy again: no fault planned, power on, the undo log forgotten.
void reset();

} // namespace hearth::faults
