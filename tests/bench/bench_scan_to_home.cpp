// From the last HID POS report of a code to the citizen's home screen painted: the emulated pedestal, the
// real libusb driver, the real platform on loopback, the offscreen window. Prints p50/p95 over N scans
// (default 200).
//   LD_PRELOAD=libumockdev-preload.so.0 QT_QPA_PLATFORM=offscreen bench_scan_to_home [--scans N]
#include "kioskrig.h"

#include "homescreen.h"
#include "mainwindow.h"
#include "session/loginflow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

// Notes the first paint of the home screen after it is armed.
class PaintWatch : public QObject {
public:
    bool armed = false;
    qint64 paintedAt = -1;
    QElapsedTimer* clock = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            paintedAt = clock->nsecsElapsed();
            armed = false;
        }
        return QObject::eventFilter(watched, event);
    }
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    int scans = 200;
    if (argc == 3 && std::strcmp(argv[1], "--scans") == 0)
        scans = std::atoi(argv[2]);
    KioskRig rig;
    if (!rig.start()) {
        std::fprintf(stderr, "bench_scan_to_home: %s\n", qPrintable(rig.error()));
        return 1;
    }
    QStringList codes;
    for (int i = 0; i < scans; ++i)
        codes << rig.platform().mint(i % 2 ? QStringLiteral("zhang-wei") : QStringLiteral("li-na"));

    QElapsedTimer clock;
    clock.start();
    PaintWatch watch;
    watch.clock = &clock;
    rig.window().homeScreen()->installEventFilter(&watch);
    std::vector<double> ms;
    for (const QString& code : codes) {
        watch.armed = true;
        watch.paintedAt = -1;
        rig.scan(code);
        const qint64 start = clock.nsecsElapsed();
        QElapsedTimer limit;
        limit.start();
        while (watch.paintedAt < 0 && limit.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (watch.paintedAt < 0 || rig.flow().state() != ssc::LoginFlow::State::LoggedIn) {
            std::fprintf(stderr, "bench_scan_to_home: a scan did not reach the home screen\n");
            return 1;
        }
        ms.push_back(static_cast<double>(watch.paintedAt - start) / 1e6);
        rig.flow().logout();
        QTest::qWait(5);
    }
    std::printf("scan to home screen painted (%zu scans): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", ms.size(),
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 1.0));
    return 0;
}
