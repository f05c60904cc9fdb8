#include "phoneframes.h"

#include "camera/qrimage.h"
#include "ecard/ecardcode.h"
#include "ecard/ed25519.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>

namespace phoneframes {
namespace {

constexpr double pi = 3.14159265358979323846;

// A fixed key: the same codes, so the same frames, on every run.
const ssc::Ed25519PrivateKey& signingKey()
{
    static const ssc::Ed25519PrivateKey key = *ssc::Ed25519PrivateKey::fromRaw(QByteArray(32, '\x5a'));
    return key;
}

constexpr qint64 issuedBase = 1'800'000'000;

QString makeCode(cv::RNG& rng)
{
    ssc::SignedECardCode s;
    s.code.business = ssc::ECardCode::Business::Query;
    s.code.codeId = QByteArray(ssc::ECardCode::codeIdSize, '\0');
    for (char& c : s.code.codeId)
        c = static_cast<char>(rng.uniform(0, 256));
    s.code.issuedAt = issuedBase + rng.uniform(0, 100000);
    s.signature = signingKey().sign(s.code.signedMessage());
    return s.text();
}

// How one presentation looks: mild amounts of everything a held phone has, one trouble strong.
struct Look {
    double modulePx = 3;          // camera pixels a module, at 480 lines
    double roll = 0;              // degrees, in the screen's plane
    double tiltX = 0, tiltY = 0;  // degrees, out of it (perspective)
    double offX = 0, offY = 0;    // the code's centre from the frame's, fractions of the height
    double blur = 0.6;            // Gaussian sigma, camera pixels at 480 lines
    double motion = 0;            // length of a motion blur, camera pixels at 480 lines
    double glare = 0;             // brightness a reflection adds at its middle
    double glareRadius = 0.2;     // fraction of the code's side
    double moire = 0;             // how dark the gaps between the screen's pixels are (0..1)
    double gridPeriod = 1;        // camera pixels a screen pixel (near 1: the strongest beats)
    double gain = 1, noise = 2.5; // light, and sensor noise (sigma, grey levels)
};

Look lookFor(Trouble trouble, cv::RNG& rng)
{
    Look l;
    l.modulePx = rng.uniform(2.4, 4.2);
    l.roll = rng.uniform(-15.0, 15.0);
    l.tiltX = rng.uniform(-12.0, 12.0);
    l.tiltY = rng.uniform(-12.0, 12.0);
    l.offX = rng.uniform(-0.12, 0.12);
    l.offY = rng.uniform(-0.06, 0.06);
    l.blur = rng.uniform(0.4, 1.0);
    l.glare = rng.uniform(0.0, 1.0) < 0.3 ? rng.uniform(40.0, 110.0) : 0.0;
    l.glareRadius = rng.uniform(0.12, 0.25);
    l.moire = rng.uniform(0.0, 0.25);
    l.gridPeriod = rng.uniform(0.6, 1.6);
    l.gain = rng.uniform(0.7, 1.0);
    l.noise = rng.uniform(1.5, 4.0);
    switch (trouble) {
    case Trouble::Glare:
        l.glare = rng.uniform(150.0, 255.0);
        l.glareRadius = rng.uniform(0.15, 0.32);
        break;
    case Trouble::Moire:
        l.moire = rng.uniform(0.4, 0.75);
        l.gridPeriod = rng.uniform(0.7, 1.4);
        break;
    case Trouble::Tilt:
        l.tiltX = rng.uniform(35.0, 55.0) * (rng.uniform(0, 2) ? 1 : -1);
        l.tiltY = rng.uniform(-25.0, 25.0);
        break;
    case Trouble::Blur:
        if (rng.uniform(0, 2))
            l.blur = rng.uniform(1.3, 2.2);
        else
            l.motion = rng.uniform(4.0, 8.0);
        break;
    case Trouble::Dim:
        l.gain = rng.uniform(0.15, 0.35);
        l.noise = rng.uniform(4.0, 9.0);
        break;
    case Trouble::Small:
        l.modulePx = rng.uniform(1.25, 1.9);
        break;
    case Trouble::Rotated:
        l.roll = rng.uniform(25.0, 335.0);
        break;
    }
    return l;
}

// The phone's screen in its own pixels (4 a module): a title bar, the code, lines of text below, inside a
// dark bezel; black not quite black and white not quite white (an emitting screen at some brightness).
struct Screen {
    cv::Mat image;
    cv::Point2d codeCentre;
    double codeSide = 0; // screen pixels
    cv::Rect lit;        // the screen inside the bezel
};

Screen screenFor(const QString& code, cv::RNG& rng)
{
    const QImage qr = ssc::renderQrCode(code, 4);
    const int bezel = 24;
    const int w = qr.width() + 80;
    const int h = qr.height() * 2;
    cv::Mat s(h, w, CV_8U, cv::Scalar(255));
    cv::rectangle(s, cv::Rect(0, 0, w, h / 9), cv::Scalar(70), cv::FILLED);
    const int top = h / 6;
    for (int y = 0; y < qr.height(); ++y)
        std::memcpy(s.ptr(top + y) + 40, qr.constScanLine(y), size_t(qr.width()));
    for (int line = 0; line < 4; ++line)
        cv::rectangle(s, cv::Rect(40 + line * 7, top + qr.height() + 30 + line * 28, w - 120 - line * 20, 12),
                      cv::Scalar(140), cv::FILLED);
    const double black = rng.uniform(15.0, 55.0);
    const double white = rng.uniform(200.0, 245.0);
    s.convertTo(s, CV_8U, (white - black) / 255.0, black);
    Screen screen;
    cv::copyMakeBorder(s, screen.image, bezel, bezel, bezel, bezel, cv::BORDER_CONSTANT, cv::Scalar(20));
    screen.codeCentre = cv::Point2d(bezel + 40 + qr.width() / 2.0, bezel + top + qr.height() / 2.0);
    screen.codeSide = qr.width();
    screen.lit = cv::Rect(bezel, bezel, w, h);
    return screen;
}

// Where the screen lands in the frame: rotated in 3-D about the code's centre, seen through a lens.
cv::Mat homography(const Look& l, const Screen& screen, cv::Size frame, cv::Point2d jitter, double jitterRoll)
{
    const double scale = frame.height / 480.0;
    const double s = l.modulePx * scale / 4.0; // camera pixels a screen pixel, at the code's centre
    const double f = 1.1 * frame.width;        // focal length, pixels
    const double r = (l.roll + jitterRoll) * pi / 180, a = l.tiltX * pi / 180, b = l.tiltY * pi / 180;
    const cv::Matx33d rz(std::cos(r), -std::sin(r), 0, std::sin(r), std::cos(r), 0, 0, 0, 1);
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a));
    const cv::Matx33d ry(std::cos(b), 0, std::sin(b), 0, 1, 0, -std::sin(b), 0, std::cos(b));
    const cv::Matx33d rotation = rz * rx * ry;
    const cv::Point2d centre(frame.width / 2.0 + l.offX * frame.height + jitter.x,
                             frame.height / 2.0 + l.offY * frame.height + jitter.y);
    const double w = screen.image.cols, h = screen.image.rows;
    const cv::Point2f from[4] = {{0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    cv::Point2f to[4];
    for (int i = 0; i < 4; ++i) {
        const cv::Vec3d p = rotation * cv::Vec3d(s * (from[i].x - screen.codeCentre.x),
                                                 s * (from[i].y - screen.codeCentre.y), 0);
        const double z = f + p[2];
        to[i] = cv::Point2f(float(centre.x + f * p[0] / z), float(centre.y + f * p[1] / z));
    }
    return cv::getPerspectiveTransform(from, to);
}

// The gaps between the screen's pixels, point-sampled by the sensor's pixels: the beat between the two grids
// is the moiré a camera sees, at no drawn frequency.
void pixelGrid(cv::Mat& scene, const cv::Mat& toScreen, const Screen& screen, double period, double depth)
{
    const cv::Matx33d m(toScreen);
    for (int y = 0; y < scene.rows; ++y) {
        float* row = scene.ptr<float>(y);
        for (int x = 0; x < scene.cols; ++x) {
            const double z = m(2, 0) * x + m(2, 1) * y + m(2, 2);
            const double u = (m(0, 0) * x + m(0, 1) * y + m(0, 2)) / z;
            const double v = (m(1, 0) * x + m(1, 1) * y + m(1, 2)) / z;
            if (!screen.lit.contains(cv::Point(int(u), int(v))))
                continue;
            const double fu = u / period - std::floor(u / period);
            const double fv = v / period - std::floor(v / period);
            if (fu < 0.3 || fv < 0.3)
                row[x] *= float(1 - depth);
        }
    }
}

} // namespace

const char* name(Trouble trouble)
{
    static const char* names[] = {"glare", "moire", "tilt", "blur", "dim", "small", "rotated"};
    return names[int(trouble)];
}

Presentation presentation(quint32 seed, int index, QSize size, int frames)
{
    cv::RNG rng(quint64(seed) * 1'000'003ULL + quint64(index) + 1);
    Presentation out;
    out.trouble = Trouble(index % troubleCount);
    out.code = makeCode(rng);
    const Look l = lookFor(out.trouble, rng);
    const Screen screen = screenFor(out.code, rng);
    const cv::Size frame(size.width(), size.height());
    const double scale = frame.height / 480.0;
    // The screen shrunk by the lens: filtered first, as a lens does, so the code itself does not alias.
    const double shrink = l.modulePx * scale / 4.0;
    cv::Mat source;
    screen.image.convertTo(source, CV_32F);
    if (shrink < 1)
        cv::GaussianBlur(source, source, cv::Size(), 0.45 / shrink);
    // The reflection slides across the code as the hand moves.
    const double side = screen.codeSide * shrink;
    cv::Point2d glare(rng.uniform(-0.3, 0.3) * side, rng.uniform(-0.3, 0.3) * side);
    const double heading = rng.uniform(0.0, 2 * pi);
    const cv::Point2d glareStep =
        rng.uniform(0.12, 0.25) * side * cv::Point2d(std::cos(heading), std::sin(heading));
    cv::Point2d jitter(0, 0);
    double jitterRoll = 0;
    for (int i = 0; i < frames; ++i) {
        jitter += cv::Point2d(rng.gaussian(1.5 * scale), rng.gaussian(1.5 * scale));
        jitterRoll += rng.gaussian(0.8);
        const cv::Mat h = homography(l, screen, frame, jitter, jitterRoll);
        cv::Mat scene(frame, CV_32F);
        for (int y = 0; y < frame.height; ++y) // the pedestal's housing, lit from above
            scene.row(y).setTo(cv::Scalar(150 - 60.0 * y / frame.height));
        cv::warpPerspective(source, scene, h, frame, cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
        if (l.moire > 0)
            pixelGrid(scene, h.inv(), screen, l.gridPeriod / (l.modulePx * scale / 4.0), l.moire);
        if (l.glare > 0) {
            std::vector<cv::Point2d> mid{screen.codeCentre}, at;
            cv::perspectiveTransform(mid, at, h);
            const cv::Point2d c = at[0] + glare + double(i) * glareStep;
            const double r = l.glareRadius * side;
            for (int y = 0; y < frame.height; ++y) {
                float* row = scene.ptr<float>(y);
                for (int x = 0; x < frame.width; ++x) {
                    const double dx = (x - c.x) / (1.6 * r), dy = (y - c.y) / r;
                    row[x] += float(l.glare * std::exp(-(dx * dx + dy * dy) / 2));
                }
            }
        }
        cv::GaussianBlur(scene, scene, cv::Size(), l.blur * scale * rng.uniform(0.85, 1.15));
        if (l.motion > 0) {
            const int length = std::max(2, int(l.motion * scale * rng.uniform(0.8, 1.2)));
            cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
            const double angle = rng.uniform(0.0, pi);
            cv::line(kernel,
                     cv::Point(int(length / 2 - std::cos(angle) * length / 2),
                               int(length / 2 - std::sin(angle) * length / 2)),
                     cv::Point(int(length / 2 + std::cos(angle) * length / 2),
                               int(length / 2 + std::sin(angle) * length / 2)),
                     cv::Scalar(1));
            kernel /= cv::sum(kernel)[0];
            cv::filter2D(scene, scene, -1, kernel);
        }
        cv::Mat noise(frame, CV_32F);
        rng.fill(noise, cv::RNG::NORMAL, 0, l.noise);
        scene = scene * l.gain + 6 + noise;
        QImage grey(size, QImage::Format_Grayscale8);
        for (int y = 0; y < frame.height; ++y) {
            const float* row = scene.ptr<float>(y);
            uchar* o = grey.scanLine(y);
            for (int x = 0; x < frame.width; ++x)
                o[x] = uchar(std::clamp(std::lround(row[x]), 0L, 255L));
        }
        out.frames.push_back(grey);
    }
    return out;
}

bool validCode(const QString& text)
{
    const auto parsed = ssc::ECardCodeText::parse(text);
    const auto* code = std::get_if<ssc::SignedECardCode>(&parsed);
    return code && ssc::verifyECardCode(*code, signingKey().publicKey(), code->code.issuedAt) ==
                       ssc::ECardCodeVerdict::Valid;
}

} // namespace phoneframes
