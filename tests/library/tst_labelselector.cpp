#include "tests/support/testregistry.h"

#include "library/labelselector.h"

#include <QTest>

class tst_LabelSelector : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryOperator()
    {
        QString error;
        const auto s = LabelSelector::parse("{a=\"b\", c!=\"d\",e=~\"x.*\" ,f!~\"y|z\"}", &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->matchers().size(), size_t(4));
        QCOMPARE(int(s->matchers()[0].op), int(LabelMatcher::Op::Equal));
        QCOMPARE(int(s->matchers()[1].op), int(LabelMatcher::Op::NotEqual));
        QCOMPARE(int(s->matchers()[2].op), int(LabelMatcher::Op::Regex));
        QCOMPARE(int(s->matchers()[3].op), int(LabelMatcher::Op::NotRegex));
        QCOMPARE(s->matchers()[3].value, std::string("y|z"));
        QCOMPARE(s->toString(), std::string("{a=\"b\",c!=\"d\",e=~\"x.*\",f!~\"y|z\"}"));
    }
    void metricNameWithColons()
    {
        QString error;
        const auto s = LabelSelector::parse("process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name=\"app\"}", &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->metricName(), std::string("process_cpu:cpu:nanoseconds:cpu:nanoseconds"));
        QCOMPARE(s->matchers().size(), size_t(1));
        const auto bare = LabelSelector::parse("memory:alloc_space:bytes:space:bytes", &error);
        QVERIFY(bare && bare->isEmpty());
    }
    void emptySelectsAll()
    {
        QString error;
        QVERIFY(LabelSelector::parse("", &error)->matches({{"a", "b"}}));
        QVERIFY(LabelSelector::parse(" {} ", &error)->matches({}));
    }
    void escapesRoundTrip()
    {
        QString error;
        const auto s = LabelSelector::parse("{path=\"C:\\\\dir\\\"q\\\"\\n\"}", &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->matchers()[0].value, std::string("C:\\dir\"q\"\n"));
        QCOMPARE(s->toString(), std::string("{path=\"C:\\\\dir\\\"q\\\"\\n\"}"));
        QCOMPARE(LabelSelector::parse(s->toString(), &error)->matchers()[0].value, s->matchers()[0].value);
    }
    void regexIsAnchored()
    {
        QString error;
        const auto s = LabelSelector::parse("{region=~\"eu-.*\"}", &error);
        QVERIFY(s->matches({{"region", "eu-west"}}));
        QVERIFY(!s->matches({{"region", "us-eu-west"}}));
        const auto part = LabelSelector::parse("{region=~\"eu\"}", &error);
        QVERIFY(!part->matches({{"region", "eu-west"}}));
        const auto alt = LabelSelector::parse("{region!~\"a|b\"}", &error);
        QVERIFY(!alt->matches({{"region", "a"}}));
        QVERIFY(alt->matches({{"region", "ab"}}));
    }
    void absentLabelIsEmpty()
    {
        QString error;
        QVERIFY(LabelSelector::parse("{x=\"\"}", &error)->matches({{"a", "b"}}));
        QVERIFY(!LabelSelector::parse("{x!=\"\"}", &error)->matches({{"a", "b"}}));
        QVERIFY(LabelSelector::parse("{x=~\".*\"}", &error)->matches({}));
        QVERIFY(!LabelSelector::parse("{x=~\".+\"}", &error)->matches({}));
        QVERIFY(LabelSelector::parse("{x!=\"v\"}", &error)->matches({}));
        QVERIFY(!LabelSelector::parse("{a=\"c\"}", &error)->matches({{"a", "b"}}));
    }
    void errorsNamePosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no value") << "{a=}" << "expected a quoted value at position 3";
        QTest::newRow("bad op") << "{a~\"b\"}" << "expected =, !=, =~ or !~ at position 2";
        QTest::newRow("unterminated") << "{a=\"b}" << "unterminated quoted value at position 6";
        QTest::newRow("no close") << "{a=\"b\"" << "expected ',' or '}' at position 6";
        QTest::newRow("no comma") << "{a=\"b\" c=\"d\"}" << "expected ',' or '}' at position 7";
        QTest::newRow("trailing") << "{a=\"b\"} x" << "unexpected text after '}' at position 8";
        QTest::newRow("bad regex") << "{a=~\"(\"}" << "invalid regex at position 4";
        QTest::newRow("bad escape") << "{a=\"\\q\"}" << "unknown escape \\q at position 4";
        QTest::newRow("label name") << "{1a=\"b\"}" << "expected a label name at position 1";
    }
    void errorsNamePosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!LabelSelector::parse(text.toStdString(), &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
    void addMatcherCompilesRegex()
    {
        LabelSelector s;
        s.addMatcher(LabelMatcher{"a", LabelMatcher::Op::Regex, "b+", {}});
        QVERIFY(s.matches({{"a", "bbb"}}));
        QVERIFY(!s.matches({{"a", "abbb"}}));
        QCOMPARE(s.toString(), std::string("{a=~\"b+\"}"));
    }
};

PYROGRAPH_TEST_MAIN(tst_LabelSelector)
#include "tst_labelselector.moc"
