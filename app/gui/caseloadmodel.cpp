#include "caseloadmodel.h"

#include "core/nhsnumber.h"

#include <QGuiApplication>
#include <QPalette>

namespace hearth {

namespace {

const QString kUkDate = QStringLiteral("dd/MM/yyyy");

// Missing dates sort after every real one.
QDate sortableDate(const QDate &date)
{
    return date.isValid() ? date : QDate(9999, 12, 31);
}

} // namespace

CaseloadModel::CaseloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseloadModel::setEntries(QList<CaseloadEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QUuid CaseloadModel::personId(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).personId;
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::statusText(const QString &status)
{
    if (status.isEmpty())
        return tr("Not yet assessed");
    if (status == u"draft")
        return tr("Draft");
    if (status == u"shared")
        return tr("Shared with the person");
    if (status == u"finalised")
        return tr("Finalised");
    return status;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CaseloadEntry &entry = m_entries.at(index.row());
    const int column = index.column();

    switch (role) {
    case PersonIdRole:
        return entry.personId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn:
            return entry.displayName;
        case DateOfBirthColumn:
            return entry.dateOfBirth.isValid() ? entry.dateOfBirth.toString(kUkDate)
                                               : tr("Not known");
        case NhsNumberColumn:
            return entry.nhsNumber.isEmpty() ? tr("Not known")
                                             : NhsNumber::formatted(entry.nhsNumber);
        case StatusColumn:
            return statusText(entry.status);
        case NextReviewColumn:
            return entry.nextReview.isValid() ? entry.nextReview.toString(kUkDate) : tr("Not set");
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return entry.sortName.toCaseFolded();
        case DateOfBirthColumn:
            return sortableDate(entry.dateOfBirth);
        case NhsNumberColumn:
            return entry.nhsNumber.isEmpty() ? QStringLiteral("~") : entry.nhsNumber;
        case StatusColumn:
            return statusText(entry.status);
        case NextReviewColumn:
            return sortableDate(entry.nextReview);
        }
        break;
    case Qt::ForegroundRole: {
        // "Not known" and "Not set" are quieter than real values.
        const bool missing = (column == DateOfBirthColumn && !entry.dateOfBirth.isValid())
            || (column == NhsNumberColumn && entry.nhsNumber.isEmpty())
            || (column == NextReviewColumn && !entry.nextReview.isValid());
        if (missing)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    }
    case Qt::TextAlignmentRole:
        if (column == NhsNumberColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case NhsNumberColumn:
        return tr("NHS number");
    case StatusColumn:
        return tr("Status");
    case NextReviewColumn:
        return tr("Next review");
    }
    return {};
}

} // namespace hearth
