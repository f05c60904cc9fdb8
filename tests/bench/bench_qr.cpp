// QR reading figures (docs/performance.md), printed, never asserted:
//  1. a corpus of images with expected texts (N.png + N.txt; zxing-cpp's public samples in shared/fixtures,
//  or
//     tests/fixtures/qr): the terminal's reader (what ssc-ctl qr decode and the camera use), one plain ZXing
//     call, and zbar, side by side;
//  2. the camera's per-frame fast path at 640x480 and 1280x720, with a phone showing a code and without;
//  3. hard frames (blur, glare, tilt, moiré, dim: tests/drivers/hardframes.h): plain ZXing, the terminal's
//     reader, zbar;
//  4. phone presentations (tests/drivers/phoneframes.h, held-out seed 2, five consecutive frames each) at
//     640x480 and 1280x720: ZXing with its defaults, zbar, the terminal's per-frame reading (what the camera
//     does), each frame alone and over the first 3 and 5 frames of a presentation; per-frame costs.
//   bench_qr [--frames N] [--presentations N] [--seed S] DIR...   (seeds 1 and 3 are for tuning: report seed
//   2)
#include "../drivers/hardframes.h"
#include "../drivers/phoneframes.h"
#include "benchrun.h"

#include "camera/framereader.h"
#include "camera/qrimage.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <zbar.h>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

using namespace zbar; // zbar.h declares its C API in namespace zbar when compiled as C++

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace ssc;

namespace {

struct Times {
    std::vector<double> ms;
    double at(double p) const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
    }
    double mean() const
    {
        double sum = 0;
        for (double m : ms)
            sum += m;
        return ms.empty() ? 0 : sum / double(ms.size());
    }
};

