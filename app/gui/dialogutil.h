#pragma once

#include <QString>

class QDialogButtonBox;
class QMessageBox;
class QLabel;
class QWidget;

namespace hearth::dialogutil {

// A heading one step larger than the body text, in bold.
void makeHeading(QLabel *label, qreal scale = 1.35);
// Names the standard buttons of a button box for screen readers (their text changes with
// mnemonics and translations; the name should not carry the "&").
void nameButtons(QDialogButtonBox *box);
void nameButtons(QMessageBox *box);
// Shows `message` in an inline message label, or hides the label when the message is empty,
// and tells assistive technology about the change.
void showInlineMessage(QLabel *label, const QString &message, bool isError);
// A check box does not wrap its text, and statutory wording is long: breaks `text` at words
// into lines of at most `maxChars`, so a page stays inside the middle pane.
QString wrapped(const QString &text, int maxChars);
// The statutory lists are worded to sit inside a sentence; a list row or a choice starts
// with a capital.
QString capitalised(QString text);

} // namespace hearth::dialogutil
