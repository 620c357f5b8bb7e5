#pragma once

#include "core/result.h"
#include "sync/synckeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace hearth {
class Store;
struct AssessmentRecord;
} // namespace hearth

namespace hearth::sync {

// The laptop's side of sync (docs/sync.md): enrolment with the office, the end-of-day bundle
// of everything changed since the office's last receipt, and reading the receipt back.
class LaptopSync
{
    Q_DECLARE_TR_FUNCTIONS(hearth::sync::LaptopSync)

public:
    explicit LaptopSync(Store &store)
        : m_store(store)
    {
    }

    // Keeps the office's public key and makes this laptop's signing key (or keeps the one it
    // has), and returns the laptop's public key for the office to enrol.
    Result<DevicePublicKey> enrol(const OfficePublicKey &office);
    Result<bool> isEnrolled() const;

    // Makes one printout ("plan" or "easy-read") of a finalised assessment as PDF bytes: the
    // documents layer, passed in by the program, as sync sits beside it.
    using Printer
        = std::function<Result<QByteArray>(const AssessmentRecord &record, const QString &kind)>;
    static const QStringList &printoutKinds();

    // Keeps in the store the printouts of every finalised assessment waiting to be sent that
    // has none yet, so the office gets what the person was given. A printout that cannot be
    // made (an easy read too long) is left out and named in the warnings.
    Result<QStringList> keepFinalisedPrintouts(const Printer &print);

    struct Exported
    {
        QString path; // empty when there was nothing to send
        qint64 sequence = 0;
        int records = 0;
        int documents = 0;
        QStringList warnings;
    };
    // Keeps the finalised printouts (above), then writes one bundle into `directory`,
    // atomically, named for the practitioner, the day and the sequence number
    // ("hearth-hannah-ellis-2026-11-23-0007.hearthbundle"). Nothing to send writes nothing.
    Result<Exported> exportBundle(const QString &directory, const Printer &print,
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    struct Receipted
    {
        qint64 sequence = 0;
        int records = 0;
        int documents = 0;
        int conflicts = 0;
        bool already = false; // this receipt had been read before
    };
    // Checks the office's signature, that it is for this laptop and for a bundle it wrote,
    // then forgets what reached the office.
    Result<Receipted> applyReceipt(const QByteArray &receipt);

    // "hannah-ellis": a practitioner's name as it goes into a file name.
    static QString fileNamePart(const QString &text);

private:
    Store &m_store;
};

} // namespace hearth::sync
