#include "dialogutil.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>

namespace hearth::dialogutil {

void makeHeading(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(label->text());
}

namespace {

void nameButtons(const QList<QAbstractButton *> &buttons)
{
    for (QAbstractButton *button : buttons) {
        QString name = button->text();
        name.remove(QLatin1Char('&'));
        button->setAccessibleName(name);
    }
}

} // namespace

void nameButtons(QDialogButtonBox *box)
{
    nameButtons(box->buttons());
}

void nameButtons(QMessageBox *box)
{
    nameButtons(box->buttons());
}

void showInlineMessage(QLabel *label, const QString &message, bool isError)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    label->setAccessibleName(message);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (isError) {
        // A dark red that keeps a contrast ratio above 7:1 on the light window background.
        palette.setColor(QPalette::WindowText, QColor(0x9b, 0x1c, 0x1c));
    }
    label->setPalette(palette);
    if (!message.isEmpty()) {
        QAccessibleEvent event(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString wrapped(const QString &text, int maxChars)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace hearth::dialogutil
