#include "camerascanner.h"

#include "framereader.h"
#include "framesource.h"
#include "threading/queuedcall.h"

#include <QDateTime>

namespace ssc {
namespace {

constexpr qint64 repeatQuietMs = 3000;

} // namespace

CameraScanner::CameraScanner(QObject* parent) : CodeScanner(parent), m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("camera-reader"));
    m_thread.start();
}

CameraScanner::~CameraScanner()
{
    m_thread.quit();
    m_thread.wait();
}

void CameraScanner::attach(FrameSource* source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source)
        connect(source, &FrameSource::frameReady, this, &CameraScanner::offer);
    emit readyChanged(source != nullptr);
}

QString CameraScanner::displayName() const
{
    return m_source ? m_source->describe() : tr("camera");
}

void CameraScanner::offer(const CameraFrame& frame)
{
    ++m_offered;
    m_lastFrame = frame; // shared, not copied
    if (m_busy.exchange(true))
        return; // still reading the last frame: this one is dropped
    // Counted over the frames read, not offered: with frames dropped in a regular rhythm, the offered count
    // would give the further ways' turns to the same few ways every time.
    const quint64 number = m_taken++;
    const QSize size = frame.size();
    const QRect region = m_region.isEmpty()
                             ? QRect()
                             : QRectF(m_region.x() * size.width(), m_region.y() * size.height(),
                                      m_region.width() * size.width(), m_region.height() * size.height())
                                   .toRect();
    queueCall(m_worker, [this, frame, number, region] {
        // The grey plane taken here, on the worker: a YUV frame's luma as it is, no colour conversion.
        const QrReading reading = FrameReader::readFrame(frame.grey(), number, region);
        const QString text = reading.found() ? reading.text : QString();
        queueCall(this, [this, text, us = reading.microseconds] { done(text, quint64(us)); });
    });
}

void CameraScanner::done(const QString& text, quint64)
{
    ++m_read;
    m_busy = false;
    if (text.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (text == m_lastText && now - m_lastAt < repeatQuietMs) {
        m_lastAt = now; // still held up: keep quiet while it stays in view
        return;
    }
    m_lastText = text;
    m_lastAt = now;
    emit codeScanned(text);
}

} // namespace ssc
