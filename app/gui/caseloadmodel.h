#pragma once

#include "storage/repositories.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace hearth {

// The caseload as a table: one row per person, from PersonRepository::caseload().
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DateOfBirthColumn,
        NhsNumberColumn,
        StatusColumn,
        NextReviewColumn,
        ColumnCount
    };
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        SortRole, // raw values (dates as QDate) so sorting is chronological
        OverdueRole, // true on every column of a row whose review is overdue
    };

    explicit CaseloadModel(QObject *parent = nullptr);

    void setEntries(QList<CaseloadEntry> entries);
    const QList<CaseloadEntry> &entries() const { return m_entries; }
    QUuid personId(int row) const;
    int overdueReviews() const;
    // For each kind of text `column` shows (a date or "Not known"; each status; a review
    // overdue, due or not set), the first row showing it. The rows of one kind differ only in
    // their digits, so these rows are enough to size the column for all of them.
    QList<int> rowsOfEachKind(int column) const;
    // The row's place in alphabetical order by name (ties share one): the name column's sort
    // role.
    int nameRank(int row) const { return m_nameRank.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Draft", "Shared with the person", "Finalised", "Not yet assessed"; for a review or a
    // carer's assessment, which it is first: "Review: draft", "Carer's assessment: finalised".
    static QString statusText(const QString &status, const QString &kind = {});

private:
    QList<CaseloadEntry> m_entries;
    // Each row's place in alphabetical order (ties share one), worked out once: the sort role
    // of the name column, compared tens of thousands of times by a sort of 10,000 people.
    QList<int> m_nameRank;
};

// The caseload in the order the view shows, through the sort role. Names are compared by
// rank as plain ints: through QVariants, the re-sort of 10,000 people after each refresh was
// a noticeable part of start-up.
class CaseloadSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseloadSortModel(CaseloadModel *caseload, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CaseloadModel *m_caseload;
};

} // namespace hearth
