#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

// ThreadSanitizer's annotations (its runtime defines them); declared only in a -fsanitize=thread build.
#if defined(__SANITIZE_THREAD__)
extern "C" void AnnotateIgnoreWritesBegin(const char* file, int line);
extern "C" void AnnotateIgnoreWritesEnd(const char* file, int line);
#endif

namespace ssc {

// Runs `call` in the thread of `receiver`, later, through its event loop: how a device or worker thread hands
// what it read to the object that owns it (and back).
//
// Qt copies `call` (the lambda and what it captured) into an event on this thread, and the receiving thread
// reads the copy after taking the event off Qt's queue under Qt's mutex. That mutex is a futex inside
// libQt6Core, which is not built with ThreadSanitizer, so TSan cannot see the order and would report every
// captured value as a race. Under TSan, the copy's writes are therefore not recorded: they go to memory only
// this event holds, and nothing but the receiver reads it after the hand-off (docs/reliability.md,
// "Sanitizers"). In every other build this is QMetaObject::invokeMethod, queued.
template <typename Call> void queueCall(QObject* receiver, Call&& call)
{
#if defined(__SANITIZE_THREAD__)
    AnnotateIgnoreWritesBegin(__FILE__, __LINE__);
#endif
    QMetaObject::invokeMethod(receiver, std::forward<Call>(call), Qt::QueuedConnection);
#if defined(__SANITIZE_THREAD__)
    AnnotateIgnoreWritesEnd(__FILE__, __LINE__);
#endif
}

} // namespace ssc
