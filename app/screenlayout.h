#pragma once

class QWidget;

namespace ssc {

// Makes `screen` a page of the product's look and returns a white card centred on it: the card takes the
// width it is allowed (up to 8/10 of the screen) rather than its size hint, so wrapped text gets the height
// it needs in every language (an alignment flag would pin it to its hint).
QWidget* addCentredCard(QWidget* screen);

} // namespace ssc
