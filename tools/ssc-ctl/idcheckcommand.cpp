#include "idcheckcommand.h"

#include "identity/socialsecuritynumber.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace ssc::ctl {
namespace {

class IdCheckText {
    Q_DECLARE_TR_FUNCTIONS(IdCheckCommand)
public:
    static QString line(const QString& given, const IdCheck& check)
    {
        if (!check.valid)
            return tr("%1\tinvalid\t%2").arg(given, check.reason());
        QStringList parts{given, tr("valid"), idKindDisplayName(check.kind)};
        if (check.sex != Sex::Unknown)
            parts << sexDisplayName(check.sex);
        if (check.birthDate.isValid())
            parts << check.birthDate.toString(Qt::ISODate);
        if (check.normalized != check.input)
            parts << tr("as 18 characters: %1").arg(check.normalized);
        if (check.formatOnly)
            parts << tr("shape checked only: this kind's full rules are not public");
        return parts.join(u'\t');
    }
};

QJsonObject toJson(const QString& given, const IdCheck& check)
{
    QJsonObject object{{QStringLiteral("input"), given}, {QStringLiteral("valid"), check.valid}};
    if (check.valid) {
        object.insert(QStringLiteral("kind"), idKindKey(check.kind));
        object.insert(QStringLiteral("normalized"), check.normalized);
        object.insert(QStringLiteral("sex"), sexKey(check.sex));
        object.insert(QStringLiteral("birthDate"), check.birthDate.isValid()
                                                       ? QJsonValue(check.birthDate.toString(Qt::ISODate))
                                                       : QJsonValue());
        object.insert(QStringLiteral("formatOnly"), check.formatOnly);
    } else {
        object.insert(QStringLiteral("reason"), check.reason());
    }
    return object;
}

QStringList readNumbersFromStandardInput()
{
    QTextStream in(stdin);
    QStringList numbers;
    QString line;
    while (in.readLineInto(&line))
        if (!line.trimmed().isEmpty())
            numbers << line.trimmed();
    return numbers;
}

} // namespace

int runIdCheck(CommandContext& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("no-resident-id"),
                      IdCheckText::tr("The person holds no resident ID: accept numbers coded by national "
                                      "unified rules (shape only).")});
    parser.addPositionalArgument(QStringLiteral("number"),
                                 IdCheckText::tr("Numbers to check, or - to read "
                                                 "one per line from standard input."));
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    QStringList numbers = parser.positionalArguments();
    if (numbers == QStringList{QStringLiteral("-")})
        numbers = readNumbersFromStandardInput();
    if (numbers.isEmpty())
        return context.usageError(
            IdCheckText::tr("give at least one number to check: ssc-ctl id check NUMBER..."));

    IdCheckOptions options;
    options.personHasNoResidentId = parser.isSet(QStringLiteral("no-resident-id"));
    bool allValid = true;
    QJsonArray results;
    for (const QString& number : std::as_const(numbers)) {
        const IdCheck check = checkSocialSecurityNumber(number, options);
        allValid = allValid && check.valid;
        if (context.json())
            results.append(toJson(number, check));
        else
            context.print(IdCheckText::line(number, check));
    }
    if (context.json())
        context.printJson(results);
    return allValid ? Ok : Negative;
}

} // namespace ssc::ctl
