#include "tests/support/testregistry.h"

#include "tests/server/gotarget.h"

#include "app/gui/mainwindow.h"
#include "app/gui/pushreceiver.h"
#include "app/gui/scrapedialog.h"
#include "library/library.h"
#include "server/scrapemanager.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace {
QString cell(const QTableWidget *table, const QString &instance, const QString &profile, int column)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == instance
            && table->item(row, 1)->text() == profile)
            return table->item(row, column)->text();
    return {};
}

void addThroughTheFields(ScrapeDialog *dialog, const QString &url, const QString &application,
                         const QStringList &profiles)
{
    dialog->urlEdit()->clear();
    QTest::keyClicks(dialog->urlEdit(), url);
    dialog->applicationEdit()->clear();
    QTest::keyClicks(dialog->applicationEdit(), application);
    dialog->intervalBox()->setValue(1);
    for (const std::string &name : ScrapeProfile::configNames()) {
        QCheckBox *box = dialog->profileBox(QString::fromStdString(name));
        box->setChecked(profiles.contains(box->text()));
    }
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
}
} // namespace

// File > Scrape a Target adds a Go program (tests/server/gotarget) to the
// scrapes of the server that File > Receive Pushes runs in the window, and
// shows each target's state.
class tst_ScrapeDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(!gotarget::binary(&error).isEmpty(), qPrintable(error));
    }

    void addsTargetsAndShowsTheirState()
    {
        gotarget::Process go;
        QVERIFY2(go.port() > 0, qPrintable(go.error()));
        gotarget::Process html(QStringLiteral("html"));
        QVERIFY2(html.port() > 0, qPrintable(html.error()));
        QTemporaryDir dir;
        MainWindow window;
        ServerOptions options;
        options.port = 0;
        options.libraryFile = dir.filePath(QStringLiteral("library.sqlite"));
        window.pushReceiver()->setOptions(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.scrapeTargetAction()->trigger();
        QVERIFY(window.pushReceiver()->isRunning()); // turned on for the scrapes
        QVERIFY(window.receivePushesAction()->isChecked());
        ScrapeDialog *dialog = window.scrapeDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->profileBox(QStringLiteral("cpu"))->isChecked()); // Pyroscope's default
        QVERIFY(dialog->profileBox(QStringLiteral("mem"))->isChecked());

        addThroughTheFields(dialog, QStringLiteral("no port here"), QString(),
                            {QStringLiteral("goroutines")});
        QVERIFY(!dialog->errorLabel()->isHidden());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("is not http://host:port")),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->table()->rowCount(), 0);

        const QString good = QString::fromStdString(go.address());
        const QString bad = QString::fromStdString(html.address());
        addThroughTheFields(dialog, QStringLiteral("http://") + good, QStringLiteral("shop"),
                            {QStringLiteral("goroutines")});
        QVERIFY(dialog->errorLabel()->isHidden());
        QVERIFY(dialog->urlEdit()->text().isEmpty()); // ready for the next
        addThroughTheFields(dialog, bad, QString(),
                            {QStringLiteral("goroutines")}); // no scheme: http
        QCOMPARE(dialog->table()->rowCount(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(cell(dialog->table(), good, QStringLiteral("goroutines"), 2),
                                  QStringLiteral("up"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(dialog->table(), bad, QStringLiteral("goroutines"), 2),
                                  QStringLiteral("down"), 10000);
        QVERIFY2(cell(dialog->table(), bad, QStringLiteral("goroutines"), 6)
                     .contains(QStringLiteral("answered text/html, not a pprof")),
                 qPrintable(cell(dialog->table(), bad, QStringLiteral("goroutines"), 6)));
        QVERIFY(cell(dialog->table(), good, QStringLiteral("goroutines"), 3)
                != QStringLiteral("–"));
        QVERIFY(cell(dialog->table(), good, QStringLiteral("goroutines"), 4)
                    .endsWith(QStringLiteral(" ms")));

        // The same target twice is refused, and said so.
        addThroughTheFields(dialog, good, QStringLiteral("shop"), {QStringLiteral("goroutines")});
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("scraped already")),
                 qPrintable(dialog->errorLabel()->text()));

        // What the good one scraped is in the library, under the application's name,
        // and the window counts it as it counts pushes.
        QTRY_VERIFY_WITH_TIMEOUT(window.pushReceiver()->receivedCount() >= 1, 10000);
        const auto stored = window.pushReceiver()->scrapeManager()->targets();
        QCOMPARE(stored.size(), size_t(2));
        window.receivePushesAction()->trigger(); // off: the server and its scrapes stop
        QVERIFY(!window.pushReceiver()->isRunning());
        QCOMPARE(dialog->table()->rowCount(), 2); // until the next refresh
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 0, 3000);
        QString error;
        const auto library = Library::open(options.libraryFile, &error);
        QVERIFY2(library, qPrintable(error));
        const auto profiles =
            library->list(LabelSelector(), TimeRange{0, std::numeric_limits<qint64>::max()});
        QVERIFY(!profiles.empty());
        for (const StoredProfileInfo &info : profiles) {
            QCOMPARE(info.origin, ProfileOrigin::Scrape);
            QVERIFY(std::find(info.labels.begin(), info.labels.end(),
                              std::pair<std::string, std::string>("service_name", "shop"))
                    != info.labels.end());
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ScrapeDialog)
#include "tst_scrapedialog.moc"
