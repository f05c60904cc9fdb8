#pragma once

#include <QByteArray>
#include <QList>

namespace ssc::face {

// The pictures of a Motion-JPEG AVI, as the JPEG bytes of each frame in file order: a walk of the RIFF chunks
// into LIST 'movi' (and the LIST 'rec ' groups in it), taking the '##dc' / '##db' chunks; at most `limit` of
// them. A recording reaches the platform as outside bytes, so the walk trusts no size it reads: a chunk that
// runs past its parent ends the walk with the frames that were whole. Empty when the bytes are not an AVI.
// (OpenCV's own AVI reader trusted the JPEG's picture size and reserved 800 MB for a crafted frame: the
// face_recording fuzz target's finding, docs/security.md.)
QList<QByteArray> mjpegAviPictures(const QByteArray& avi, int limit);

} // namespace ssc::face
