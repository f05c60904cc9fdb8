#include "socialsecuritynumber.h"

#include "checkcharacter.h"

#include <QRegularExpression>

namespace ssc {
namespace {

// Outcome builders keep the checks below readable.
IdCheck refused(IdCheck check, IdProblem problem, QStringList args = {})
{
    check.valid = false;
    check.problem = problem;
    check.problemArgs = std::move(args);
    check.sex = Sex::Unknown;
    check.birthDate = {};
    check.normalized.clear();
    return check;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    return std::ranges::all_of(text, isAsciiDigit);
}

int digitsValue(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

QString normaliseInput(QStringView raw)
{
    // NFKC turns full-width digits and letters (typed with a Chinese input method) into ASCII.
    QString text = raw.toString().normalized(QString::NormalizationForm_KC).toUpper();
    text.remove(QChar(u' '));
    text.remove(QChar(u'\t'));
    return text;
}

// Checks the eight-digit YYYYMMDD birth date; on success stores it in check.birthDate.
bool checkBirthDate(IdCheck& check, QStringView yyyymmdd, const IdCheckOptions& options)
{
    const QDate date(digitsValue(yyyymmdd.mid(0, 4)), digitsValue(yyyymmdd.mid(4, 2)),
                     digitsValue(yyyymmdd.mid(6, 2)));
    const QString written = yyyymmdd.toString();
    if (!date.isValid()) {
        check = refused(check, IdProblem::NoSuchDate, {written});
        return false;
    }
    if (date.year() < 1900) {
        check = refused(check, IdProblem::BirthBefore1900, {written});
        return false;
    }
    if (date > options.today) {
        check = refused(check, IdProblem::FutureBirthDate, {written});
        return false;
    }
    check.birthDate = date;
    return true;
}

bool checkCheckCharacter(IdCheck& check, QStringView eighteen)
{
    const QChar expected = mod11CheckCharacter(eighteen.first(17));
    if (eighteen[17] != expected) {
        check = refused(check, IdProblem::BadCheckCharacter, {QString(expected), QString(eighteen[17])});
        return false;
    }
    return true;
}

Sex sexFromSequenceDigit(QChar digit)
{
    return (digit.unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
}

// 17 digits + check character: resident ID, HK/MO/TW permit, or the 2023 foreigner's ID (leading 9).
IdCheck checkEighteen(IdCheck check, const IdCheckOptions& options)
{
    const QStringView text = check.input;
    if (text.front() == u'9') {
        // 9, two-digit province of the accepting office, three-digit nationality code, then as a resident ID.
        check.kind = IdKind::ForeignPermanentResident;
        if (!isProvinceCode(digitsValue(text.mid(1, 2))))
            return refused(check, IdProblem::BadProvinceCode, {text.mid(1, 2).toString()});
    } else {
        const QStringView address = text.first(6);
        const int province = digitsValue(address.first(2));
        if (!isProvinceCode(province))
            return refused(check, IdProblem::BadProvinceCode, {address.first(2).toString()});
        check.kind = IdKind::ResidentId;
        if (province >= 81) {
            if (address.sliced(2) != u"0000")
                return refused(check, IdProblem::BadPermitAddressCode, {address.toString()});
            check.kind = province == 81   ? IdKind::HongKongResident
                         : province == 82 ? IdKind::MacauResident
                                          : IdKind::TaiwanResident;
        }
    }
    if (!checkBirthDate(check, text.mid(6, 8), options) || !checkCheckCharacter(check, text))
        return check;
    check.sex = sexFromSequenceDigit(text[16]);
    check.normalized = text.toString();
    check.valid = true;
    return check;
}

IdCheck checkFifteenDigits(IdCheck check, const IdCheckOptions& options)
{
    const QStringView text = check.input;
    check.kind = IdKind::FirstGenerationResidentId;
    if (!isProvinceCode(digitsValue(text.first(2))) || digitsValue(text.first(2)) >= 81)
        return refused(check, IdProblem::BadProvinceCode, {text.first(2).toString()});
    const QString birth = QStringLiteral("19") + text.mid(6, 6).toString();
    if (!checkBirthDate(check, birth, options))
        return check;
    check.sex = sexFromSequenceDigit(text[14]);
    check.normalized = upgradeFirstGenerationId(text);
    check.valid = true;
    return check;
}

// 2004 format: nationality (3 letters), province (2), birth YYMMDD (6), sequence (2), check (1), version (1).
// Its check algorithm is not public and YYMMDD has no century, so only the shape is checked.
IdCheck checkOldForeignPermanent(IdCheck check)
{
    const QStringView text = check.input;
    check.kind = IdKind::ForeignPermanentResidentOld;
    check.formatOnly = true;
    if (!isProvinceCode(digitsValue(text.mid(3, 2))))
        return refused(check, IdProblem::BadProvinceCode, {text.mid(3, 2).toString()});
    // 2000 is a leap year, so 29 February passes whichever century is meant.
    if (!QDate(2000, digitsValue(text.mid(7, 2)), digitsValue(text.mid(9, 2))).isValid())
        return refused(check, IdProblem::NoSuchDate, {text.mid(5, 6).toString()});
    check.normalized = text.toString();
    check.valid = true;
    return check;
}

// Lenient shape for numbers coded by national unified rules: 8 to 20 ASCII letters and digits.
IdCheck checkNationalRule(IdCheck check)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{8,20}$"));
    check.kind = IdKind::NationalRule;
    check.formatOnly = true;
    if (!shape.match(check.input).hasMatch())
        return refused(check, IdProblem::BadNationalRuleShape, {QString::number(check.input.size())});
    check.normalized = check.input;
    check.valid = true;
    return check;
}

// True when the text looks like an attempt at a resident-ID-style number: it is then judged by those
// rules and never falls back to the lenient kind.
bool shapedLikeResidentId(QStringView text)
{
    if (text.size() >= 14 && text.size() <= 19 && allDigits(text.first(text.size() - 1)))
        return true;
    return text.size() == 18 && allDigits(text.first(17));
}

} // namespace

QString upgradeFirstGenerationId(QStringView fifteenDigits)
{
    QString seventeen =
        fifteenDigits.first(6).toString() + QStringLiteral("19") + fifteenDigits.sliced(6).toString();
    return seventeen + mod11CheckCharacter(seventeen);
}

IdCheck checkSocialSecurityNumber(QStringView raw, const IdCheckOptions& options)
{
    IdCheck check;
    check.input = normaliseInput(raw);
    const QStringView text = check.input;
    if (text.isEmpty())
        return refused(check, IdProblem::Empty);

    static const QRegularExpression oldForeign(QStringLiteral("^[A-Z]{3}[0-9]{12}$"));
    if (text.size() == 18 && allDigits(text.first(17))) {
        if (!isAsciiDigit(text.back()) && text.back() != u'X')
            return refused(check, IdProblem::BadLastCharacter, {QString(text.back())});
        return checkEighteen(check, options);
    }
    if (text.size() == 15 && allDigits(text))
        return checkFifteenDigits(check, options);
    if (oldForeign.match(check.input).hasMatch())
        return checkOldForeignPermanent(check);
    if (text.size() == 15 && allDigits(text.first(14)))
        return refused(check, IdProblem::BadLastCharacter, {QString(text.back())});
    if (shapedLikeResidentId(text))
        return refused(check, IdProblem::BadLength, {QString::number(text.size())});
    if (options.personHasNoResidentId)
        return checkNationalRule(check);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isAsciiDigit(c) && !(c >= u'A' && c <= u'Z'))
            return refused(check, IdProblem::BadCharacter, {QString(c), QString::number(i + 1)});
    }
    return refused(check, IdProblem::NotRecognised);
}

