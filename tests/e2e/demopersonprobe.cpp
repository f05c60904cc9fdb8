// demo-person-probe PORT PERSON [KEY]: a demo person as the platform on PORT lists them
// (GET /api/v1/demo/people), for tests that look for the person's data in the terminal's process and so must
// not hold it in clear themselves (tests/e2e/persontraces.h).
//
// Without KEY: the person's JSON object on one line. With KEY (hex bytes, none zero): one line per datum
// and encoding, "label<TAB>hex", the datum's bytes XOR-ed with the key (repeated as needed). Exit status 1
// when the platform did not answer or does not know the person.
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace {

QJsonObject fetchPerson(quint16 port, const QString& person)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/demo/people").arg(port))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonArray people =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("people")).toArray();
    delete reply;
    for (const QJsonValue& p : people)
        if (p.toObject().value(QStringLiteral("person")).toString() == person)
            return p.toObject();
    return {};
}

QByteArray xored(const QByteArray& bytes, const QByteArray& key)
{
    QByteArray out = bytes;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = static_cast<char>(out[i] ^ key[i % key.size()]);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QJsonObject person = fetchPerson(args[1].toUShort(), args[2]);
    if (person.isEmpty())
        return 1;
    if (args.size() < 4) {
        std::fputs(QJsonDocument(person).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    const QByteArray key = QByteArray::fromHex(args[3].toLatin1());
    if (key.isEmpty() || key.contains('\0'))
        return 2;
    for (const char* field : {"name", "ssn", "cardNumber"}) {
        const QString value = person.value(QLatin1String(field)).toString();
        const QByteArray utf16(reinterpret_cast<const char*>(value.utf16()), value.size() * 2);
        std::printf("%s (UTF-8)\t%s\n", field, xored(value.toUtf8(), key).toHex().constData());
        std::printf("%s (UTF-16)\t%s\n", field, xored(utf16, key).toHex().constData());
    }
    return 0;
}
