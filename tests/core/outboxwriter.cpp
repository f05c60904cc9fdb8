// Adds outbox items as fast as it can, saying "added <id>" after each add has returned: the process the
// outbox test kills with SIGKILL in the middle of a write (tst_outbox, "power pulled").
//   outbox_writer <directory> <count>
#include "outbox/outbox.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    ssc::Outbox outbox(QString::fromLocal8Bit(argv[1]), "test-terminal-secret");
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    // A body the size of a certification with its recording, so each write takes a while.
    const QString recording(2 * 1024 * 1024, QLatin1Char('r'));
    for (int i = 0; i < count; ++i) {
        ssc::OutboxItem item{{},
                             QStringLiteral("/api/v1/staff/people/7/pension-certification/attempts"),
                             {{QStringLiteral("recording"), recording}, {QStringLiteral("n"), i}},
                             QByteArray("writer-key-") + QByteArray::number(i),
                             0,
                             {},
                             ssc::outboxServices::pensionCertification,
                             QStringLiteral("周*明")};
        if (!outbox.add(item, nullptr))
            return 1;
        std::printf("added %s\n", qPrintable(item.id));
        std::fflush(stdout);
    }
    return 0;
}
