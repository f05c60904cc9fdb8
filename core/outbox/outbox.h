#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ssc {

// The services whose requests wait in an outbox (OutboxItem::service).
namespace outboxServices {
inline const QString pensionCertification = QStringLiteral("pension-certification");
}

// One request waiting to reach the platform: sent with its idempotency key, so sending it twice files it
// once.
struct OutboxItem {
    QString id;   // the file's name; ordered by when it was added
    QString path; // the platform API path
    QJsonObject body;
    QByteArray idempotencyKey;
    qint64 createdAtMs = 0;
    QString label; // items kept before `service`: what the field screen showed, in the language of then
    // What the item is, as a key the field screen words in the reader's language ("pension-certification"),
    // and whom it is for, masked (周*明), never a full name or number.
    QString service;
    QString subject;
};

// 上门服务 without a network: what a visiting staff member files on a home visit waits here until it can be
// sent. Each item is one file, encrypted (AES-256-GCM, key derived from the terminal's secret; the person's
// face and recording are in it) and written so that pulling the power at any moment leaves either the whole
// item or none: written to a temporary file, flushed to the disk, renamed into place, the folder flushed. A
// file that does not decrypt (cut short by a crash before the rename, or tampered with) is never sent and is
// reported.
class Outbox {
public:
    // `terminalSecret`: the platform/terminalSecret setting; the key is derived from it.
    Outbox(QString directory, const QByteArray& terminalSecret);

    bool add(OutboxItem& item, QString* error); // sets item.id
    QList<OutboxItem> pending(QStringList* unreadable = nullptr) const;
    bool remove(const QString& id);
    int count() const { return int(pending().size()); }
    QString directory() const { return m_directory; }

private:
    QByteArray seal(const QByteArray& plain, const QByteArray& associated) const;
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associated) const;

    QString m_directory;
    QByteArray m_key;
};

} // namespace ssc
