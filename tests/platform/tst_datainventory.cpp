// The data inventory of docs/privacy.md against the schema every migration builds: each table and each column
// is listed there, with its purpose, basis, retention and readers, and nothing is listed that the schema does
// not have. A migration that adds a column without its line fails here.
#include "storage/database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace ssc::platform;
using Columns = std::map<QString, std::set<QString>>; // table → columns

namespace {

struct Inventory {
    Columns columns;
    QStringList incomplete; // tables whose purpose, basis, retention or readers are left empty
};

// The inventory's rows: | `table` | `a`, `b`; `c` | purpose | basis | kept | who reads |
Inventory inventory(const QString& markdown)
{
    Inventory listed;
    const qsizetype start = markdown.indexOf(QStringLiteral("\n## Data inventory"));
    const qsizetype end = markdown.indexOf(QStringLiteral("\n## "), start + 1);
    static const QRegularExpression name(QStringLiteral("`([a-z_0-9]+)`"));
    for (const QString& line : markdown.mid(start, end - start).split(u'\n')) {
        const QStringList cells = line.split(u'|');
        if (cells.size() < 8 || !cells[1].trimmed().startsWith(u'`'))
            continue;
        const QString table = cells[1].trimmed().remove(u'`');
        std::set<QString>& columns = listed.columns[table];
        for (auto match = name.globalMatch(cells[2]); match.hasNext();)
            columns.insert(match.next().captured(1));
        for (int i = 3; i <= 6; ++i)
            if (cells[i].trimmed().isEmpty() && !listed.incomplete.contains(table))
                listed.incomplete.append(table);
    }
    return listed;
}

Columns schema(Database& db)
{
    Columns tables;
    QSqlQuery q(db.connection());
    q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    for (const QString& table : names) {
        QSqlQuery columns(db.connection());
        columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (columns.next())
            tables[table].insert(columns.value(1).toString());
    }
    return tables;
}

// "table.column" for each column in one and not the other, and each table in one and not the other.
QStringList difference(const Columns& a, const Columns& b)
{
    QStringList out;
    for (const auto& [table, columns] : a) {
        const auto other = b.find(table);
        if (other == b.end()) {
            out.append(table);
            continue;
        }
        for (const QString& column : columns)
            if (!other->second.count(column))
                out.append(table + u'.' + column);
    }
    return out;
}

} // namespace

class TestDataInventory : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Inventory listed;

private slots:
    void initTestCase()
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("inventory.db")), &error);
        QVERIFY2(db, qPrintable(error));
        QFile privacy(QStringLiteral(SSC_SOURCE_DIR "/docs/privacy.md"));
        QVERIFY(privacy.open(QIODevice::ReadOnly));
        listed = inventory(QString::fromUtf8(privacy.readAll()));
        QVERIFY(listed.columns.size() > 30);
    }

    void everyColumnOfTheSchemaIsListed()
    {
        const QStringList missing = difference(schema(*db), listed.columns);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in docs/privacy.md's data inventory: ") +
                                               missing.join(u", ")));
    }

    void everyTableSaysWhyHowLongAndWhoReads()
    {
        QVERIFY2(listed.incomplete.isEmpty(), qPrintable(listed.incomplete.join(u", ")));
    }

    void everythingListedIsInTheSchema()
    {
        const QStringList unknown = difference(listed.columns, schema(*db));
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("in the inventory but not in the schema: ") +
                                               unknown.join(u", ")));
    }

    void anUndocumentedColumnIsCaught()
    {
        // What a careless migration would do: a new column holding something about the person.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE people ADD COLUMN religion TEXT")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE face_templates (person_id BIGINT, template BLOB)")));
        const QStringList missing = difference(schema(*db), listed.columns);
        QCOMPARE(missing, (QStringList{QStringLiteral("face_templates"), QStringLiteral("people.religion")}));
    }
};

QTEST_GUILESS_MAIN(TestDataInventory)
#include "tst_datainventory.moc"
