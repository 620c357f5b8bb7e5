#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "appsettings.h"
#include "assessmentview.h"
#include "caseloadmodel.h"
#include "casesession.h"
#include "dialogutil.h"
#include "documents/easyreadpdf.h"
#include "documents/planpdf.h"
#include "plainlanguagedialog.h"
#include "planpage.h"
#include "printoutdialog.h"
#include "settingsdialog.h"
#include "steppage.h"
#include "storage/store.h"
#include "syncactions.h"

#include <hearth/version.h>

#include <QAbstractButton>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

namespace hearth {

namespace {

// People search by NHS number as it is printed ("943 476 5919"); the store keeps digits only.
QString searchTerm(const QString &typed)
{
    QString text = typed.simplified();
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    bool allDigits = !digits.isEmpty();
    for (const QChar c : std::as_const(digits))
        allDigits = allDigits && c.isDigit();
    return allDigits ? digits : text;
}

QString peopleCount(int n)
{
    // Spelled out: there is no English .ts file to supply %n plural forms.
    return n == 1 ? MainWindow::tr("1 person") : MainWindow::tr("%1 people").arg(n);
}

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_people(store)
    , m_model(new CaseloadModel(this))
    , m_sorted(new CaseloadSortModel(m_model, this))
{
    ui->setupUi(this);
    setWindowTitle(tr("Hearth — %1").arg(store.practitioner()));
    dialogutil::makeHeading(ui->headingLabel, 1.4);

    ui->caseloadView->setModel(m_sorted);
    ui->caseloadView->sortByColumn(CaseloadModel::NameColumn, Qt::AscendingOrder);

    QHeaderView *header = ui->caseloadView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseloadModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(120);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows with room to breathe: easier to read, and to hit with a touchpad.
    ui->caseloadView->verticalHeader()->setMinimumSectionSize(0);
    ui->caseloadView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);

    QFont emptyFont = ui->emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    ui->emptyLabel->setFont(emptyFont);
    ui->emptyLabel->setMargin(24);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(store.path())));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(store.path()));
    // A long path must not widen the window beyond a 1366-pixel screen.
    m_storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_storeLabel->setMinimumWidth(100);
    m_storeLabel->setContentsMargins(6, 0, 6, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setContentsMargins(6, 0, 6, 0);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    // The store opened in spite of something the practitioner must hear of: a backup that a
    // full disk kept from being refreshed (Store::warnings). It stays until they move on.
    if (const QStringList warnings = store.warnings(); !warnings.isEmpty())
        statusBar()->showMessage(warnings.join(u' '));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::refresh);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    ui->searchEdit->installEventFilter(this);

    connect(ui->caseloadView, &QAbstractItemView::activated, this, &MainWindow::activateRow);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionPrintPlan, &QAction::triggered, this, &MainWindow::previewPlan);
    connect(ui->actionPrintEasyRead, &QAction::triggered, this, &MainWindow::previewEasyRead);
    // Ctrl+, and whatever the desktop uses for preferences (QKeySequence::Preferences).
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!settingsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        settingsKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    ui->actionSettings->setShortcuts(settingsKeys);
    connect(ui->actionSettings, &QAction::triggered, this, [this] {
        auto *settings = new SettingsDialog(this);
        settings->setObjectName(QStringLiteral("settingsDialog"));
        settings->setAttribute(Qt::WA_DeleteOnClose);
        // The Plan step shows which table its next calculation uses.
        connect(settings, &QDialog::accepted, this, [this] {
            if (m_assessment) {
                if (auto *plan = qobject_cast<PlanPage *>(m_assessment->page(AssessmentStep::Plan)))
                    plan->settingsChanged();
            }
            // The window keeps its language until Hearth starts again: say so, in the new one.
            const Language next = appsettings::startingLanguage();
            if (next != language::interface()) {
                const ScopedLanguage inNext(next);
                statusBar()->showMessage(tr("Hearth will speak %1 the next time it starts.")
                                             .arg(language::nativeName(next)));
            }
        });
        settings->open();
    });

    // The caseload and a person's assessment take turns in the middle of the window.
    m_caseloadPage = takeCentralWidget();
    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("viewStack"));
    m_views->addWidget(m_caseloadPage);
    setCentralWidget(m_views);
    connect(this, &MainWindow::openPerson, this, &MainWindow::showPerson);
    updatePrintActions();
    addSyncMenu();

    nameInternalControls();
    refresh();
    resize(QSize(1100, 680).boundedTo(QSize(1366, 768)));
    ui->searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

