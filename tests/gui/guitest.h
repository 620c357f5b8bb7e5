#pragma once

// What every GUI test needs: a real store in a temporary folder, a person in it, the keyboard
// driven as a person drives it, and the accessibility walk (STYLE.md habit 12).

#include "core/casefile.h"
#include "core/person.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

namespace hearth::guitest {

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

inline void type(const QString &text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key, modifiers);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Interactive controls that a screen reader must be able to name.
inline bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
}

// Every interactive control under `root` without an accessible name, and every label whose
// mnemonic leads nowhere. Hidden widgets count too: every step is walked, not only the shown.
inline QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString what = QStringLiteral("%1 \"%2\" in %3")
                                 .arg(QString::fromLatin1(w->metaObject()->className()),
                                     w->objectName(), root->objectName());
        if (isInteractive(w) && w->accessibleName().trimmed().isEmpty())
            problems << what + QStringLiteral(": no accessibleName");
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            const QString text = label->text();
            const bool hasMnemonic = text.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
            if (hasMnemonic && !label->buddy())
                problems << what + QStringLiteral(": mnemonic without a buddy");
        }
    }
    return problems;
}

inline const QByteArray &passphrase()
{
    static const QByteArray p = "kettle on the hob 42";
    return p;
}

// A new store in `dir` (the file name must be new in it).
inline std::unique_ptr<Store> makeStore(const QTemporaryDir &dir,
    const QString &name = QStringLiteral("hearth.db"),
    const QString &practitioner = QStringLiteral("Sam Okafor"))
{
    auto created = Store::create(dir.filePath(name), passphrase(), practitioner);
    if (!created) {
        qWarning("Store::create failed: %s", qPrintable(created.error()));
        return {};
    }
    return std::move(created.value());
}

// Saves a person with nothing assessed yet and returns them (with their id).
inline Person addPerson(Store &store, const QString &given = QStringLiteral("Margaret"),
    const QString &family = QStringLiteral("Okafor"))
{
    Person p;
    p.id = QUuid::createUuid();
    p.givenNames = given;
    p.familyName = family;
    p.dateOfBirth = QDate(1941, 3, 9);
    p.address.lines = {QStringLiteral("1 Test Street"), QStringLiteral("Exeter")};
    p.address.postcode = QStringLiteral("EX4 6PX");
    const Status saved = PersonRepository(store).save(p);
    if (!saved)
        qWarning("saving the person failed: %s", qPrintable(saved.error()));
    return p;
}

// Imports a case file from tests/data (`file` relative to it, e.g. "cases/….json") and returns
// the person's id, or a null id if it could not be read or stored.
inline QUuid importCase(Store &store, const QString &file)
{
    QFile in(QStringLiteral(HEARTH_TEST_DATA "/") + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const Result<Case> read = CaseFile::read(in.readAll());
    if (!read.ok())
        return {};
    const Result<QUuid> imported = CaseRepository(store).importCase(*read);
    return imported.ok() ? *imported : QUuid();
}

} // namespace hearth::guitest
