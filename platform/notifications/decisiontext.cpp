#include "decisiontext.h"

namespace ssc::platform {
namespace {

struct KindName {
    const char* kind;
    const char* name;
};
// The names the citizen saw on the terminal's home screen and in 我的办件.
const KindName kindNames[] = {
    {"unemployment-registration", "失业登记"},         {"unemployment-benefit", "失业保险待遇申领"},
    {"unemployment-subsidy", "失业补助金申领"},        {"labour-dispute", "劳动人事争议调解申请"},
    {"pension-transfer", "养老保险关系转移"},          {"card-replacement", "社保卡补换"},
    {"pension-certification", "养老保险待遇资格认证"},
};

struct StatusPhrase {
    const char* status;
    const char* phrase;
};
// Every status a decision can reach (core/applications/applicationkinds.h and the certification review),
// in words that read after "您的X（回执号尾号…）".
const StatusPhrase statusPhrases[] = {
    {"approved", "已审核通过"},
    {"returned", "已退回"},
    {"accepted", "已受理，正在安排调解员"},
    {"mediating", "已进入调解"},
    {"settled", "已调解成功"},
    {"arbitration", "调解未成，已转仲裁"},
    {"agreed", "转入地已同意接收"},
    {"transferring", "转出地正在办理转出"},
    {"completed", "已办结，关系已转入新参保地"},
    {"making", "已开始制卡"},
    {"ready", "新卡已制成，可到服务窗口领取"},
    {"certified", "已认证通过"},
    {"already_certified", "本期已认证，无需重复认证"},
    {"rejected", "未通过审核"},
    {"stopped", "已停发"}, // a monthly benefit's plan (payouts/monthlyinstalments.h); why: on the terminal
};

} // namespace

std::optional<QString> decisionText(const QString& kind, const QString& status, const QString& receipt)
{
    QString name;
    for (const KindName& k : kindNames)
        if (kind == QLatin1String(k.kind))
            name = QString::fromUtf8(k.name);
    QString phrase;
    for (const StatusPhrase& s : statusPhrases)
        if (status == QLatin1String(s.status))
            phrase = QString::fromUtf8(s.phrase);
    if (name.isEmpty() || phrase.isEmpty() || receipt.size() < 4)
        return std::nullopt;
    // The reason of a return or refusal may name the person's circumstances: never in a text, only on the
    // terminal after they log in.
    return QStringLiteral(
               "【电子社保卡】您的%1（回执号尾号%2）%3，详情请在社保自助终端或电子社保卡“我的办件”查看。")
        .arg(name, receipt.right(4), phrase);
}

} // namespace ssc::platform