QUuid MainWindow::currentPersonId() const
{
    const QModelIndex current = ui->caseloadView->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(CaseloadModel::PersonIdRole).toUuid();
}

void MainWindow::refresh()
{
    m_searchDelay.stop();
    const QString typed = ui->searchEdit->text().trimmed();
    const QUuid previous = currentPersonId();

    const QString term = searchTerm(typed);
    auto entries = m_people.caseload(term);
    // Without a search the caseload is everyone, already counted.
    const Result<int> total
        = term.isEmpty() && entries ? Result<int>(int(entries->size())) : m_people.count();
    if (!entries || !total) {
        m_model->setEntries({});
        ui->emptyLabel->setText(tr("Hearth could not read your caseload: %1")
                                    .arg(!entries ? entries.error() : total.error()));
        ui->caseloadStack->setCurrentWidget(ui->emptyPage);
        m_countLabel->clear();
        return;
    }

    m_model->setEntries(std::move(entries.value()));
    const int shown = m_model->rowCount();
    if (total.value() == 0) {
        ui->emptyLabel->setText(
            tr("No one on your caseload yet.\n\nImport a case file with hearth-cli import-case "
               "and the people in it will appear here."));
        ui->caseloadStack->setCurrentWidget(ui->emptyPage);
    } else if (shown == 0) {
        ui->emptyLabel->setText(tr("No one on your caseload matches “%1”.").arg(typed));
        ui->caseloadStack->setCurrentWidget(ui->emptyPage);
    } else {
        ui->caseloadStack->setCurrentWidget(ui->tablePage);
    }
    ui->emptyLabel->setAccessibleName(ui->emptyLabel->text());
    fitColumns();

    m_countLabel->setText(typed.isEmpty() || shown == total.value()
            ? peopleCount(total.value())
            : tr("%1 of %2").arg(shown).arg(peopleCount(total.value())));

    // Keep the same person selected across a refresh when they are still listed.
    if (!previous.isNull()) {
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const QModelIndex index = m_sorted->index(row, 0);
            if (index.data(CaseloadModel::PersonIdRole).toUuid() == previous) {
                ui->caseloadView->setCurrentIndex(index);
                break;
            }
        }
    }
}

void MainWindow::fitColumns()
{
    // The short columns fit their contents with a gap between them; the name takes the rest.
    // Measured on one row of each kind: the thousand rows the view's sizeHintForColumn lays out
    // were a large part of start-up with a caseload of thousands.
    const int gap = fontMetrics().averageCharWidth() * 3;
    QHeaderView *header = ui->caseloadView->horizontalHeader();
    for (int column = CaseloadModel::NameColumn + 1; column < CaseloadModel::ColumnCount;
         ++column) {
        int content = header->sectionSizeHint(column);
        const QList<int> rows = m_model->rowsOfEachKind(column);
        for (const int row : rows) {
            const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, column));
            content = std::max(content, ui->caseloadView->sizeHintForIndex(index).width());
        }
        header->resizeSection(column, content + gap);
    }
}

AssessmentView *MainWindow::assessmentView()
{
    // Made when the first person is opened rather than at start-up, which building its ten
    // steps slowed more than any other part of the window.
    if (!m_assessment) {
        m_assessment = new AssessmentView(m_store, m_views);
        m_assessment->setObjectName(QStringLiteral("assessmentView"));
        m_views->addWidget(m_assessment);
        connect(m_assessment, &AssessmentView::closed, this, &MainWindow::showCaseload);
        if (auto *plan = qobject_cast<PlanPage *>(m_assessment->page(AssessmentStep::Plan))) {
            connect(plan, &PlanPage::previewPlanRequested, this, &MainWindow::previewPlan);
            connect(plan, &PlanPage::previewEasyReadRequested, this, &MainWindow::previewEasyRead);
        }
    }
    return m_assessment;
}

