#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Evidence files made at test time: real pictures and PDFs, and archives — honest ones and hostile ones
// (bombs, paths that climb out, links, nested archives) written with libzip as an attacker would.
namespace evidencefiles {

QByteArray jpeg(int width = 64, int height = 48);
QByteArray png(int width = 64, int height = 48);
QByteArray pdf(const QByteArray& extraObject = {}); // a small whole PDF; extraObject goes in its body

struct Entry {
    QString name;
    QByteArray bytes;
    bool link = false;
};
QByteArray zip(const QList<Entry>& entries);

} // namespace evidencefiles
