#include "faceloginclaim.h"

#include "forms/fieldbuilders.h"
#include "identity/socialsecuritynumber.h"

namespace ssc {
namespace {

TranslatableText t(const char* source)
{
    return {"FaceLoginClaim", source, {}};
}

} // namespace

FormDefinition faceLoginClaimForm()
{
    FormField ssn = forms::field(QStringLiteral("ssn"),
                                 t(QT_TRANSLATE_NOOP("FaceLoginClaim", "ID number (social security number)")),
                                 FieldKind::IdNumber);
    ssn.maxLength = 18;
    ssn.rule = [](const QString& value, const FormValues&) {
        return checkSocialSecurityNumber(value).valid
                   ? TranslatableText{}
                   : t(QT_TRANSLATE_NOOP(
                         "FaceLoginClaim",
                         "This is not a valid ID number: please check each digit against your "
                         "ID card."));
    };
    FormField name =
        forms::field(QStringLiteral("name"),
                     t(QT_TRANSLATE_NOOP("FaceLoginClaim", "Name, as on your ID card")), FieldKind::Text);
    name.maxLength = 40;
    return {QStringLiteral("face-login-claim"),
            t(QT_TRANSLATE_NOOP("FaceLoginClaim", "Sign in with your face")),
            {{t(QT_TRANSLATE_NOOP("FaceLoginClaim", "Who are you?")), {ssn, name}}},
            {}};
}

QJsonObject faceLoginClaim(const FormValues& values)
{
    const IdCheck number = checkSocialSecurityNumber(values.value(QStringLiteral("ssn")));
    const QString name = values.value(QStringLiteral("name")).trimmed();
    if (!number.valid || name.isEmpty())
        return {};
    return {{QStringLiteral("ssn"), number.normalized}, {QStringLiteral("name"), name}};
}

} // namespace ssc