bool MainWindow::isShowingAssessment() const
{
    return m_assessment && m_views->currentWidget() == m_assessment;
}

void MainWindow::showPerson(const QUuid &personId)
{
    const Status opened = assessmentView()->openPerson(personId);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open this person"), opened.error());
        return;
    }
    m_views->setCurrentWidget(m_assessment);
    updatePrintActions();
    if (QWidget *first = m_assessment->page(m_assessment->currentStep())->firstField())
        first->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showCaseload()
{
    m_views->setCurrentWidget(m_caseloadPage);
    updatePrintActions();
    setWindowTitle(tr("Hearth — %1").arg(m_store.practitioner()));
    refresh();
    ui->caseloadView->setFocus();
}

void MainWindow::updatePrintActions()
{
    // There is something to print only while an assessment is open.
    const bool open = isShowingAssessment() && m_assessment->session().isOpen();
    ui->actionPrintPlan->setEnabled(open);
    ui->actionPrintEasyRead->setEnabled(open);
}

void MainWindow::showPrintout(
    const QString &title, const QString &fileName, PrintoutDialog::Generator generate)
{
    const Language language = language::forPrintout(
        m_assessment->session().record().person.communication.preferredLanguage,
        language::interface());
    auto *dialog = new PrintoutDialog(title, fileName, std::move(generate), language, this);
    dialog->setObjectName(QStringLiteral("printoutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::previewPlan()
{
    if (!isShowingAssessment() || !m_assessment->session().isOpen())
        return;
    // A copy: the PDF is made on another thread while the practitioner may carry on typing.
    const AssessmentRecord record = m_assessment->session().record();
    const QDate printedOn = QDate::currentDate();
    const QString title = PlanPdf::title(record);
    showPrintout(title, tr("%1, %2.pdf").arg(title, printedOn.toString(Qt::ISODate)),
        [record, printedOn](QIODevice &out, Language language) {
            return PlanPdf::write(record, printedOn, out, language);
        });
}

void MainWindow::previewEasyRead()
{
    if (!isShowingAssessment() || !m_assessment->session().isOpen())
        return;
    const AssessmentRecord record = m_assessment->session().record();
    const QList<PlainLanguageDialog::Finding> findings = PlainLanguageDialog::check(record);
    if (findings.isEmpty()) {
        showEasyRead(record);
        return;
    }
    auto *check = new PlainLanguageDialog(findings, record.person.displayName(), this);
    check->setObjectName(QStringLiteral("plainLanguageDialog"));
    check->setAttribute(Qt::WA_DeleteOnClose);
    connect(check, &QDialog::finished, this, [this, check, record](int outcome) {
        if (outcome == PlainLanguageDialog::PrintAnyway) {
            showEasyRead(record);
        } else if (outcome == PlainLanguageDialog::GoToStep) {
            const AssessmentStep step = check->chosenStep();
            m_assessment->goToStep(step);
            if (QWidget *first = m_assessment->page(step)->firstField())
                first->setFocus(Qt::ShortcutFocusReason);
        }
    });
    check->open();
}

void MainWindow::showEasyRead(const AssessmentRecord &record)
{
    const QDate printedOn = QDate::currentDate();
    showPrintout(EasyReadPdf::title(record),
        tr("Easy read plan for %1, %2.pdf")
            .arg(record.person.fullName(), printedOn.toString(Qt::ISODate)),
        [record, printedOn](QIODevice &out, Language language) {
            return EasyReadPdf::write(record, printedOn, out, language);
        });
}

void MainWindow::addSyncMenu()
{
    m_sync = new SyncActions(m_store, this);
    m_sync->setObjectName(QStringLiteral("syncActions"));
    m_sync->saveOpenWork = [this]() -> Status {
        if (!m_assessment)
            return {};
        CaseSession &session = m_assessment->session();
        if (!session.isOpen() || !session.hasUnsavedChanges())
            return {};
        return session.saveNow();
    };
    connect(m_sync, &SyncActions::stateChanged, this, &MainWindow::updateSyncStatus);

    auto *menu = new QMenu(tr("S&ync"), this);
    menu->setObjectName(QStringLiteral("menuSync"));
    QAction *enrol = menu->addAction(tr("&Enrol with the office…"));
    enrol->setObjectName(QStringLiteral("actionEnrol"));
    enrol->setToolTip(tr("Enrol this laptop with the office's public key, and save this "
                         "laptop's key for the office"));
    connect(enrol, &QAction::triggered, m_sync, &SyncActions::enrol);
    QAction *endOfDay = menu->addAction(tr("End of &day: create sync bundle…"));
    endOfDay->setObjectName(QStringLiteral("actionEndOfDay"));
    // Not Ctrl+E: on Linux that goes to the end of the line in a text field, which keeps it.
    endOfDay->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    endOfDay->setToolTip(tr("Save everything changed since the office's last receipt in one "
                            "encrypted bundle for the office"));
    connect(endOfDay, &QAction::triggered, m_sync, &SyncActions::endOfDay);
    QAction *receipt = menu->addAction(tr("&Read office receipt…"));
    receipt->setObjectName(QStringLiteral("actionReadReceipt"));
    receipt->setToolTip(tr("Read the receipt the office sent back for a bundle"));
    connect(receipt, &QAction::triggered, m_sync, &SyncActions::readReceipt);
    menuBar()->insertMenu(ui->menuHelp->menuAction(), menu);

    updateSyncStatus();
}

void MainWindow::updateSyncStatus()
{
    const QString text = m_sync->statusText();
    m_syncLabel->setText(text);
    m_syncLabel->setAccessibleName(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Whatever is open is saved before the window goes; if it cannot be, the window stays.
    if (isShowingAssessment()) {
        const Status closed = m_assessment->closeCase();
        if (!closed) {
            QMessageBox::warning(this, tr("Not saved"),
                tr("Hearth could not save the assessment, so it is staying open: %1")
                    .arg(closed.error()));
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::focusSearch()
{
    ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui->searchEdit->selectAll();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Hearth"));
    box->setIcon(QMessageBox::NoIcon);
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Hearth %1").arg(QString::fromLatin1(kVersion)));
    box->setInformativeText(
        tr("Offline, strengths-based Care Act 2014 assessments for adult social care.\n\n"
           "Your records stay encrypted on this laptop until you send them to the office."));
    box->setStandardButtons(QMessageBox::Close);
    box->setAccessibleName(tr("About Hearth"));
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        QString name = button->text();
        button->setAccessibleName(name.remove(QLatin1Char('&')));
    }
    box->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // From the search field straight to the results.
            if (m_searchDelay.isActive())
                refresh();
            if (m_sorted->rowCount() > 0) {
                ui->caseloadView->setFocus(Qt::TabFocusReason);
                if (!ui->caseloadView->currentIndex().isValid())
                    selectFirstRow();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!ui->searchEdit->text().isEmpty()) {
                ui->searchEdit->clear();
                refresh();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    ui->caseloadView->selectRow(proxyIndex.row());
    const QUuid id = proxyIndex.data(CaseloadModel::PersonIdRole).toUuid();
    const QString name
        = m_sorted->index(proxyIndex.row(), CaseloadModel::NameColumn).data().toString();
    statusBar()->showMessage(tr("%1 selected").arg(name), 4000);
    emit openPerson(id);
}

void MainWindow::selectFirstRow()
{
    if (m_sorted->rowCount() == 0)
        return;
    ui->caseloadView->setCurrentIndex(m_sorted->index(0, 0));
    ui->caseloadView->selectRow(0);
}

void MainWindow::nameInternalControls()
{
    // Controls Qt makes inside other widgets need names too (STYLE.md habit 12).
    const QList<QToolButton *> searchButtons = ui->searchEdit->findChildren<QToolButton *>();
    for (QToolButton *button : searchButtons)
        button->setAccessibleName(tr("Clear search"));
    ui->caseloadView->horizontalHeader()->setAccessibleName(tr("Caseload columns"));
    ui->caseloadView->verticalHeader()->setAccessibleName(tr("Caseload rows"));
    const QList<QToolButton *> menuButtons = menuBar()->findChildren<QToolButton *>();
    for (QToolButton *button : menuButtons)
        button->setAccessibleName(tr("More menus"));
    const QList<QAbstractButton *> corner = ui->caseloadView->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : corner)
        button->setAccessibleName(tr("Select all"));
}

} // namespace hearth