QString IdCheck::reason() const
{
    const auto arg = [this](int i) { return problemArgs.value(i); };
    switch (problem) {
    case IdProblem::None:
        return {};
    case IdProblem::Empty:
        return tr("no number was given");
    case IdProblem::BadCharacter:
        return tr("character “%1” at position %2 cannot appear in a social security number")
            .arg(arg(0), arg(1));
    case IdProblem::BadLength:
        return tr("a resident ID number has 18 characters (15 for a first-generation ID); this one has %1")
            .arg(arg(0));
    case IdProblem::BadLastCharacter:
        return tr("the last character must be a digit or X, not “%1”").arg(arg(0));
    case IdProblem::BadProvinceCode:
        return tr("“%1” is not a province code: check the first digits of the address code").arg(arg(0));
    case IdProblem::BadPermitAddressCode:
        return tr("residence permits for Hong Kong, Macau and Taiwan residents use address code 810000, "
                  "820000 or 830000, not %1")
            .arg(arg(0));
    case IdProblem::NoSuchDate:
        return tr("no such date %1: check the birth date digits").arg(arg(0));
    case IdProblem::FutureBirthDate:
        return tr("birth date %1 is in the future").arg(arg(0));
    case IdProblem::BirthBefore1900:
        return tr("birth date %1 is before 1900").arg(arg(0));
    case IdProblem::BadCheckCharacter:
        return tr("check character should be %1, not %2: a digit was probably mistyped").arg(arg(0), arg(1));
    case IdProblem::NotRecognised:
        return tr("not a resident ID, residence permit or permanent residence ID number; if the person holds "
                  "none of these, check it as a number coded by national unified rules");
    case IdProblem::BadNationalRuleShape:
        return tr("a number coded by national unified rules has 8 to 20 letters and digits; this one has %1 "
                  "characters")
            .arg(arg(0));
    }
    return {};
}

} // namespace ssc
