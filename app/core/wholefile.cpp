#include "wholefile.h"

#include <QSaveFile>

namespace hearth {

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {file.errorString()};
    // Qt 6.4's QSaveFile::commit() renames the file into place even when writing out the bytes
    // it still holds in its buffer fails, as they do on a full disk: an empty or short file
    // would take the place of a whole one. Flushing first, and checking, catches that.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error {why};
    }
    if (!file.commit())
        return Error {file.errorString()};
    return {};
}

} // namespace hearth
