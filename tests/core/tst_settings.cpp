// System-scope settings lock user values: a kiosk user cannot change what the hall's IT set.
#include "settings/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void systemValuesLockUserValues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString systemFile = dir.filePath(QStringLiteral("system.ini"));
        {
            QFile file(systemFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[terminal]\nmode=kiosk\n[session]\nidleTimeoutSeconds=60\n");
        }
        Settings settings(systemFile, dir.filePath(QStringLiteral("user.ini")));

        QVERIFY(settings.isLocked(keys::mode));
        QVERIFY(!settings.setValue(keys::mode, QStringLiteral("counter")));
        QCOMPARE(settings.value(keys::mode).toString(), QStringLiteral("kiosk"));
        QCOMPARE(settings.sourceOf(keys::mode), Settings::Source::System);
        QCOMPARE(settings.value(keys::idleTimeoutSeconds).toInt(), 60);

        QVERIFY(!settings.isLocked(keys::language));
        QCOMPARE(settings.sourceOf(keys::language), Settings::Source::Default);
        QCOMPARE(settings.value(keys::language, QStringLiteral("zh_CN")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(settings.setValue(keys::language, QStringLiteral("en")));
        settings.sync();
        QCOMPARE(settings.sourceOf(keys::language), Settings::Source::User);

        // A fresh reader sees the stored user value, and still the locked system value.
        Settings again(systemFile, dir.filePath(QStringLiteral("user.ini")));
        QCOMPARE(again.value(keys::language).toString(), QStringLiteral("en"));
        QCOMPARE(again.value(keys::mode).toString(), QStringLiteral("kiosk"));
    }

    void aUserValueCannotShadowALockedKeyWrittenByHand()
    {
        QTemporaryDir dir;
        const QString systemFile = dir.filePath(QStringLiteral("system.ini"));
        const QString userFile = dir.filePath(QStringLiteral("user.ini"));
        for (const auto& [path, text] : {std::pair{systemFile, "[platform]\nurl=https://platform.example\n"},
                                         std::pair{userFile, "[platform]\nurl=https://evil.example\n"}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        Settings settings(systemFile, userFile);
        QCOMPARE(settings.value(keys::platformUrl).toString(), QStringLiteral("https://platform.example"));
    }

    void standardFilesComeFromTheEnvironment()
    {
        qputenv("SSC_SYSTEM_CONFIG", "/tmp/ssc-test-system.ini");
        qputenv("SSC_USER_CONFIG", "/tmp/ssc-test-user.ini");
        const Settings settings = Settings::standard();
        QCOMPARE(settings.systemFile(), QStringLiteral("/tmp/ssc-test-system.ini"));
        QCOMPARE(settings.userFile(), QStringLiteral("/tmp/ssc-test-user.ini"));
    }

    // The example file and the operations guide list every key the terminal reads, as its own list says.
    void theExampleFileAndTheGuideListEveryKey()
    {
        QFile example(QStringLiteral(SSC_SOURCE_DIR "/installer/terminal.ini.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(example.readAll()),
                 exampleSystemFile()); // else: the settings_example target
        QFile guide(QStringLiteral(SSC_SOURCE_DIR "/docs/operations.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        QStringList keys;
        for (const SettingDefinition& setting : settingDefinitions()) {
            QVERIFY2(text.contains(u'`' + setting.key + u'`'), qPrintable(setting.key));
            keys << setting.key;
        }
        QCOMPARE(keys.removeDuplicates(), 0);
        // And the example really is what the terminal reads: each key, uncommented, is read back.
        QTemporaryDir dir;
        const QString system = dir.filePath(QStringLiteral("system.ini"));
        QFile written(system);
        QVERIFY(written.open(QIODevice::WriteOnly));
        QString uncommented = exampleSystemFile();
        for (const SettingDefinition& setting : settingDefinitions()) {
            const QString name = setting.key.section(u'/', 1);
            uncommented.replace(u';' + name + QStringLiteral("=\n"), name + QStringLiteral("=x\n"));
        }
        written.write(uncommented.toUtf8());
        written.close();
        Settings settings(system, dir.filePath(QStringLiteral("user.ini")));
        for (const SettingDefinition& setting : settingDefinitions())
            QVERIFY2(settings.isLocked(setting.key), qPrintable(setting.key));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
