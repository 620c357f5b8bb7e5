// Writes the seed corpora of the fuzz targets (docs/fuzzing.md) into DIR/bundle,
// DIR/casefile, DIR/receipt and DIR/ras: real files of tests/data, and inputs written with
// the real writers and the fuzz targets' fixed keys. Files named valid-* must read;
// refused-* must not (the replay tests check both). It replaces the valid-* and refused-*
// files and leaves any others (inputs kept from fuzzing).
//
// A fuzz_receipt input in mode 1 is a receipt object that the target signs; to keep one as a
// fixture of tests/data/sync, make_seeds writes the receipt it stands for, and the fixed
// office's public key to read it with.
//
//   make_seeds DIR
//   make_seeds --signed-receipt INPUT FILE
//   make_seeds --office-key FILE

#include "fuzz_receipt.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readOrStop(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "make_seeds: cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
        std::fprintf(stderr, "make_seeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("make_seeds: wrote %s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

bool write(const QDir &root, const QString &name, const hearth::fuzz::Seeds &seeds)
{
    QDir dir(root.filePath(name));
    if (!dir.mkpath(u"."_s)) {
        std::fprintf(stderr, "make_seeds: cannot make %s\n", qPrintable(dir.path()));
        return false;
    }
    for (const QString &old : dir.entryList({u"valid-*"_s, u"refused-*"_s}, QDir::Files))
        dir.remove(old);
    for (const auto &[file, content] : seeds) {
        QFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            std::fprintf(stderr, "make_seeds: cannot write %s\n", qPrintable(out.fileName()));
            return false;
        }
    }
    std::printf("make_seeds: %lld seeds in %s\n", static_cast<long long>(seeds.size()),
        qPrintable(QDir::toNativeSeparators(dir.absolutePath())));
    return true;
}

// One step of a path: a member name, or an index into a list.
QJsonValue setAt(
    const QJsonValue &node, const QVariantList &path, qsizetype step, const QJsonValue &value)
{
    if (step == path.size())
        return value;
    if (path.at(step).typeId() == QMetaType::Int) {
        QJsonArray list = node.toArray();
        const int index = path.at(step).toInt();
        const QJsonValue child = setAt(list.at(index), path, step + 1, value);
        if (child.isUndefined())
            list.removeAt(index);
        else if (index == list.size())
            list.append(child);
        else
            list[index] = child;
        return list;
    }
    QJsonObject object = node.toObject();
    const QString key = path.at(step).toString();
    const QJsonValue child = setAt(object.value(key), path, step + 1, value);
    if (child.isUndefined())
        object.remove(key);
    else
        object[key] = child;
    return object;
}

QJsonDocument parsedOrStop(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "make_seeds: not JSON: %s\n", qPrintable(error.errorString()));
        std::exit(1);
    }
    return document;
}

} // namespace

QByteArray hearth::fuzz::compact(const QByteArray &json)
{
    return parsedOrStop(json).toJson(QJsonDocument::Compact);
}

QByteArray hearth::fuzz::edited(
    const QByteArray &json, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[([0-9]+)\\]"_s);
    QVariantList steps;
    for (const QRegularExpressionMatch &match : step.globalMatch(path)) {
        if (match.hasCaptured(2))
            steps.append(match.captured(2).toInt());
        else
            steps.append(match.captured(1));
    }
    const QJsonDocument document = parsedOrStop(json);
    const QJsonValue root
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue changed = setAt(root, steps, 0, value);
    return changed.isArray() ? QJsonDocument(changed.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray hearth::fuzz::testData(const QString &relativePath)
{
    return readOrStop(QStringLiteral(HEARTH_TEST_DATA) + u'/' + relativePath);
}

QByteArray hearth::fuzz::sourceFile(const QString &relativePath)
{
    return readOrStop(QStringLiteral(HEARTH_SOURCE_DIR) + u'/' + relativePath);
}

int main(int argc, char **argv)
{
    using namespace hearth::fuzz;
    const QStringList args = [&] {
        QStringList out;
        for (int i = 1; i < argc; ++i)
            out.append(QString::fromLocal8Bit(argv[i]));
        return out;
    }();
    if (args.size() == 3 && args.at(0) == u"--signed-receipt") {
        const QByteArray input = readOrStop(args.at(1));
        const QJsonDocument object = QJsonDocument::fromJson(input.mid(1));
        if (input.isEmpty() || ReceiptMode(input.at(0) % kReceiptModes) != ReceiptMode::Signed
            || !object.isObject()) {
            std::fprintf(stderr, "make_seeds: %s is not a mode-1 input of fuzz_receipt\n",
                qPrintable(args.at(1)));
            return 1;
        }
        return writeFile(args.at(2), signedReceipt(object.object())) ? 0 : 1;
    }
    if (args.size() == 2 && args.at(0) == u"--office-key")
        return writeFile(args.at(1), fixedOfficeKeys().publicHalf().toFile()) ? 0 : 1;
    if (args.size() != 1 || args.at(0).startsWith(u'-')) {
        std::fprintf(stderr,
            "usage: make_seeds DIR (tests/fuzz/corpus)\n"
            "       make_seeds --signed-receipt INPUT FILE\n"
            "       make_seeds --office-key FILE\n");
        return 2;
    }
    const QDir root(args.at(0));
    const bool ok = write(root, u"bundle"_s, bundleSeeds())
        && write(root, u"casefile"_s, caseFileSeeds()) && write(root, u"receipt"_s, receiptSeeds())
        && write(root, u"ras"_s, rasSeeds());
    return ok ? 0 : 1;
}
