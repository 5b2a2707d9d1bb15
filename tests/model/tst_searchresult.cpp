#include "tests/support/testregistry.h"

#include "collapsedtext.h"
#include "model/searchquery.h"
#include "model/searchresult.h"

#include <QTest>

using namespace testing;

class tst_SearchResult : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsInactive()
    {
        const SearchResult r;
        QVERIFY(!r.isActive());
        QVERIFY(!r.nameMatches(NameId(0)));
        QCOMPARE(r.matchedTotal(0), 0);
        QCOMPARE(r.matchedShare(0), 0.0);
        QCOMPARE(r.matchedNodeCount(), 0);
    }
    void emptyOrInvalidQueryIsInactive()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3"});
        QVERIFY(!SearchResult::run(*p, SearchQuery()).isActive());
        QString error;
        QVERIFY(!SearchResult::run(*p, SearchQuery::regex(QStringLiteral("("), &error)).isActive());
    }
    void matchedTotalAndShare()
    {
        const ProfilePtr p = fromCollapsed({"main;alloc 3", "main;work 5", "other;alloc 2"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("ALLOC")));
        QVERIFY(r.isActive());
        QCOMPARE(r.matchedTotal(0), 5);
        QCOMPARE(r.matchedShare(0), 0.5);
        QCOMPARE(r.matchedNodeCount(), 2);
        QCOMPARE(r.matchedNameCount(), 1);
        QVERIFY(r.nameMatches(nameId(*p, "alloc")));
        QVERIFY(!r.nameMatches(nameId(*p, "work")));
    }
    void nodeUnderMatchingAncestorCountedOnce()
    {
        // foo contains fooBar and another foo: only the outer foo's total counts.
        const ProfilePtr p = fromCollapsed({"main;foo;fooBar 4", "main;foo;x;foo 2", "main;y 4"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("foo")));
        QCOMPARE(r.matchedTotal(0), 6);
        QCOMPARE(r.matchedShare(0), 0.6);
        QCOMPARE(r.matchedNodeCount(), 3);
        QCOMPARE(r.matchedNameCount(), 2);
    }
    void siblingsAfterASkippedSubtreeStillCount()
    {
        const ProfilePtr p = fromCollapsed({"a;m;m 1", "a;n;m 2", "b;m 4", "c 8"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("m")));
        QCOMPARE(r.matchedTotal(0), 7);
        QCOMPARE(r.matchedNodeCount(), 4);
    }
    void everySampleType()
    {
        const ProfilePtr p = fromCollapsed({"a;x 1 100", "b 3 50"}, {{"samples", "count"}, {"cpu", "nanoseconds"}});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("x")));
        QCOMPARE(r.matchedTotal(0), 1);
        QCOMPARE(r.matchedTotal(1), 100);
        QCOMPARE(r.matchedShare(0), 0.25);
        QCOMPARE(r.matchedTotal(2), 0); // unknown type
        QCOMPARE(r.matchedShare(-1), 0.0);
    }
    void zeroTotalGivesZeroShare()
    {
        const ProfilePtr p = fromCollapsed({"a;b 0"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("b")));
        QCOMPARE(r.matchedNodeCount(), 1);
        QCOMPARE(r.matchedShare(0), 0.0);
    }
    void rootNeverMatches()
    {
        // The synthetic root is named "total"; searching for that must not select everything.
        const ProfilePtr p = fromCollapsed({"a 1", "b;total 2"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("tot")));
        QVERIFY(!r.nodeMatches(*p, CallTree::root()));
        QCOMPARE(r.matchedTotal(0), 2);
        QCOMPARE(r.matchedNodeCount(), 1);
    }
    void matchingNodesInPreOrder()
    {
        const ProfilePtr p = fromCollapsed({"a;f;f 1", "b;f 1", "c 1"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("f")));
        const std::vector<NodeId> nodes = r.matchingNodes(*p);
        QCOMPARE(nodes.size(), size_t(3));
        QCOMPARE(nodes[0].index, 2u);
        QCOMPARE(nodes[1].index, 3u);
        QCOMPARE(nodes[2].index, 5u);
        for (NodeId n : nodes)
            QVERIFY(r.nodeMatches(*p, n));
        QVERIFY(!r.nodeMatches(*p, NodeId(1)));
    }
    void regexSearch()
    {
        const ProfilePtr p = fromCollapsed({"main;Parse 2", "main;parser 3", "main;compile 5"});
        QString error;
        const SearchResult r = SearchResult::run(*p, SearchQuery::regex(QStringLiteral("^parse$"), &error));
        QCOMPARE(r.matchedTotal(0), 2);
        QCOMPARE(r.matchedNameCount(), 1);
    }
    void unicodeNames()
    {
        const ProfilePtr p = fromCollapsed({"main;Écrire 2", "main;écrire 3", "main;ecrire 5"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("écr")));
        QCOMPARE(r.matchedTotal(0), 5);
        QCOMPARE(r.matchedNameCount(), 2);
    }
    void largeTreeSplitAcrossThreadsAgreesWithOneWalk()
    {
        // Over a million nodes, so the node pass runs in ranges; deep stacks
        // put matches above range starts. Checked against a plain walk.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}, {"cpu", "nanoseconds"}});
        std::vector<NameId> ids;
        for (int i = 0; i < 12; ++i)
            ids.push_back(builder.intern("f" + std::to_string(i) + (i % 5 == 0 ? "_hit" : "")));
        quint64 seed = 12345;
        auto next = [&seed] {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            return quint32(seed >> 33);
        };
        std::vector<NameId> stack;
        for (int s = 0; s < 90000; ++s) {
            stack.clear();
            const quint32 depth = 5 + next() % 30;
            for (quint32 d = 0; d < depth; ++d)
                stack.push_back(ids[next() % ids.size()]);
            const qint64 v[] = {1 + qint64(next() % 7), qint64(next() % 1000)};
            builder.addStack(stack, v);
        }
        const ProfilePtr p = builder.build();
        const CallTree &t = p->tree();
        QVERIFY(t.nodeCount() > 1100000);

        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("HIT")));
        std::vector<quint8> under(size_t(t.nodeCount()), 0); // a matching ancestor above
        qint64 want[2] = {0, 0};
        qsizetype matching = 0;
        for (quint32 n = 1; n < quint32(t.nodeCount()); ++n) {
            const NodeId parent = t.parent(NodeId(n));
            const bool parentMatches = parent != CallTree::root() && p->name(parent).ends_with("_hit");
            under[n] = under[parent.index] || parentMatches;
            if (p->name(NodeId(n)).ends_with("_hit")) {
                ++matching;
                if (!under[n])
                    for (int type = 0; type < 2; ++type)
                        want[type] += t.total(NodeId(n), type);
            }
        }
        QCOMPARE(r.matchedNodeCount(), matching);
        QCOMPARE(r.matchedNameCount(), 3);
        QCOMPARE(r.matchedTotal(0), want[0]);
        QCOMPARE(r.matchedTotal(1), want[1]);
        QCOMPARE(qsizetype(r.matchingNodes(*p).size()), matching);
        // A regular expression takes the same path.
        QString error;
        const SearchResult re = SearchResult::run(*p, SearchQuery::regex(QStringLiteral("_HIT$"), &error));
        QCOMPARE(re.matchedTotal(0), want[0]);
    }
    void noMatchIsActiveButEmpty()
    {
        const ProfilePtr p = fromCollapsed({"a;b 3"});
        const SearchResult r = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("zzz")));
        QVERIFY(r.isActive());
        QCOMPARE(r.matchedTotal(0), 0);
        QVERIFY(r.matchingNodes(*p).empty());
    }
};

PYROGRAPH_TEST_MAIN(tst_SearchResult)
#include "tst_searchresult.moc"
