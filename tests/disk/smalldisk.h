#pragma once

// Size-limited filesystems for the full-disk tests: tmpfs mounts of a few megabytes, in a
// mount namespace of the test process's own, so they vanish with it and nothing outside sees
// them. As root the namespace is enough; otherwise an unprivileged user namespace is tried.
// Call prepare() first thing in main(), before Qt starts a thread: unshare(2) needs a process
// with only one.

#include <QString>

namespace hearth::smalldisk {

// Makes a private mount namespace. False, with why() saying what was refused, where this
// machine allows neither way.
bool prepare();
QString why();

// Mounts a tmpfs of `megabytes` at `directory` (which must exist).
bool mount(const QString &directory, int megabytes);
void unmount(const QString &directory);

// Fills the filesystem holding `directory` to the last byte with a ballast file there, and
// returns how many bytes that took; release() deletes it.
qint64 fill(const QString &directory);
void release(const QString &directory);

} // namespace hearth::smalldisk
