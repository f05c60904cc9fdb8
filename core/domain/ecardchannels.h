#pragma once

#include <QString>

namespace ssc {

// The channel an electronic card was claimed in (电子社保卡的申领渠道), as the platform records it: its
// Chinese name ("掌上12333", "微信"). Shown in the screen's language: the known channels have an English name
// ("Zhangshang 12333 app", "WeChat"); a channel this terminal does not know is shown as recorded.
QString shownECardChannel(const QString& recordedChannel);

} // namespace ssc
