#include "core/nhsnumber.h"

#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// DESIGN 2.9: 10 digits, Modulus 11 with weights 10..2 on the first nine digits.
class TestNhsNumber : public QObject
{
    Q_OBJECT

private slots:
    void isValid_data();
    void isValid();
    void checkDigitTenIsNeverValid();
    void normalised_data();
    void normalised();
    void formatted();
};

void TestNhsNumber::isValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid 9434765919") << u"9434765919"_s << true;
    QTest::newRow("valid 4010232137") << u"4010232137"_s << true;
    QTest::newRow("valid with spaces") << u"943 476 5919"_s << true;
    QTest::newRow("valid with hyphens") << u"943-476-5919"_s << true;
    QTest::newRow("valid with outer spaces") << u" 4010232137 "_s << true;
    // 100000006: weighted sum 22, 22 mod 11 = 0, 11 - 0 = 11, written as 0.
    QTest::newRow("check 11 becomes 0") << u"1000000060"_s << true;
    QTest::newRow("check 11 written as 1 is wrong") << u"1000000061"_s << false;

    QTest::newRow("wrong check digit 9434765918") << u"9434765918"_s << false;
    QTest::newRow("wrong check digit 4010232138") << u"4010232138"_s << false;
    QTest::newRow("transposed digits") << u"9434765991"_s << false;
    QTest::newRow("nine digits") << u"943476591"_s << false;
    QTest::newRow("eleven digits") << u"94347659190"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only spaces") << u"   "_s << false;
    QTest::newRow("letters") << u"94347659A9"_s << false;
    QTest::newRow("letter appended") << u"9434765919x"_s << false;
    QTest::newRow("dot separators") << u"943.476.5919"_s << false;
    QTest::newRow("arabic-indic digits")
        << u"\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"_s << false;
}

void TestNhsNumber::isValid()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(NhsNumber::isValid(input), valid);
}

void TestNhsNumber::checkDigitTenIsNeverValid()
{
    // 100000001: 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which cannot be a check digit.
    // Found by computation; so is 123456789 (sum 210, 210 mod 11 = 1).
    const QStringList prefixes {u"100000001"_s, u"123456789"_s};
    for (const QString &prefix : prefixes) {
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += (prefix.at(i).unicode() - u'0') * (10 - i);
        QCOMPARE(11 - sum % 11, 10);
        for (char digit = '0'; digit <= '9'; ++digit) {
            const QString number = prefix + QLatin1Char(digit);
            QVERIFY2(!NhsNumber::isValid(number), qPrintable(number));
        }
    }
}

void TestNhsNumber::normalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("digits") << u"9434765919"_s << u"9434765919"_s;
    QTest::newRow("spaces") << u"943 476 5919"_s << u"9434765919"_s;
    QTest::newRow("hyphens") << u"943-476-5919"_s << u"9434765919"_s;
    QTest::newRow("letters give empty") << u"943 476 59l9"_s << QString();
    QTest::newRow("slash gives empty") << u"943/476/5919"_s << QString();
}

void TestNhsNumber::normalised()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(NhsNumber::normalised(input), expected);
}

void TestNhsNumber::formatted()
{
    QCOMPARE(NhsNumber::formatted(u"9434765919"_s), u"943 476 5919"_s);
    QCOMPARE(NhsNumber::formatted(u"943-476-5919"_s), u"943 476 5919"_s);
    // Not ten digits: shown as typed, never silently changed.
    QCOMPARE(NhsNumber::formatted(u"12345"_s), u"12345"_s);
}

QTEST_APPLESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
