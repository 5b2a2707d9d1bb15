#include "tests/support/testregistry.h"

#include "widgets/render/exportescape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_ExportEscape : public QObject
{
    Q_OBJECT
private slots:
    void xmlEscapesMarkupAndQuotes()
    {
        QCOMPARE(ExportEscape::xml("plain name"), std::string("plain name"));
        QCOMPARE(ExportEscape::xml("<script>a&b</script>"), std::string("&lt;script&gt;a&amp;b&lt;/script&gt;"));
        QCOMPARE(ExportEscape::xml("\"x\" 'y'"), std::string("&quot;x&quot; &#39;y&#39;"));
        QCOMPARE(ExportEscape::xml("]]>"), std::string("]]&gt;"));
    }
    void xmlReplacesInvalidUtf8AndForbiddenControls()
    {
        QCOMPARE(ExportEscape::xml("a\xff" "b"), std::string("a\xef\xbf\xbd" "b"));
        QCOMPARE(ExportEscape::xml("\xe2\x82"), std::string("\xef\xbf\xbd\xef\xbf\xbd")); // truncated
        QCOMPARE(ExportEscape::xml("\xc0\xaf"), std::string("\xef\xbf\xbd\xef\xbf\xbd")); // overlong '/'
        QCOMPARE(ExportEscape::xml("\xed\xa0\x80"), std::string("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd")); // surrogate
        QCOMPARE(ExportEscape::xml(std::string("a\x01\tb", 4)), std::string("a\xef\xbf\xbd\tb"));
        // Valid multi-byte text passes unchanged.
        QCOMPARE(ExportEscape::xml("\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\xa5"), std::string("\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\xa5"));
    }
    void jsonCannotCloseAScriptElement()
    {
        const std::string s = ExportEscape::jsonString("</script><!--&\xe2\x80\xa8\xe2\x80\xa9\"\\\n");
        QCOMPARE(s, std::string("\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\\\"\\\\\\n\""));
        QVERIFY(s.find('<') == std::string::npos && s.find('>') == std::string::npos);
    }
    void jsonRoundTripsThroughAParser()
    {
        const std::string name = "f<&>\"\\\x01 \xff \xc3\xa9";
        const std::string json = "[" + ExportEscape::jsonString(name) + "]";
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toString(), QStringLiteral("f<&>\"\\\u0001 \uFFFD \u00e9"));
    }
};

PYROGRAPH_TEST_MAIN(tst_ExportEscape)
#include "tst_exportescape.moc"
