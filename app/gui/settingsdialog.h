#pragma once

#include "core/plan.h"
#include "core/ras.h"

#include <QByteArray>
#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace hearth {

// Settings ▸ the council's choices: the review intervals (DESIGN 2.6) and its Resource
// Allocation System table (DESIGN 2.5). Nothing changes until OK: a table chosen here is
// checked at once, and kept only on OK; Cancel leaves everything as it was.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Asks for the council's table file; empty when the practitioner cancels. Tests answer it.
    std::function<QString()> chooseRasTableFile;

    // "Load the council's table…": the file is checked; a problem is shown and nothing
    // changes, a good table waits for OK.
    void loadRasTable(const QString &path);
    // "Use the illustrative table": the council's copy is forgotten on OK.
    void useIllustrativeTable();
    // The table the calculations will use after OK, as shown.
    QString tableText() const;
    // The message under the table buttons (a problem, or what OK will do); empty when none.
    QString rasMessage() const;

public slots:
    void accept() override;

private:
    void showTable();
    void showRasMessage(const QString &message, bool isError);
    void fitHeight();

    std::unique_ptr<Ui::SettingsDialog> ui;
    // What OK will do to the table: keep a new one (its checked bytes), or go back to the
    // illustrative table. Neither: leave it.
    std::optional<QByteArray> m_pendingJson;
    std::optional<RasTable> m_pendingTable;
    bool m_pendingIllustrative = false;
};

} // namespace hearth