// The calling thread's CPU time: the cost on one core, whatever else the machine runs (the figures in
// docs/performance.md were taken beside a running build).
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// zbar, QR only, on the same grey plane.
class Zbar {
public:
    Zbar() : m_scanner(zbar_image_scanner_create())
    {
        zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
        zbar_image_scanner_set_config(m_scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    }
    ~Zbar() { zbar_image_scanner_destroy(m_scanner); }
    Zbar(const Zbar&) = delete;
    Zbar& operator=(const Zbar&) = delete;

    QString read(const QImage& frame, double* ms)
    {
        const QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
        QByteArray data;
        data.reserve(qsizetype(grey.width()) * grey.height());
        for (int y = 0; y < grey.height(); ++y)
            data.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
        const double start = cpuMs();
        zbar_image_t* image = zbar_image_create();
        zbar_image_set_format(image, 0x30303859); // fourcc Y800: 8-bit grey
        zbar_image_set_size(image, unsigned(grey.width()), unsigned(grey.height()));
        zbar_image_set_data(image, data.constData(), unsigned(data.size()), nullptr);
        QString text;
        if (zbar_scan_image(m_scanner, image) > 0)
            text = QString::fromUtf8(zbar_symbol_get_data(zbar_image_first_symbol(image)));
        zbar_image_destroy(image);
        *ms = cpuMs() - start;
        return text;
    }

private:
    zbar_image_scanner_t* m_scanner;
};

QString clean(QString s)
{
    return s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
}

struct Tally {
    int right = 0;
    int wrong = 0;
    Times times;
    void add(const QString& read, const QString& expected, double ms)
    {
        times.ms.push_back(ms);
        if (!read.isEmpty())
            ++(clean(read) == clean(expected) ? right : wrong);
    }
    void print(const char* who, int total) const
    {
        std::printf("  %-26s %3d of %3d right, %d wrong; p50 %6.2f ms, p95 %6.2f ms\n", who, right, total,
                    wrong, times.at(0.5), times.at(0.95));
    }
};

// How many codes the terminal's reader read right (a corpus without one image read measured nothing).
int corpus(const QStringList& roots)
{
    Tally terminal, plain, zbar;
    Zbar z;
    int images = 0;
    for (const QString& root : roots) {
        QDirIterator it(root, {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile expected(QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() +
                           QStringLiteral(".txt"));
            if (!expected.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(expected.readAll());
            const QImage image(path);
            ++images;
            const QrReading all = FrameReader::readAll(image);
            terminal.add(all.found() ? all.text : QString(), text, double(all.microseconds) / 1000);
            const QrReading one = FrameReader::read(image, FrameReader::Strategy::Plain);
            plain.add(one.found() ? one.text : QString(), text, double(one.microseconds) / 1000);
            double ms = 0;
            const QString zr = z.read(image, &ms);
            zbar.add(zr, text, ms);
        }
    }
    std::printf("Corpus (%s): %d images\n", qPrintable(roots.join(u' ')), images);
    terminal.print("terminal reader (readAll)", images);
    plain.print("one plain ZXing call", images);
    zbar.print("zbar 0.23", images);
    return terminal.right;
}

void fastPath(const QString& code, int frames)
{
    const QImage qr = renderQrCode(code, 4);
    std::printf(
        "Camera per frame, one core (plain: one ZXing call on the frame; readFrame: what the camera's worker "
        "does, plain, then two adaptive ways on the code's neighbourhood, then a further way when a code was "
        "seen or every other "
        "frame):\n");
    for (const QSize size : {QSize(640, 480), QSize(1280, 720)}) {
        const QImage with = hardframes::frame(qr, size, hardframes::Trouble::None);
        // A phone held up with its screen still blank, in a dim, noisy scene: something to look at, no code.
        const QImage without = hardframes::frame(QImage(), size, hardframes::Trouble::Dim, 7, 0.5);
        for (const auto& [name, image] :
             {std::pair{"with a code", with}, std::pair{"without a code", without}}) {
            Times plain, stream;
            for (int i = 0; i < frames; ++i) {
                double start = cpuMs();
                FrameReader::read(image, FrameReader::Strategy::Plain);
                plain.ms.push_back(cpuMs() - start);
                start = cpuMs();
                FrameReader::readFrame(image, quint64(i));
                stream.ms.push_back(cpuMs() - start);
            }
            std::printf(
                "  %4dx%-4d %-15s plain p50 %5.2f ms (%4.0f frames/s)   readFrame p50 %5.2f ms (%4.0f "
                "frames/s)\n",
                size.width(), size.height(), name, plain.at(0.5), 1000 / std::max(plain.mean(), 1e-3),
                stream.at(0.5), 1000 / std::max(stream.mean(), 1e-3));
        }
    }
}

// How many hard frames the terminal's reader read.
int hard(const QString& code)
{
    const QImage qr = renderQrCode(code, 4);
    Zbar z;
    const char* names[] = {"blur", "glare", "tilt", "moire", "dim"};
    const hardframes::Trouble troubles[] = {hardframes::Trouble::Blur, hardframes::Trouble::Glare,
                                            hardframes::Trouble::Tilt, hardframes::Trouble::Moire,
                                            hardframes::Trouble::Dim};
    std::printf(
        "Hard frames, 640x480, 10 severities each (frames read: plain ZXing / terminal reader / zbar):\n");
    int totals[3] = {0, 0, 0};
    for (int t = 0; t < 5; ++t) {
        int counts[3] = {0, 0, 0};
        for (int seed = 1; seed <= 10; ++seed) {
            const QImage frame =
                hardframes::frame(qr, QSize(640, 480), troubles[t], quint32(seed), (seed - 1) / 9.0);
            const QrReading one = FrameReader::read(frame, FrameReader::Strategy::Plain);
            const QrReading all = FrameReader::readAll(frame);
            double ms = 0;
            counts[0] += one.found() && one.text == code;
            counts[1] += all.found() && all.text == code;
            counts[2] += z.read(frame, &ms) == code;
        }
        std::printf("  %-6s %2d / %2d / %2d\n", names[t], counts[0], counts[1], counts[2]);
        for (int i = 0; i < 3; ++i)
            totals[i] += counts[i];
    }
    std::printf("  total  %2d / %2d / %2d of 50\n", totals[0], totals[1], totals[2]);
    return totals[1];
}

// ZXing with its defaults (every format, rotation and downscale retries): what a program that just calls
// ReadBarcode gets.
QString zxingDefaults(const QImage& grey, double* ms)
{
    const double start = cpuMs();
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, ZXing::DecodeHints());
    *ms = cpuMs() - start;
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

// One reader over the presentations: frames read alone, presentations read within 3 and within 5 frames.
struct PhoneTally {
    int frames = 0, right = 0, wrong = 0, within3 = 0, within5 = 0;
    Times times;
    int firstRight = -1; // the frame of the current presentation that read first
    void frame(int index, const QString& read, const QString& code, double ms)
    {
        ++frames;
        times.ms.push_back(ms);
        if (read.isEmpty())
            return;
        // Counted only when it is the shown code and passes the e-card code's own checks (shape, signature).
        if (read != code || !phoneframes::validCode(read)) {
            ++wrong;
            return;
        }
        ++right;
        if (firstRight < 0)
            firstRight = index;
    }
    void endPresentation()
    {
        within3 += firstRight >= 0 && firstRight < 3;
        within5 += firstRight >= 0 && firstRight < 5;
        firstRight = -1;
    }
    void print(const char* who, int presentations) const
    {
        std::printf("  %-28s frames %5.1f %% (%d/%d), wrong %d; within 3 frames %5.1f %%, within 5 %5.1f %%; "
                    "mean %5.2f ms, p95 %5.2f ms\n",
                    who, 100.0 * right / std::max(frames, 1), right, frames, wrong,
                    100.0 * within3 / std::max(presentations, 1),
                    100.0 * within5 / std::max(presentations, 1), times.mean(), times.at(0.95));
    }
};

// How many presentations the terminal's per-frame reading read within five frames (at 640x480).
int phone(int presentations, quint32 seed)
{
    int terminalRead = 0;
    for (const QSize size : {QSize(640, 480), QSize(1280, 720)}) {
        PhoneTally defaults, zbar, terminal;
        Zbar z;
        quint64 frameNumber =
            0; // the camera's running count: the further ways take turns across presentations
        int perTrouble[phoneframes::troubleCount] = {};
        for (int p = 0; p < presentations; ++p) {
            const phoneframes::Presentation shown = phoneframes::presentation(seed, p, size, 5);
            for (int i = 0; i < int(shown.frames.size()); ++i) {
                const QImage& frame = shown.frames[size_t(i)];
                double ms = 0;
                const QString d = zxingDefaults(frame, &ms);
                defaults.frame(i, d, shown.code, ms);
                const QString zr = z.read(frame, &ms);
                zbar.frame(i, zr, shown.code, ms);
                const double start = cpuMs();
                const QrReading reading = FrameReader::readFrame(frame, frameNumber++);
                terminal.frame(i, reading.found() ? reading.text : QString(), shown.code, cpuMs() - start);
            }
            perTrouble[int(shown.trouble)] += terminal.firstRight >= 0;
            defaults.endPresentation();
            zbar.endPresentation();
            terminal.endPresentation();
        }
        std::printf("Phone presentations, %dx%d, %d presentations of 5 frames (seed %u, %s):\n", size.width(),
                    size.height(), presentations, seed, seed == 2 ? "held out" : "not the held-out set");
        defaults.print("ZXing, defaults", presentations);
        zbar.print("zbar 0.23", presentations);
        terminal.print("terminal (readFrame)", presentations);
        std::printf("  terminal, presentations read within 5 frames by main trouble:");
        for (int t = 0; t < phoneframes::troubleCount; ++t)
            std::printf(" %s %d/%d", phoneframes::name(phoneframes::Trouble(t)), perTrouble[t],
                        presentations / phoneframes::troubleCount +
                            (t < presentations % phoneframes::troubleCount));
        std::printf("\n");
        if (size.width() == 640)
            terminalRead = terminal.within5;
    }
    return terminalRead;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int frames = 200;
    int presentations = 140;
    int seed = 2;
    while (args.size() >= 2 && args[0].startsWith(u"--")) {
        (args[0] == u"--frames" ? frames : args[0] == u"--seed" ? seed : presentations) = args[1].toInt();
        args = args.mid(2);
    }
    const QString code = QStringLiteral("SSC1.AQEBVxhb7ul8Sl1mXYlYAEmM4QAAAABrC56QADw.uc7VuMa9nTo70ZTuWf0Xw_"
                                        "0ZAhlPcUOknDBfy9DaMwLKo7uw5BZ8ydVZPTqGonxF03xIj3cAE5BFF7oWuC2jCw");
    BenchRun run;
    run.require(corpus(args) > 0, "a corpus image read right by the terminal's reader");
    fastPath(code, frames);
    run.require(hard(code) > 0, "a hard frame read by the terminal's reader");
    run.require(phone(presentations, quint32(seed)) > 0,
                "a phone presentation read by the terminal's reader");
    return run.exitCode();
}
