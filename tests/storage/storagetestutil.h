#pragma once

#include "storage/store.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <sqlcipher/sqlite3.h>

namespace hearth::test {

// Every file under `dir` with its bytes and modification time.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileState &) const = default;
};

inline QMap<QString, FileState> snapshot(const QString &dir)
{
    QMap<QString, FileState> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, {file.readAll(), QFileInfo(path).lastModified()});
    }
    return files;
}

inline Status execSql(Store &store, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(store.handle(), sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    Error error {QString::fromUtf8(message)};
    sqlite3_free(message);
    return error;
}

inline qint64 scalar(Store &store, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(store.handle(), sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

} // namespace hearth::test
