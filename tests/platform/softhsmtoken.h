#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A SoftHSM 2 token of the test's own: its configuration and token folder in a temporary folder (never the
// system's /var/lib/softhsm), named to this process and its children (the platform) by SOFTHSM2_CONF, made
// with softhsm2-util as an operator would, its user PIN in a 0600 file.
class SoftHsmToken {
public:
    static constexpr const char* module = "/usr/lib/softhsm/libsofthsm2.so";

    explicit SoftHsmToken(const QString& label = QStringLiteral("ssc-test")) : m_label(label)
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("tokens"));
        QFile conf(m_dir.filePath(QStringLiteral("softhsm2.conf")));
        conf.open(QIODevice::WriteOnly);
        conf.write("directories.tokendir = " + m_dir.filePath(QStringLiteral("tokens")).toUtf8() +
                   "\nobjectstore.backend = file\nlog.level = ERROR\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8());
        QProcess init;
        init.start(QStringLiteral("softhsm2-util"),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                    label, QStringLiteral("--pin"), QString::fromLatin1(pin), QStringLiteral("--so-pin"),
                    QStringLiteral("87654321")});
        m_ready = init.waitForFinished(30000) && init.exitCode() == 0;
        m_error = QString::fromLocal8Bit(init.readAllStandardError() + init.readAllStandardOutput());
        QFile pinFile(pinPath());
        pinFile.open(QIODevice::WriteOnly);
        pinFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        pinFile.write(QByteArray(pin) + '\n');
    }

    static constexpr const char* pin = "12345678";
    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    QString label() const { return m_label; }
    QString pinPath() const { return m_dir.filePath(QStringLiteral("user.pin")); }
    // The --key-store specification of this token.
    QString spec() const
    {
        return QStringLiteral("pkcs11:token=%1?module-path=%2&pin-source=%3")
            .arg(m_label, QString::fromLatin1(module), pinPath());
    }

private:
    QTemporaryDir m_dir;
    QString m_label;
    bool m_ready = false;
    QString m_error;
};
