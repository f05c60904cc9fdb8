#pragma once

#include <QByteArray>

#include <optional>

class PlatformFixture;

// What the platform stores sealed at rest (keys/dataseal.h), read and written as the platform does, with the
// fixture platform's own key store: for tests that put another face on file or look at what is stored.
namespace sealedstore {

// The first photo on file, opened; empty when there is none or it does not open.
QByteArray photoOnFile(PlatformFixture& platform);
// Every person's photo on file replaced by this one, sealed for each person's row.
bool setPhotoOnFile(PlatformFixture& platform, const QByteArray& jpeg);
std::optional<QByteArray> open(PlatformFixture& platform, const QByteArray& sealed, const QByteArray& place);

} // namespace sealedstore
