#pragma once

// Certification attempts as the terminal sends them (POST /me/pension-certification/attempts), for the
// platform tests of attempts and of the review queue.
#include "evidencerecording.h"
#include "facesequences.h"
#include "platformfixture.h"

#include <QBuffer>
#include <QJsonObject>

namespace certificationattempts {

inline QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

inline QString jpegBase64(const QImage& image)
{
    return QString::fromLatin1(jpeg(image).toBase64());
}

// A camera frame of the person on file (the demo's photo of 周德明 is the same portrait).
inline QString personFrame()
{
    return jpegBase64(ssc::face::fixtures::portrait());
}

// The reading as the terminal records it: two seconds of the person.
inline QString readingRecording()
{
    ssc::face::EvidenceRecording recording;
    recording.start(nullptr);
    for (const QImage& frame : ssc::face::fixtures::still(30).frames)
        recording.add(frame);
    return QString::fromLatin1(recording.finish().toBase64());
}

inline PlatformFixture::Response send(PlatformFixture& platform, const QString& person, const QByteArray& key,
                                      const QJsonObject& body, const QString& mode = QStringLiteral("kiosk"))
{
    return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/me/pension-certification/attempts"),
                               body, platform.citizenHeaders(person, key));
}

inline QJsonObject attempt(const QString& method, const QString& frame,
                           const QString& liveness = QStringLiteral("passed"))
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("liveness"), liveness},
            {QStringLiteral("frame"), frame}};
}

} // namespace certificationattempts
