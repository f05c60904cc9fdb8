#pragma once

#include <QByteArray>
#include <QString>

namespace ssc {

// Wiping a secret (a PIN, a card key) from memory where it is really stored.
//
// A QString or QByteArray shares its buffer with its copies, and writing through a shared one first
// detaches: `pin.fill(u'0')` on a shared PIN overwrites a fresh copy and leaves the digits where they were.
// So the rule here: every holder of a secret calls wipeSecret() when done with it; a holder that shares the
// buffer only lets go of its share, and the last holder, alone with the buffer, overwrites it before it is
// freed.

// Overwrites the characters in place (zeros) when this holder is alone with the buffer; true then. False,
// and nothing written, when the buffer is shared (or static): another holder still reads it.
bool overwriteSecret(QString& secret);
bool overwriteSecret(QByteArray& secret);

// overwriteSecret(), then empties the holder. True when the secret's buffer was overwritten.
bool wipeSecret(QString& secret);
bool wipeSecret(QByteArray& secret);

} // namespace ssc
