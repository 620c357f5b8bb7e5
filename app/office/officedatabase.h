#pragma once

#include "core/result.h"
#include "sync/receipt.h"
#include "sync/synckeys.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace hearth::office {

// One record two laptops changed from the same starting point (DESIGN 4): both versions are
// kept; the office decides.
struct Conflict
{
    QString kind;
    QUuid recordId;
    struct Side
    {
        QUuid deviceId;
        QString practitioner;
        int baseVersion = 0;
        int version = 0;
    };
    Side first; // by device id, so the listing is stable
    Side second;
    QStringList differingFields; // top-level fields whose content differs
};

// The office's database (docs/sync.md): a PostgreSQL URL ("postgresql://user@host:port/db",
// the deployment, through QPSQL) or a file path (SQLite, the embedded default). Created and
// migrated on first use.
class OfficeDatabase
{
    Q_DECLARE_TR_FUNCTIONS(hearth::office::OfficeDatabase)

public:
    ~OfficeDatabase();
    OfficeDatabase(const OfficeDatabase &) = delete;
    OfficeDatabase &operator=(const OfficeDatabase &) = delete;

    static Result<std::unique_ptr<OfficeDatabase>> open(const QString &target);
    static int latestSchemaVersion();

    // Registers a laptop. Enrolling the same laptop with the same key again changes nothing;
    // a different key for a known laptop, or a laptop enrolled with another office, is
    // refused.
    Status enrolDevice(const sync::DevicePublicKey &device, const sync::OfficePublicKey &office);

    struct Imported
    {
        QUuid deviceId;
        QString practitioner;
        qint64 sequence = 0;
        bool already = false; // imported before: nothing changed
        int records = 0;
        int documents = 0;
        int conflicts = 0;
        QList<qint64> missingBefore; // earlier sequence numbers from this laptop not seen yet
        sync::ImportReceipt receipt;
    };
    // Opens, checks and applies one bundle in one transaction; on any failure nothing is
    // written and the message says which check failed.
    Result<Imported> importBundle(const QByteArray &bundle, const sync::OfficeKeys &keys);

    Result<QList<Conflict>> conflicts() const;
    // Every device, bundle, record, version, document and conflict in a canonical order,
    // without import times: two databases given the same bundles dump the same text.
    Result<QString> dump() const;

private:
    struct Private;
    explicit OfficeDatabase(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace hearth::office
