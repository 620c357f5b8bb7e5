#include "caseloadmodel.h"

#include "core/nhsnumber.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

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
    QList<QString> folded;
    folded.reserve(m_entries.size());
    QList<int> order(m_entries.size());
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        folded.append(m_entries.at(row).sortName.toCaseFolded());
        order[row] = int(row);
    }
    // The order the view's proxy gave when it compared the folded names itself (folded
    // twice is folded once, so a plain comparison is the case-insensitive one).
    const auto before = [&folded](int a, int b) { return folded.at(a) < folded.at(b); };
    // The store lists people by name already, with SQLite's NOCASE, which agrees with folding
    // for all but some non-ASCII names: sort only when the two disagree.
    if (!std::is_sorted(order.begin(), order.end(), before))
        std::stable_sort(order.begin(), order.end(), before);
    m_nameRank = QList<int>(m_entries.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && before(order.at(i - 1), order.at(i)))
            ++rank;
        m_nameRank[order.at(i)] = rank;
    }
    endResetModel();
}

QUuid CaseloadModel::personId(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).personId;
}

int CaseloadModel::overdueReviews() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [](const CaseloadEntry &entry) { return entry.reviewOverdue; }));
}

QList<int> CaseloadModel::rowsOfEachKind(int column) const
{
    // The fixed few kinds of a column as bits, the others (each status, each name) as text
    // kept apart: no text is built for any of the thousands of rows.
    QList<int> rows;
    QSet<std::pair<QString, QString>> texts;
    int seen = 0;
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const CaseloadEntry &entry = m_entries.at(row);
        int kind = 0;
        switch (column) {
        case DateOfBirthColumn:
            kind = entry.dateOfBirth.isValid() ? 0b01 : 0b10;
            break;
        case NhsNumberColumn:
            kind = entry.nhsNumber.isEmpty() ? 0b10 : 0b01;
            break;
        case NextReviewColumn:
            kind = !entry.nextReview.isValid() ? 0b001 : entry.reviewOverdue ? 0b010 : 0b100;
            break;
        default: {
            // Each status is a kind; every name is a kind of its own.
            auto text = column == StatusColumn ? std::make_pair(entry.status, entry.kind)
                                               : std::make_pair(entry.displayName, QString());
            if (!texts.contains(text)) {
                texts.insert(std::move(text));
                rows.append(int(row));
            }
            continue;
        }
        }
        if (!(seen & kind)) {
            seen |= kind;
            rows.append(int(row));
        }
    }
    return rows;
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::statusText(const QString &status, const QString &kind)
{
    if (status.isEmpty())
        return tr("Not yet assessed");
    QString text = status;
    if (status == u"draft")
        text = tr("Draft");
    else if (status == u"shared")
        text = tr("Shared with the person");
    else if (status == u"finalised")
        text = tr("Finalised");
    if (kind == u"review")
        return tr("Review: %1").arg(text.toLower());
    if (kind == u"carer")
        return tr("Carer's assessment: %1").arg(text.toLower());
    return text;
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
            return statusText(entry.status, entry.kind);
        case NextReviewColumn:
            if (!entry.nextReview.isValid())
                return tr("Not set");
            // In words as well as in colour, so it is read out and seen in any palette.
            return entry.reviewOverdue ? tr("%1, overdue").arg(entry.nextReview.toString(kUkDate))
                                       : entry.nextReview.toString(kUkDate);
        }
        break;
    case OverdueRole:
        return entry.reviewOverdue;
    case Qt::FontRole:
        if (column == NextReviewColumn && entry.reviewOverdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return m_nameRank.at(index.row());
        case DateOfBirthColumn:
            return sortableDate(entry.dateOfBirth);
        case NhsNumberColumn:
            return entry.nhsNumber.isEmpty() ? QStringLiteral("~") : entry.nhsNumber;
        case StatusColumn:
            return statusText(entry.status, entry.kind);
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
        // DESIGN 2.6: an overdue review stands out (the same dark red as a blocking check).
        if (column == NextReviewColumn && entry.reviewOverdue)
            return QColor(0x9b, 0x1c, 0x1c);
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

CaseloadSortModel::CaseloadSortModel(CaseloadModel *caseload, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_caseload(caseload)
{
    setSourceModel(caseload);
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool CaseloadSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == CaseloadModel::NameColumn && right.column() == CaseloadModel::NameColumn)
        return m_caseload->nameRank(left.row()) < m_caseload->nameRank(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hearth
