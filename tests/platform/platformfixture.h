#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>
#include <vector>

// A real ssc-platform process on a fresh database, for tests over real HTTP. The database kind comes from
// SSC_TEST_DATABASE (sqlite, the default, or postgresql: then SSC_TEST_POSTGRES_URL_FILE names the file the
// "postgres" ctest fixture wrote, and every fixture gets a database of its own).
class PlatformFixture {
public:
    PlatformFixture();
    ~PlatformFixture();

    bool start(bool demo = true, quint16 port = 0); // false with error() set
    // Where the platform keeps its keys (--key-store): by default key files in the fixture's folder.
    void setKeyStore(const QString& spec) { m_keyStore = spec; }
    QString keyStore() const;                       // the --key-store it is started with
    QString folder() const { return m_dir.path(); } // the fixture's own folder (keys, TLS, issuer key)
    // SQLite only: the database in this file instead of the fixture's folder (the fault harness puts it on a
    // small file system it fills on purpose). Before the first start.
    void setDatabaseFile(const QString& path) { m_databaseUrl = path; }
    // A database the test started itself (tst_failover's primary and standby: a multi-host URL), used as it
    // is. Before the first start.
    void setDatabaseUrl(const QString& url) { m_databaseUrl = url; }
    // Another instance of the platform `first` runs (docs/operations.md, "Several instances"): the same
    // database, keys and TLS identity, its own process and port. Before the first start.
    void shareWith(const PlatformFixture& first);
    // Runs an administration command (`ssc-platform keys rotate`…) on this fixture's database and keys; its
    // exit status and what it printed (standard output, then standard error). `input`: its standard input
    // (add-staff's password).
    std::pair<int, QString> command(const QStringList& args, const QByteArray& input = {});
    // More command-line options for the next start (limits: --idle-timeout 1 …).
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    qint64 processId() const; // of the running ssc-platform, for /proc/<pid>/status
    bool startTls();          // HTTPS with a self-signed certificate; pin() is then its SHA-256
    QByteArray pin() const { return m_pin; }
    void stop();                     // graceful
    void kill();                     // SIGKILL, as a crash or a power cut
    int exitCode() const;            // of the last process, once it has left (-1: killed or still running)
    bool waitForExit(int timeoutMs); // after a signal sent by the test: whether the process left in time
    bool restart(bool demo = true);  // the same database and port
    QString error() const { return m_error; }
    QString databaseKind() const;
    QString databaseUrl() const { return m_databaseUrl; }
    quint16 port() const { return m_port; }

    struct Response {
        int status = 0; // 0: no HTTP answer (connection refused, reset, timeout)
        QJsonObject json;
        QByteArray raw;
        QHash<QByteArray, QByteArray> headers; // by lower-case name (Retry-After as "retry-after")
        QString errorCode() const
        {
            return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        }
    };
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;
    Response request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const Headers& headers = {}, int timeoutMs = defaultTimeoutMs);
    // How long a request waits for its answer: a recording is analysed on a worker thread at nice 10, which a
    // loaded machine (CI runs two tests at once, each with its platform) starves for seconds. A wait, never a
    // measure of speed (benchmarks measure that).
    static constexpr int defaultTimeoutMs = 60000;
    // Raw bytes on a socket, for what QNetworkAccessManager will not send: what came back until the platform
    // closed or 3 s of silence; *closed says whether the platform had closed the connection.
    QByteArray raw(const QByteArray& bytes, bool* closed = nullptr);
    // As the demo terminal of that mode (demo-kiosk, demo-counter, demo-field).
    Response asTerminal(const QString& mode, const QByteArray& method, const QString& path,
                        const QJsonObject& body = {}, Headers headers = {});
    static Headers terminalHeaders(const QString& mode);
    // A fresh e-card code for a demo person, as the phone app would get it.
    QString mint(const QString& person, int issuedSecondsAgo = 0, const QString& region = {});
    // A demo person as GET /api/v1/demo/people lists them (their first card, with its key).
    QJsonObject demoPerson(const QString& person);
    // A fresh challenge for the terminal of that mode: {"challengeId", "challenge", "expiresAt"}.
    QJsonObject cardChallenge(const QString& terminalMode = QStringLiteral("kiosk"));
    // What the person's card answers, PIN verified, to a fresh challenge for that terminal, as the terminal
    // sends it: {"cardIdentifier", "challengeId", "cryptogram"}. The test plays the card's part with the
    // card's key (core/cardauth), so the platform checks a real SM4 cryptogram.
    QJsonObject cardProof(const QString& person, const QString& terminalMode = QStringLiteral("kiosk"));
    static QJsonObject cardProofFor(const QJsonObject& card, const QJsonObject& challenge);
    // The staff member of that session finds the demo person by name and number (POST /staff/people/lookup),
    // as the staff screens do before anything about them; the person's id, or 0 when refused.
    qint64 findPerson(const QByteArray& staffToken, const QString& terminalMode, const QString& person);
    // Logs the demo person in on the demo kiosk (or the terminal of that mode) with a fresh e-card code, as
    // the pedestal would; the session token, or empty when the platform refused.
    QString citizenSession(const QString& person, const QString& terminalMode = QStringLiteral("kiosk"));
    // A demo staff member (password demo-password-2026) logged in on the demo terminal of that mode: the
    // X-SSC-Staff-Session token, or empty when the platform refused.
    QString staffSession(const QString& username, const QString& terminalMode);
    // The headers of that person's fresh session, with an Idempotency-Key when one is given.
    Headers citizenHeaders(const QString& person, const QByteArray& idempotencyKey = {});

    // A direct connection to the platform's database, for checks the API does not show.
    QSqlDatabase database();
    // The whole values the platform holds for a demo person (name, ID number, phone, every card's number
    // and bank account), read from its database: what a terminal must never be sent unasked.
    QStringList wholeValuesOnFile(const QString& person);

private:
    bool createDatabase();
    QStringList storeArguments() const;

    QString stateFolder() const; // keys and TLS identity: this fixture's folder, or the shared one
    QTemporaryDir m_dir;
    QString m_sharedFolder;
    QString m_databaseUrl;
    QString m_keyStore;
    QString m_connection;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_pin;
    QString m_error;
    QStringList m_extraArguments;
    QNetworkAccessManager m_network;
};
