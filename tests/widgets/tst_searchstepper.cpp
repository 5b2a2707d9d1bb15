#include "tests/support/testregistry.h"

#include "widgets/searchstepper.h"

#include "model/searchquery.h"
#include "model/searchresult.h"

#include "widgettestutil.h"

#include <QTest>

using namespace widgettest;

class tst_SearchStepper : public QObject
{
    Q_OBJECT
private:
    // parseJson twice, in tree order: under main, then under main;serve.
    const ProfilePtr m_profile = fromCollapsed({"main;parseJson;scan 4", "main;parseXml 3",
                                                "main;serve;handle 6", "main;serve;parseJson 2"});

    NodeId node(std::initializer_list<std::string_view> path) const
    {
        return m_profile->findPath(std::vector<std::string_view>(path));
    }
    SearchResult search(const char *text) const
    {
        return SearchResult::run(*m_profile, SearchQuery::substring(QString::fromLatin1(text)));
    }

private slots:
    void forwardInTreeOrderAndWraps()
    {
        const SearchResult json = search("parsejson");
        SearchStepper stepper;
        const NodeId first = node({"main", "parseJson"}),
                     second = node({"main", "serve", "parseJson"});
        QVERIFY(first.isValid() && second.isValid());
        QCOMPARE(stepper.step(*m_profile, json, true), first);
        QCOMPARE(stepper.position(), 1);
        QCOMPARE(stepper.count(), 2);
        QCOMPARE(stepper.step(*m_profile, json, true), second);
        QCOMPARE(stepper.position(), 2);
        QCOMPARE(stepper.step(*m_profile, json, true), first);   // wraps around
        QCOMPARE(stepper.step(*m_profile, json, false), second); // and back
    }
    void backwardStartsAtTheLast()
    {
        const SearchResult parse = search("parse");
        SearchStepper stepper;
        const NodeId last = stepper.step(*m_profile, parse, false);
        QCOMPARE(last, node({"main", "serve", "parseJson"}));
        QCOMPARE(stepper.position(), stepper.count());
        QCOMPARE(stepper.count(), 3); // parseJson, parseXml, serve's parseJson
    }
    void resetStartsAgainForANewSearch()
    {
        SearchStepper stepper;
        const SearchResult json = search("parsejson");
        stepper.step(*m_profile, json, true);
        stepper.step(*m_profile, json, true);
        stepper.reset();
        QCOMPARE(stepper.position(), 0);
        QCOMPARE(stepper.count(), 0);
        const SearchResult handle = search("handle");
        QCOMPARE(stepper.step(*m_profile, handle, true), node({"main", "serve", "handle"}));
        QCOMPARE(stepper.count(), 1);
    }
    void nothingToStepThrough()
    {
        SearchStepper stepper;
        QVERIFY(!stepper.step(*m_profile, SearchResult(), true).isValid()); // no search
        QVERIFY(!stepper.step(*m_profile, search("nothing-like-this"), true).isValid());
        QCOMPARE(stepper.count(), 0);
        QCOMPARE(stepper.position(), 0);
    }
};

PYROGRAPH_TEST_MAIN(tst_SearchStepper)
#include "tst_searchstepper.moc"
