#include "platformfixture.h"

#include "cardauth/cardkey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace {

std::atomic<int> fixtureCounter{0};

QString readPostgresUrl()
{
    QFile file(qEnvironmentVariable("SSC_TEST_POSTGRES_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase openUrl(const QString& url, const QString& connection)
{
    const bool postgres = url.startsWith(u"postgresql://");
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
    if (postgres) {
        const QUrl u(url);
        const QUrlQuery q(u);
        db.setHostName(q.queryItemValue(QStringLiteral("host")));
        db.setPort(q.queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    } else {
        db.setDatabaseName(url);
    }
    db.open();
    return db;
}

} // namespace

PlatformFixture::PlatformFixture() : m_connection(QStringLiteral("fixture-%1").arg(fixtureCounter++)) {}

PlatformFixture::~PlatformFixture()
{
    stop();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString PlatformFixture::databaseKind() const
{
    return qEnvironmentVariable("SSC_TEST_DATABASE", QStringLiteral("sqlite"));
}

bool PlatformFixture::createDatabase()
{
    if (databaseKind() != u"postgresql") {
        m_databaseUrl = m_dir.filePath(QStringLiteral("platform.db"));
        return true;
    }
    const QString maintenance = readPostgresUrl();
    if (maintenance.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL test cluster (SSC_TEST_POSTGRES_URL_FILE)");
        return false;
    }
    const QString name =
        QStringLiteral("ssc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(fixtureCounter++);
    {
        QSqlDatabase admin = openUrl(maintenance, m_connection + QStringLiteral("-admin"));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            m_error = create.lastError().text();
            return false;
        }
    }
    QSqlDatabase::removeDatabase(m_connection + QStringLiteral("-admin"));
    QUrl url(maintenance);
    url.setPath(u'/' + name);
    m_databaseUrl = url.toString();
    return true;
}

bool PlatformFixture::start(bool demo, quint16 port)
{
    if (m_databaseUrl.isEmpty() && !createDatabase())
        return false;
    m_process = std::make_unique<QProcess>();
    // SSC_TEST_PLATFORM_STDERR=1 shows the platform's log while a test runs (docs/testing.md).
    m_process->setProcessChannelMode(qEnvironmentVariableIsSet("SSC_TEST_PLATFORM_STDERR")
                                         ? QProcess::ForwardedErrorChannel
                                         : QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--db"), m_databaseUrl, QStringLiteral("--port"), QString::number(port)};
    if (demo)
        args << QStringLiteral("--demo");
    args << storeArguments();
    // Analyses at full priority: two tests share the machine's two cores in ctest, and a worker at nice 10
    // behind the other test's work took 40 s for a recording (bench_platform_busy measures the nice value).
    args << QStringLiteral("--worker-nice") << QStringLiteral("0");
    if (m_tls)
        args << QStringLiteral("--tls-dir") << stateFolder() + QStringLiteral("/tls");
    args << m_extraArguments;
    m_process->start(QStringLiteral(SSC_PLATFORM_PATH), args);
    static const QRegularExpression listening(
        QStringLiteral("listening on https?://[^:]+:(\\d+)[^\\n]*?(?:pin sha256:([0-9a-f]+))?\\n"));
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 30000) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_pin = match.captured(2).toLatin1();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("ssc-platform did not start: ") +
              QString::fromUtf8(out + m_process->readAllStandardError());
    return false;
}

QByteArray PlatformFixture::raw(const QByteArray& bytes, bool* closed)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    answer += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

bool PlatformFixture::waitForExit(int timeoutMs)
{
    return !m_process || m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
}

int PlatformFixture::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning ||
        m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

qint64 PlatformFixture::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool PlatformFixture::startTls()
{
    m_tls = true;
    return start(true);
}

void PlatformFixture::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            kill();
    }
}

void PlatformFixture::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

// Its own keys, kept across restarts like a real deployment's (cards personalised before a restart still
// prove themselves after it, codes signed before it still verify).
QStringList PlatformFixture::storeArguments() const
{
    return {QStringLiteral("--issuer-key"), stateFolder() + QStringLiteral("/issuer-master.key"),
            QStringLiteral("--key-store"), keyStore()};
}

QString PlatformFixture::keyStore() const
{
    return m_keyStore.isEmpty() ? QStringLiteral("file:") + stateFolder() + QStringLiteral("/keys")
                                : m_keyStore;
}

QString PlatformFixture::stateFolder() const
{
    return m_sharedFolder.isEmpty() ? m_dir.path() : m_sharedFolder;
}

void PlatformFixture::shareWith(const PlatformFixture& first)
{
    m_databaseUrl = first.m_databaseUrl;
    m_sharedFolder = first.stateFolder();
    m_keyStore = first.m_keyStore;
    m_tls = first.m_tls;
    m_pin = first.m_pin;
}

std::pair<int, QString> PlatformFixture::command(const QStringList& args, const QByteArray& input)
{
    if (m_databaseUrl.isEmpty() && !createDatabase())
        return {-1, m_error};
    QProcess process;
    process.start(QStringLiteral(SSC_PLATFORM_PATH),
                  args + QStringList{QStringLiteral("--db"), m_databaseUrl} + storeArguments());
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {-1, QStringLiteral("ssc-platform %1 did not finish").arg(args.join(u' '))};
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

bool PlatformFixture::restart(bool demo)
{
    stop();
    return start(demo, m_port);
}

PlatformFixture::Response PlatformFixture::request(const QByteArray& method, const QString& path,
                                                   const QByteArray& body, const Headers& headers,
                                                   int timeoutMs)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    if (!reply->isFinished())
        reply->abort();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.raw = reply->readAll();
    response.json = QJsonDocument::fromJson(response.raw).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return response;
}

PlatformFixture::Headers PlatformFixture::terminalHeaders(const QString& mode)
{
    const QByteArray id = "demo-" + mode.toLatin1();
    return {{"Authorization", "Bearer " + id + ':' + id + "-demo-secret"},
            {"X-SSC-Terminal-Mode", mode.toLatin1()}};
}

PlatformFixture::Response PlatformFixture::asTerminal(const QString& mode, const QByteArray& method,
                                                      const QString& path, const QJsonObject& body,
                                                      Headers headers)
{
    for (auto& header : terminalHeaders(mode))
        headers.push_back(header);
    return request(method, path,
                   body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                   headers);
}

QString PlatformFixture::mint(const QString& person, int issuedSecondsAgo, const QString& region)
{
    QJsonObject body{{QStringLiteral("person"), person},
                     {QStringLiteral("issuedSecondsAgo"), issuedSecondsAgo}};
    if (!region.isEmpty())
        body.insert(QStringLiteral("region"), region);
    return request("POST", QStringLiteral("/api/v1/demo/ecard/mint"), QJsonDocument(body).toJson())
        .json.value(QStringLiteral("code"))
        .toString();
}

QJsonObject PlatformFixture::demoPerson(const QString& person)
{
    const Response people = request("GET", QStringLiteral("/api/v1/demo/people"));
    for (const QJsonValue& v : people.json.value(QStringLiteral("people")).toArray())
        if (v.toObject().value(QStringLiteral("person")).toString() == person)
            return v.toObject();
    return {};
}

QJsonObject PlatformFixture::cardChallenge(const QString& terminalMode)
{
    return asTerminal(terminalMode, "POST", QStringLiteral("/api/v1/card/challenges")).json;
}

QJsonObject PlatformFixture::cardProof(const QString& person, const QString& terminalMode)
{
    return cardProofFor(demoPerson(person), cardChallenge(terminalMode));
}

QJsonObject PlatformFixture::cardProofFor(const QJsonObject& card, const QJsonObject& challenge)
{
    const QByteArray key = QByteArray::fromHex(card.value(QStringLiteral("cardKey")).toString().toLatin1());
    const auto answer = ssc::cardauth::cryptogram(
        key, QByteArray::fromHex(challenge.value(QStringLiteral("challenge")).toString().toLatin1()));
    return {{QStringLiteral("cardIdentifier"), card.value(QStringLiteral("cardIdentifier"))},
            {QStringLiteral("challengeId"), challenge.value(QStringLiteral("challengeId"))},
            {QStringLiteral("cryptogram"), answer ? QString::fromLatin1(answer->toHex()) : QString()}};
}

qint64 PlatformFixture::findPerson(const QByteArray& staffToken, const QString& terminalMode,
                                   const QString& person)
{
    const QJsonObject p = demoPerson(person);
    return asTerminal(terminalMode, "POST", QStringLiteral("/api/v1/staff/people/lookup"),
                      {{QStringLiteral("name"), p[QStringLiteral("name")]},
                       {QStringLiteral("ssn"), p[QStringLiteral("ssn")]}},
                      {{"X-SSC-Staff-Session", staffToken}})
        .json[QStringLiteral("id")]
        .toInteger();
}

QString PlatformFixture::citizenSession(const QString& person, const QString& terminalMode)
{
    const Response r = asTerminal(terminalMode, "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                  {{QStringLiteral("code"), mint(person)}});
    return r.json.value(QStringLiteral("session")).toObject().value(QStringLiteral("token")).toString();
}

QString PlatformFixture::staffSession(const QString& username, const QString& terminalMode)
{
    const Response r = asTerminal(terminalMode, "POST", QStringLiteral("/api/v1/staff/login"),
                                  {{QStringLiteral("username"), username},
                                   {QStringLiteral("password"), QStringLiteral("demo-password-2026")}});
    return r.json.value(QStringLiteral("staffSession")).toString();
}

QSqlDatabase PlatformFixture::database()
{
    if (QSqlDatabase::contains(m_connection))
        return QSqlDatabase::database(m_connection);
    return openUrl(m_databaseUrl, m_connection);
}

QStringList PlatformFixture::wholeValuesOnFile(const QString& person)
{
    QStringList values;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT p.name, p.ssn, p.phone, c.card_number, c.bank_account FROM people p "
                             "JOIN cards c ON c.person_id = p.id WHERE p.demo_key = ?"));
    q.addBindValue(person);
    if (!q.exec())
        return values;
    while (q.next())
        for (int column = 0; column < 5; ++column)
            if (const QString value = q.value(column).toString(); !value.isEmpty() && !values.contains(value))
                values << value;
    return values;
}

PlatformFixture::Headers PlatformFixture::citizenHeaders(const QString& person,
                                                         const QByteArray& idempotencyKey)
{
    Headers headers{{"X-SSC-Citizen-Session", citizenSession(person).toLatin1()}};
    if (!idempotencyKey.isEmpty())
        headers.push_back({"Idempotency-Key", idempotencyKey});
    return headers;
}
