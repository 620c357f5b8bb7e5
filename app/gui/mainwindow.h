#pragma once

#include "core/assessmentflow.h"
#include "core/result.h"
#include "printoutdialog.h"
#include "storage/repositories.h"

#include <QMainWindow>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

class QIODevice;
class QLabel;
class QStackedWidget;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace hearth {

class AssessmentView;
class CaseloadModel;
class Store;
class SyncActions;

// The caseload: who is on it, searchable from the keyboard. The window does not own the
// store; it must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How long typing pauses before the caseload is searched again.
    static constexpr int kSearchDelayMs = 200;

    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseloadModel *caseloadModel() const { return m_model; }
    // The person on the current row of the table, or a null id.
    QUuid currentPersonId() const;
    // The view of one person's assessment, made the first time it is asked for.
    AssessmentView *assessmentView();
    // True while a person's assessment is shown instead of the caseload.
    bool isShowingAssessment() const;
    // The Sync menu's work: enrolment, the end-of-day bundle, the office's receipt.
    SyncActions *syncActions() const { return m_sync; }

public slots:
    // Reads the caseload again with the current search text.
    void refresh();
    void focusSearch();
    void showAbout();
    // Opens the person's assessment in place of the caseload; a message says why it cannot.
    void showPerson(const QUuid &personId);
    // Back to the caseload (the assessment is saved first).
    void showCaseload();
    // The open assessment's care and support plan as it will print, to save or print.
    void previewPlan();
    // The easy read of the open plan: the practitioner's words are checked first (DESIGN
    // 2.8), then it is shown as it will print.
    void previewEasyRead();

signals:
    // Enter (or a double click) on a row of the caseload.
    void openPerson(const QUuid &personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void activateRow(const QModelIndex &proxyIndex);
    void selectFirstRow();
    void fitColumns();
    void nameInternalControls();
    void updatePrintActions();
    void showPrintout(
        const QString &title, const QString &fileName, PrintoutDialog::Generator generate);
    void showEasyRead(const AssessmentRecord &record);
    void addSyncMenu();
    void updateSyncStatus();

    std::unique_ptr<Ui::MainWindow> ui;
    Store &m_store;
    PersonRepository m_people;
    CaseloadModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_searchDelay;
    QStackedWidget *m_views = nullptr;
    QWidget *m_caseloadPage = nullptr;
    AssessmentView *m_assessment = nullptr;
    SyncActions *m_sync = nullptr;
    QLabel *m_syncLabel = nullptr;
};

} // namespace hearth
