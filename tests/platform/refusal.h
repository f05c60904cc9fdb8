#pragma once

#include "platformfixture.h"

#include <QTest>

// A refusal as the terminal receives it: the status, the code, and the message in both languages.
inline void expectRefusal(const PlatformFixture::Response& r, int status, const char* code)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), QString::fromLatin1(code));
    const QJsonObject message =
        r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
    QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
    QVERIFY(!message[QStringLiteral("en")].toString().isEmpty());
}
