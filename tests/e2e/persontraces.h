#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Looking for what a person leaves behind after logout — in widgets, files and the process's memory —
// without the looking leaving it there itself: a needle is never held in clear. It arrives XOR-ed with a
// random key from a child process (demo-person-probe), and is compared byte by byte as data ^ key == xored,
// so the only copies of the person's data a memory scan can find are the terminal's.
class XoredNeedle {
public:
    XoredNeedle(QString label, QByteArray key, QByteArray xored);
    // Whether the needle occurs in these bytes. Allocates nothing: safe in a forked child.
    bool foundIn(const char* data, qsizetype size) const;
    qsizetype size() const { return m_xored.size(); }
    const QString& label() const { return m_label; } // "ssn (UTF-16)": what, never the value

private:
    QString m_label;
    QByteArray m_key;
    QByteArray m_xored;
};

using Needles = std::vector<XoredNeedle>;

// A demo person through the tests' probe process, which asks the platform listening on `port`.
namespace demoperson {
// Their name, social security number and card number, each in UTF-8 and UTF-16, XOR-ed with a fresh key;
// nullopt with *error when the probe failed.
std::optional<Needles> needles(quint16 port, const QString& person, QString* error);
// As GET /api/v1/demo/people lists them, in clear: for a person whose card the test emulates (the chip's data
// is in the test process anyway).
QJsonObject inClear(quint16 port, const QString& person);
} // namespace demoperson

// Where the needles were found: "ssn (UTF-8) in QLabel greeting", one line each; empty when nowhere.
QStringList tracesInWidgets(const Needles& needles); // every widget's texts, tooltips, names and items
QStringList tracesInFiles(const QStringList& folders, const Needles& needles); // every file under them
// The whole memory of this process: a forked child reads its copy of it through /proc/self/maps and
// /proc/self/mem (the snapshot of the moment of the fork), so nothing needs ptrace rights.
QStringList tracesInMemory(const Needles& needles);
