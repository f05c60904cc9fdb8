#include "ecardchannels.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ssc {
namespace {

// The national channels of the electronic social security card (the brief: 掌上12333, the national public
// service platform, the big payment apps, banks' apps) by the name the platform records.
constexpr std::array<std::pair<const char16_t*, const char*>, 7> knownChannels{{
    {u"掌上12333", QT_TRANSLATE_NOOP("ECardChannel", "Zhangshang 12333 app")},
    {u"电子社保卡", QT_TRANSLATE_NOOP("ECardChannel", "Electronic Social Security Card app")},
    {u"国家社会保险公共服务平台",
     QT_TRANSLATE_NOOP("ECardChannel", "National Social Insurance Public Service Platform")},
    {u"微信", QT_TRANSLATE_NOOP("ECardChannel", "WeChat")},
    {u"支付宝", QT_TRANSLATE_NOOP("ECardChannel", "Alipay")},
    {u"云闪付", QT_TRANSLATE_NOOP("ECardChannel", "UnionPay QuickPass")},
    {u"银行APP", QT_TRANSLATE_NOOP("ECardChannel", "A bank's app")},
}};

} // namespace

QString shownECardChannel(const QString& recordedChannel)
{
    const QString channel = recordedChannel.trimmed();
    for (const auto& [recorded, english] : knownChannels)
        if (channel == QStringView(recorded))
            return QCoreApplication::translate("ECardChannel", english);
    return channel;
}

} // namespace ssc
