#include "smalldisk.h"

#include <QByteArray>
#include <QFile>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace hearth::smalldisk {

namespace {

QString g_why;

bool writeFile(const char *path, const std::string &text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

QString errnoText(const char *what)
{
    return QString::fromLatin1(what) + QStringLiteral(": ")
        + QString::fromLocal8Bit(std::strerror(errno));
}

// Mounts made here must not reach the parent namespace.
bool makeMountsPrivate()
{
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        g_why = errnoText("making / private");
        return false;
    }
    return true;
}

QString ballastPath(const QString &directory)
{
    return directory + QStringLiteral("/ballast");
}

} // namespace

bool prepare()
{
    if (::unshare(CLONE_NEWNS) == 0)
        return makeMountsPrivate();
    const QString asRoot = errnoText("unshare(CLONE_NEWNS)");
    // Not root: a user namespace in which this process is root, if the kernel allows one.
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
        g_why = asRoot + QStringLiteral("; ") + errnoText("unshare(CLONE_NEWUSER)");
        return false;
    }
    if (!writeFile("/proc/self/setgroups", "deny")
        || !writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
        || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
        g_why = errnoText("mapping the user namespace");
        return false;
    }
    return makeMountsPrivate();
}

QString why()
{
    return g_why;
}

bool mount(const QString &directory, int megabytes)
{
    const QByteArray options = "size=" + QByteArray::number(megabytes) + "m,mode=0700";
    if (::mount("hearth-test", QFile::encodeName(directory).constData(), "tmpfs",
            MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        g_why = errnoText("mounting a tmpfs");
        return false;
    }
    return true;
}

void unmount(const QString &directory)
{
    ::umount2(QFile::encodeName(directory).constData(), MNT_DETACH);
}

qint64 fill(const QString &directory)
{
    const QByteArray path = QFile::encodeName(ballastPath(directory));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return -1;
    qint64 total = 0;
    // Big blocks first, then ever smaller ones, to the last byte the filesystem will take.
    for (int block = 1 << 20; block >= 1; block /= 2) {
        const std::string zeros(std::size_t(block), '\0');
        for (;;) {
            const ssize_t written = ::write(fd, zeros.data(), zeros.size());
            if (written <= 0)
                break;
            total += written;
        }
    }
    ::fsync(fd);
    ::close(fd);
    return total;
}

void release(const QString &directory)
{
    QFile::remove(ballastPath(directory));
}

} // namespace hearth::smalldisk
