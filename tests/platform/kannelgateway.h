#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

// A real Kannel on loopback for the review texts' tests and benchmark (docs/notifications.md, "Testing"):
// bearerbox with a fake SMS centre, smsbox with its send-sms HTTP interface, and Kannel's fakesmsc connected
// as the SMS centre's other end, printing every text it receives. Everything lives in `folder` (the generated
// kannel.conf, the sendsms password file, the logs); the send-sms port is a free one found at the first start
// and kept across stop() and start(), so a platform configured once finds the gateway again; the ports only
// Kannel's boxes use are picked again when one turns out taken (bearerbox exits at once then).
class KannelGateway {
public:
    explicit KannelGateway(QString folder);
    ~KannelGateway();

    bool start(); // false with error() set; waits until smsbox and fakesmsc are connected to bearerbox
    void stop();  // all three killed: the gateway is down, as a crash or a network cut
    QString error() const { return m_error; }

    // The platform's options for this gateway (--sms-gateway, --sms-user, --sms-password-file).
    QStringList platformArguments() const;

    struct Text {
        QString from;
        QString to;
        QString body; // decoded from the UCS-2 fakesmsc prints
    };
    // Every text fakesmsc has received since the first start (across restarts).
    QList<Text> received();
    // Waits until `count` texts have arrived in all, at most timeoutMs; false when fewer did.
    bool waitForTexts(qsizetype count, int timeoutMs);

private:
    bool writeConfiguration(bool freshInternalPorts);
    bool startBearerbox(const QString& conf);
    bool startSmsbox(const QString& conf);
    QString logTail(const QString& log) const;
    std::unique_ptr<QProcess> launch(const QString& program, const QStringList& arguments,
                                     const QString& log);
    // Waits for `needle` in the log; gives up early when `source` (the box whose progress the line reports)
    // has exited.
    bool waitForLog(const QString& log, const QString& needle, int timeoutMs,
                    const QProcess* source = nullptr);
    void readFakeSmsc();

    QString m_folder;
    quint16 m_adminPort = 0;
    quint16 m_boxPort = 0;
    quint16 m_smscPort = 0;
    quint16 m_sendPort = 0;
    std::unique_ptr<QProcess> m_bearerbox;
    std::unique_ptr<QProcess> m_smsbox;
    std::unique_ptr<QProcess> m_fakesmsc;
    QList<Text> m_received;
    QString m_error;
};
