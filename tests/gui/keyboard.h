#pragma once

// Driving a window with the keyboard alone, as a practitioner on a sofa does: Tab to a
// control, then type, Space, arrows or Enter. Nothing here clicks or sets a value directly, so
// a control that the keyboard cannot reach, or reaches in a loop that never arrives, fails.

#include "guitest.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QRadioButton>

#include <functional>

namespace hearth::keyboard {

using guitest::focused;

inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Presses Tab until `arrived` holds for the focused widget. Tab order wraps round the window,
// so a reachable control is found within a few hundred presses.
inline bool tabUntil(const std::function<bool(QWidget *)> &arrived, const QString &what)
{
    constexpr int kLimit = 400;
    for (int i = 0; i < kLimit; ++i) {
        if (focused() && arrived(focused()))
            return true;
        if (!focused())
            break;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    qWarning(
        "Tab never reached %s (focus on %s)", qPrintable(what), qPrintable(describe(focused())));
    return false;
}

inline bool tabTo(QWidget *target)
{
    if (!target) {
        qWarning("tabTo: no such control");
        return false;
    }
    return tabUntil([target](QWidget *w) { return w == target; }, describe(target));
}

// Types text that may run over several lines: Return between them, as on a keyboard.
inline void typeLines(QWidget *field, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClicks(field, lines.at(i));
    }
}

// Replaces a field's text as a person would: select all, type.
inline bool fill(QWidget *field, const QString &text)
{
    if (!tabTo(field))
        return false;
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        typeLines(field, text);
    return true;
}

// A combo box: Tab to it, Home, then Down until the wanted item is current.
inline bool choose(QComboBox *combo, const QString &itemText)
{
    if (!tabTo(combo))
        return false;
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count(); ++i) {
        if (combo->currentText() == itemText)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    qWarning("%s has no item \"%s\"", qPrintable(describe(combo)), qPrintable(itemText));
    return false;
}

// A check box: Tab to it, Space if it is not as wanted.
inline bool setChecked(QAbstractButton *box, bool checked)
{
    if (!tabTo(box))
        return false;
    if (box->isChecked() != checked)
        QTest::keyClick(box, Qt::Key_Space);
    return box->isChecked() == checked;
}

// Presses a button with Space.
inline bool activate(QAbstractButton *button)
{
    if (!tabTo(button))
        return false;
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

// A radio button in an exclusive group: Tab reaches only the group's checked (or first)
// button, then the arrow keys move the choice, as in any desktop toolkit.
inline bool chooseRadio(QRadioButton *target)
{
    if (!target)
        return false;
    const auto sameGroup = [target](QWidget *w) {
        auto *radio = qobject_cast<QRadioButton *>(w);
        if (!radio)
            return false;
        if (target->group())
            return radio->group() == target->group();
        return radio->parentWidget() == target->parentWidget();
    };
    if (!tabUntil(sameGroup, describe(target)))
        return false;
    for (int i = 0; i < 12 && !target->isChecked(); ++i) {
        // The arrow that points at the target: buttons side by side take Right and Left.
        const QPoint from = focused()->mapToGlobal(QPoint());
        const QPoint to = target->mapToGlobal(QPoint());
        Qt::Key key = Qt::Key_Down;
        if (to.y() == from.y())
            key = to.x() > from.x() ? Qt::Key_Right : Qt::Key_Left;
        else if (to.y() < from.y())
            key = Qt::Key_Up;
        if (focused() != target)
            QTest::keyClick(focused(), key);
        if (!target->isChecked() && focused() == target)
            QTest::keyClick(target, Qt::Key_Space);
    }
    return target->isChecked();
}

// A list: Tab to it, then Home and Down to the row whose text starts with `rowText`.
inline bool selectRow(QListWidget *list, const QString &rowText)
{
    if (!tabTo(list))
        return false;
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i <= list->count(); ++i) {
        if (list->currentItem() && list->currentItem()->text().contains(rowText))
            return true;
        QTest::keyClick(list, Qt::Key_Down);
    }
    qWarning("%s has no row \"%s\"", qPrintable(describe(list)), qPrintable(rowText));
    return false;
}

} // namespace hearth::keyboard
