#include "tests/support/testregistry.h"

#include "model/searchquery.h"

#include <QTest>

class tst_SearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsEmptyAndMatchesNothing()
    {
        const SearchQuery q;
        QVERIFY(q.isEmpty());
        QVERIFY(q.isValid());
        QVERIFY(!q.matches("anything"));
        QVERIFY(!q.matches(""));
    }
    void emptyTextGivesEmptyQuery()
    {
        QVERIFY(SearchQuery::substring(QString()).isEmpty());
        QString error = QStringLiteral("stale");
        const SearchQuery r = SearchQuery::regex(QString(), &error);
        QVERIFY(r.isEmpty());
        QVERIFY(error.isEmpty());
    }
    void substringIsCaseInsensitive()
    {
        const SearchQuery q = SearchQuery::substring(QStringLiteral("Alloc"));
        QVERIFY(!q.isEmpty());
        QVERIFY(q.isValid());
        QVERIFY(q.matches("runtime.mallocgc"));
        QVERIFY(q.matches("ALLOC"));
        QVERIFY(q.matches("xxaLLoCxx"));
        QVERIFY(!q.matches("allo"));
        QVERIFY(!q.matches("a l l o c"));
    }
    void substringAtEndsAndRepeatedPrefix()
    {
        const SearchQuery q = SearchQuery::substring(QStringLiteral("aab"));
        QVERIFY(q.matches("aaab")); // a failed partial match must not skip the real one
        QVERIFY(q.matches("aab"));
        QVERIFY(q.matches("aabzzz"));
        QVERIFY(!q.matches("aa"));
        QVERIFY(!q.matches("abab"));
    }
    void substringTreatsRegexCharactersLiterally()
    {
        const SearchQuery q = SearchQuery::substring(QStringLiteral("std::vector<int>::"));
        QVERIFY(q.matches("void std::vector<int>::push_back(int)"));
        QVERIFY(!q.matches("std::vector<long>::push_back"));
        QVERIFY(SearchQuery::substring(QStringLiteral(".*")).matches("a.*b"));
        QVERIFY(!SearchQuery::substring(QStringLiteral(".*")).matches("ab"));
    }
    void asciiNeedleInNonAsciiName()
    {
        const SearchQuery q = SearchQuery::substring(QStringLiteral("CAF"));
        QVERIFY(q.matches("café::ouvrir"));
        QVERIFY(!q.matches("thé::ouvrir"));
    }
    void asciiNeedleFoldsUnicodeLetters()
    {
        // U+212A KELVIN SIGN folds to "k": no ASCII byte matches, Unicode folding does.
        QVERIFY(SearchQuery::substring(QStringLiteral("k")).matches("\xE2\x84\xAA"));
        QVERIFY(!SearchQuery::substring(QStringLiteral("j")).matches("\xE2\x84\xAA"));
    }
    void longNeedleShifts()
    {
        const QString needle = QString(300, u'x') + u'Y';
        const SearchQuery q = SearchQuery::substring(needle);
        QVERIFY(q.matches(std::string(50, 'a') + std::string(300, 'X') + "y" + std::string(10, 'b')));
        // Appended, not operator+: GCC 12 at -O2 warns falsely (array-bounds) on the temporaries.
        std::string near(299, 'x');
        near += 'y';
        near.append(300, 'x');
        QVERIFY(!q.matches(near));
    }
    void unicodeNeedleFoldsCase()
    {
        const SearchQuery q = SearchQuery::substring(QStringLiteral("CAFÉ"));
        QVERIFY(q.matches("café::ouvrir"));
        QVERIFY(q.matches("Mon CAFÉ"));
        QVERIFY(!q.matches("cafe::ouvrir")); // e is not é
        const SearchQuery greek = SearchQuery::substring(QStringLiteral("σφάλμα"));
        QVERIFY(greek.matches("ΣΦΆΛΜΑ::handler"));
        QVERIFY(SearchQuery::substring(QStringLiteral("関数")).matches("ns::関数名"));
    }
    void regexIsCaseInsensitive()
    {
        QString error;
        const SearchQuery q = SearchQuery::regex(QStringLiteral("^runtime\\.(malloc|free)"), &error);
        QVERIFY(q.isValid());
        QVERIFY(error.isEmpty());
        QVERIFY(q.isRegex());
        QVERIFY(q.matches("runtime.mallocgc"));
        QVERIFY(q.matches("RUNTIME.FREEx"));
        QVERIFY(!q.matches("xruntime.mallocgc"));
        QVERIFY(!q.matches("runtime.gc"));
    }
    void regexMatchesUnicode()
    {
        QString error;
        const SearchQuery q = SearchQuery::regex(QStringLiteral("^é\\w+$"), &error);
        QVERIFY(q.isValid());
        QVERIFY(q.matches("Écrire"));
        QVERIFY(!q.matches("écrire()"));
    }
    void invalidRegexReportsError()
    {
        QString error;
        const SearchQuery q = SearchQuery::regex(QStringLiteral("foo(bar"), &error);
        QVERIFY(!q.isValid());
        QVERIFY(!q.isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!q.matches("foo(bar"));
        QVERIFY(!q.matches("foobar"));
    }
    void invalidRegexWithoutErrorPointer()
    {
        const SearchQuery q = SearchQuery::regex(QStringLiteral("[a-"), nullptr);
        QVERIFY(!q.isValid());
        QVERIFY(!q.matches("a"));
    }
};

PYROGRAPH_TEST_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
