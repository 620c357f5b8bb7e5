#include "steppage.h"

#include "casesession.h"
#include "textfield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>

namespace hearth {

namespace {

// A blank date shows as its special value text, which has no day, month or year to Tab
// between, and QDateTimeEdit then keeps Tab to itself: the keyboard is trapped in the field.
// While the date is blank, Tab and Shift+Tab leave it, as from any other field.
class BlankDateTabs : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QDateEdit *>(watched);
        if (!edit || event->type() != QEvent::KeyPress || edit->date() != edit->minimumDate())
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool back = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (!forward && !back)
            return false;
        QWidget *next = edit;
        do {
            next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
        } while (next && next != edit
            && (edit->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)
                || !next->isEnabled() || !next->isVisibleTo(edit->window())));
        if (next && next != edit)
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
};

} // namespace

StepPage::StepPage(AssessmentStep step, CaseSession &session, QWidget *parent)
    : QWidget(parent)
    , m_step(step)
    , m_session(session)
{
    connect(&m_session, &CaseSession::changed, this, [this] {
        if (!isLoading())
            recordChanged();
    });
    connect(&m_session, &CaseSession::readOnlyChanged, this, &StepPage::setReadOnly);
}

const AssessmentRecord &StepPage::record() const
{
    return m_session.record();
}

void StepPage::load()
{
    ++m_loading;
    for (const auto &loader : std::as_const(m_loaders))
        loader();
    loadPage();
    --m_loading;
    recordChanged();
}

QWidget *StepPage::firstField() const
{
    // The first control in the tab chain that takes focus.
    QWidget *w = nextInFocusChain();
    while (w && w != this) {
        if (isAncestorOf(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
        w = w->nextInFocusChain();
    }
    return nullptr;
}

void StepPage::setReadOnly(bool readOnly)
{
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(readOnly); // still selectable and readable
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(readOnly);
        else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w))
            w->setEnabled(!readOnly || w->property("hearthAlwaysEnabled").toBool());
    }
}

void StepPage::bindText(QLineEdit *edit, Read<QString> read, Write<QString> write)
{
    m_loaders.append([=, this] {
        const QString value = read(record());
        if (edit->text() != value)
            edit->setText(value);
    });
    connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &text) {
        if (!isLoading())
            write(m_session, text);
    });
}

void StepPage::bindText(TextField *field, Read<QString> read, Write<QString> write)
{
    m_loaders.append([=, this] { field->setTextQuietly(read(record())); });
    connect(field, &TextField::edited, this, [=, this](const QString &text) {
        if (!isLoading())
            write(m_session, text);
    });
}

void StepPage::bindCheck(QCheckBox *box, Read<bool> read, Write<bool> write)
{
    m_loaders.append([=, this] { box->setChecked(read(record())); });
    connect(box, &QCheckBox::toggled, this, [=, this](bool checked) {
        if (!isLoading())
            write(m_session, checked);
    });
}

void StepPage::bindChoice(QComboBox *combo, Read<int> read, Write<int> write)
{
    m_loaders.append([=, this] {
        const int index = combo->findData(read(record()));
        combo->setCurrentIndex(index);
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [=, this](int index) {
        if (!isLoading() && index >= 0)
            write(m_session, combo->itemData(index).toInt());
    });
}

void StepPage::bindAnswer(QComboBox *combo, Read<Answer> read, Write<Answer> write)
{
    if (combo->count() == 0)
        fillAnswers(combo);
    bindChoice(
        combo, [read](const AssessmentRecord &r) { return int(read(r)); },
        [write](CaseSession &s, const int &value) { write(s, Answer(value)); });
}

void StepPage::bindDate(QDateEdit *edit, Read<QDate> read, Write<QDate> write)
{
    // An unknown date shows as the minimum date, which the edit displays as blank text.
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->installEventFilter(new BlankDateTabs(edit));
    m_loaders.append([=, this] {
        const QDate value = read(record());
        edit->setDate(value.isValid() ? value : edit->minimumDate());
    });
    connect(edit, &QDateEdit::dateChanged, this, [=, this](QDate date) {
        if (!isLoading())
            write(m_session, date == edit->minimumDate() ? QDate() : date);
    });
}

void StepPage::bindNumber(QSpinBox *spin, Read<int> read, Write<int> write)
{
    m_loaders.append([=, this] { spin->setValue(read(record())); });
    connect(spin, &QSpinBox::valueChanged, this, [=, this](int value) {
        if (!isLoading())
            write(m_session, value);
    });
}

void StepPage::fillAnswers(QComboBox *combo)
{
    combo->clear();
    combo->addItem(tr("Not known yet"), int(Answer::Unknown));
    combo->addItem(tr("Yes"), int(Answer::Yes));
    combo->addItem(tr("No"), int(Answer::No));
}

} // namespace hearth
