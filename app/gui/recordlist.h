#pragma once

// The list-and-details pattern of the steps with several records (network members, needs,
// risks): a list widget with one row per record, in the record's order, and one current
// record whose details are shown beside it.

#include <QListWidget>
#include <QSignalBlocker>
#include <QUuid>

#include <algorithm>

namespace hearth::recordlist {

// Where each row keeps the id of its record.
constexpr int kIdRole = Qt::UserRole + 1;

// Makes `list` show `records` (anything with an `id`), each row worded by `textOf`, and keeps
// `current` on its record while it exists, else on the first. Rows are rebuilt only when the
// records themselves changed, so typing into a record's details never moves the selection or
// the focus. Returns whether the rows or the current record changed.
template<typename Record, typename TextOf>
bool sync(QListWidget *list, const QList<Record> &records, QUuid &current, TextOf textOf)
{
    const QUuid before = current;
    const bool present = std::any_of(
        records.cbegin(), records.cend(), [&current](const Record &r) { return r.id == current; });
    if (!present)
        current = records.isEmpty() ? QUuid() : records.constFirst().id;

    bool sameIds = list->count() == records.size();
    for (int i = 0; sameIds && i < records.size(); ++i)
        sameIds = list->item(i)->data(kIdRole).toUuid() == records.at(i).id;

    const QSignalBlocker blocker(list);
    if (!sameIds) {
        const bool hadFocus = list->hasFocus();
        list->clear();
        for (const Record &record : records) {
            auto *item = new QListWidgetItem(list);
            item->setData(kIdRole, record.id);
        }
        if (hadFocus)
            list->setFocus();
    }
    for (int i = 0; i < records.size(); ++i) {
        QListWidgetItem *item = list->item(i);
        const QString text = textOf(records.at(i));
        if (item->text() != text) {
            item->setText(text);
            item->setData(Qt::AccessibleTextRole, text);
        }
        if (records.at(i).id == current && list->currentRow() != i)
            list->setCurrentRow(i);
    }
    return !sameIds || before != current;
}

} // namespace hearth::recordlist
