#include "tests/support/testregistry.h"

#include "guitestutil.h"

#include "app/cli/apptranslations.h"
#include "app/gui/aboutdialog.h"
#include "app/gui/comparedialog.h"
#include "app/gui/connectdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/recentfiles.h"
#include "app/gui/recorddialog.h"
#include "app/gui/scrapedialog.h"
#include "app/gui/shortcutsdialog.h"
#include "app/gui/timelinewindow.h"
#include "importers/inputstream.h"
#include "importers/profilereader.h"
#include "library/library.h"
#include "library/librarytimelinesource.h"
#include "model/importlimits.h"
#include "model/progress.h"
#include "model/unitformat.h"
#include "widgets/functiontableview.h"
#include "widgets/profileview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace {
// Every message as "[[source]]": a text on screen without the brackets never
// went through tr() (or went through it before the translator was installed).
class PseudoTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("[[") + QString::fromUtf8(source) + QStringLiteral("]]");
    }
    bool isEmpty() const override { return false; }
};

// One text on screen and where it was found, for the failure message.
struct Text
{
    QString text;
    QString where;
};

QString plain(QString text)
{
    // "&Open…" and "Open &Recent" as the user reads them; "&&" is a literal "&".
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

bool hasLetters(const QString &text)
{
    for (QChar c : text)
        if (c.isLetter())
            return true;
    return false;
}

// Widgets that show the profile's or the user's data, not our words: the
// breadcrumbs (the zoomed call path; the root frame is "total", as in
// Pyroscope), the scrape dialog's profile names (net/http/pprof's own).
bool isData(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->inherits("BreadcrumbBar"))
            return true;
    return w->objectName().startsWith(QLatin1String("scrapeProfile_"));
}

void addAction(QAction *action, const QString &where, QList<Text> *out)
{
    if (action->isSeparator())
        return;
    out->append({plain(action->text()), where});
    if (QMenu *menu = action->menu())
        for (QAction *a : menu->actions())
            addAction(a, where + u'>' + plain(action->text()), out);
}

// The texts a user reads in window: its menus, toolbars, and its visible labels,
// buttons, group boxes, line edits' placeholders and table headers.
QList<Text> textsOf(QWidget *window)
{
    QList<Text> out;
    const QString name = window->metaObject()->className();
    out.append({window->windowTitle(), name + QStringLiteral(" title")});
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *a : main->menuBar()->actions())
            addAction(a, QStringLiteral("menu"), &out);
    for (QToolBar *bar : window->findChildren<QToolBar *>())
        if (bar->isVisibleTo(window))
            for (QAction *a : bar->actions())
                if (!a->isSeparator()
                    && (bar->widgetForAction(a) == nullptr
                        || bar->widgetForAction(a)->isVisibleTo(window)))
                    addAction(a, QStringLiteral("toolbar ") + bar->objectName(), &out);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || isData(w))
            continue;
        const QString where =
            QStringLiteral("%1 %2").arg(w->metaObject()->className(), w->objectName());
        if (auto *label = qobject_cast<QLabel *>(w))
            out.append({plain(label->text()), where});
        else if (auto *button = qobject_cast<QAbstractButton *>(w);
                 button && !button->text().isEmpty())
            out.append({plain(button->text()), where});
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            out.append({plain(box->title()), where});
        else if (auto *edit = qobject_cast<QLineEdit *>(w);
                 edit && !edit->placeholderText().contains(QLatin1String("://")))
            out.append({edit->placeholderText(),
                        where + QStringLiteral(" placeholder")}); // not an example URL
        else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            // The About dialog's libraries and their SPDX licence ids read the
            // same in every language; what each is used for is a sentence.
            const int firstSentence = w->objectName() == QLatin1String("licenceTable") ? 2 : 0;
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = firstSentence; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c))
                        out.append({item->text(), where + QStringLiteral(" cell")});
        } else if (auto *header = qobject_cast<QHeaderView *>(w);
                   header && header->model() && header->orientation() == Qt::Horizontal)
            for (int i = 0; i < header->count(); ++i)
                out.append({header->model()->headerData(i, Qt::Horizontal).toString(),
                            where + QStringLiteral(" header")});
    }
    // Numbers, paths, shortcuts and the profile's own names are no sentences.
    out.removeIf([](const Text &t) { return !hasLetters(t.text); });
    return out;
}

// The window with a profile open (its view's toolbar and table) and the
// dialogs that open without blocking; each as its texts.
QList<Text> everyText()
{
    QList<Text> out;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    out << textsOf(&window); // the welcome page
    if (!GuiTest::openAndWait(window, GuiTest::corpus("collapsed/simple.txt")))
        return {{QStringLiteral("(import did not finish)"), QStringLiteral("openAndWait")}};
    window.currentTab()->profileView()->viewModeAction(ProfileViewMode::Both)->trigger();
    QTest::qWait(50);
    out << textsOf(&window);

    AboutDialog about(&window);
    ShortcutsDialog shortcuts(window.menuBar(), window.actions(), &window);
    ConnectDialog connect(&window);
    ScrapeDialog scrape(window.pushReceiver(), &window);
    CompareDialog compare({}, &window);
    QWidget *record = window.recordDialog();
    // The timeline window over an empty library: its query bar, buttons and hints.
    QTemporaryDir dir;
    QString error;
    std::shared_ptr<Library> library =
        Library::open(dir.filePath(QStringLiteral("lib.sqlite")), &error);
    if (!library)
        return {{error, QStringLiteral("Library::open")}};
    TimelineWindow timeline(std::make_shared<LibraryTimelineSource>(std::move(library)),
                            FlameGraphView::Renderer::Raster);
    timeline.resize(1400, 900);
    for (QWidget *dialog : std::initializer_list<QWidget *>{&about, &shortcuts, &connect, &scrape,
                                                            &compare, record, &timeline}) {
        dialog->show();
        out << textsOf(dialog);
        dialog->hide();
    }
    return out;
}

// Names that read the same in every language, and the few words some of our
// languages spell as English does (French and Spanish "Total", German "Name:",
// French "Licence", the view called "Sandwich", the keys' names on the keycaps).
bool isProperName(const QString &text)
{
    static const QSet<QString> names{
        QStringLiteral("Pyrograph"), QStringLiteral("OK"),      QStringLiteral("pprof"),
        QStringLiteral(".*"),        QStringLiteral("OpenGL"),  QStringLiteral("perf"),
        QStringLiteral("English"),   QStringLiteral("Deutsch"), QStringLiteral("Français"),
        QStringLiteral("Español"),   QStringLiteral("日本語"),  QStringLiteral("简体中文"),
        QStringLiteral("URL:"),      QStringLiteral("Token:"),  QStringLiteral("Name:"),
        QStringLiteral("Total"),     QStringLiteral("Total %"), QStringLiteral("Sandwich"),
        QStringLiteral("Menus"),     QStringLiteral("Enter"),   QStringLiteral("Esc"),
        QStringLiteral("F1"),        QStringLiteral("Licence")};
    // A window's title: the file's name, then ours.
    return names.contains(text) || text.endsWith(QStringLiteral(" — Pyrograph"));
}
// What is left of a message once every "[[...]]" (the pseudo-translated
// texts, nested ones too: "[[[[a stack]] exceeds ...]]") and the given words
// (file and format names, the arguments) are taken out: letters left over
// never went through tr().
QString untranslatedRest(const QString &message, const QStringList &names)
{
    QString rest;
    int depth = 0;
    for (qsizetype i = 0; i < message.size();) {
        const QStringView pair = QStringView(message).mid(i, 2);
        if (pair == QLatin1String("[[")) {
            ++depth;
            i += 2;
        } else if (depth > 0 && pair == QLatin1String("]]")) {
            --depth;
            i += 2;
        } else {
            if (depth == 0)
                rest += message[i];
            ++i;
        }
    }
    for (const QString &name : names)
        rest.remove(name);
    return rest;
}

// One translations/pyrograph_<language>.ts: each message's context and source,
// its translation, and how many are unfinished.
struct TsFile
{
    QMap<QPair<QString, QString>, QString> messages;
    int unfinished = 0;
    int count = 0;
    bool valid = false; // read to the end without an XML error

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ts;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++ts.count;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    ++ts.unfinished;
                // A plural message's forms are <numerusform> children.
                ts.messages.insert({context, source},
                                   xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        }
        ts.valid = !xml.hasError();
        return ts;
    }
};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    QStringList found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found << m.captured();
    found.sort();
    found.removeDuplicates(); // each plural form repeats them
    return found;
}
} // namespace

// The window in each language: no text of the menus, toolbars, the profile's
// view and the dialogs is left in English, and numbers use the language's
// separators. The pseudo-translation finds the texts that skip tr().
class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    // The recent files of the tests before this one in the process are paths, not texts.
    void init() { RecentFiles::clear(); }
    void cleanup() { AppTranslations::install(QStringLiteral("en")); }

    void pseudoLocaleReachesEveryText()
    {
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        const QList<Text> texts = everyText();
        QCoreApplication::removeTranslator(&pseudo);
        QVERIFY(texts.size() > 100);
        QStringList skipped;
        for (const Text &t : texts)
            if (!t.text.startsWith(QLatin1String("[[")) && !isProperName(t.text))
                skipped << t.where + QStringLiteral(": ") + t.text;
        skipped.removeDuplicates();
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    }

    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : AppTranslations::languages())
            if (language != QLatin1String("en"))
                QTest::newRow(qPrintable(language)) << language;
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, language);
        // The English sources of the texts on screen, from the pseudo-translation.
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        QSet<QString> sources;
        for (const Text &t : everyText())
            if (t.text.startsWith(QLatin1String("[[")) && t.text.endsWith(QLatin1String("]]")))
                sources.insert(t.text.mid(2, t.text.size() - 4));
        QCoreApplication::removeTranslator(&pseudo);
        QVERIFY2(sources.size() > 100, qPrintable(QString::number(sources.size())));

        QVERIFY(AppTranslations::install(language));
        QCOMPARE(AppTranslations::installed(), language);
        const QList<Text> texts = everyText();
        QVERIFY(texts.size() > 100);
        QStringList english;
        for (const Text &t : texts)
            if (sources.contains(t.text) && !isProperName(t.text))
                english << t.where + QStringLiteral(": ") + t.text;
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    void qtDialogsFollowTheLanguage()
    {
        // qtbase_de.qm (qt6-translations-l10n): QDialogButtonBox's Cancel is "Abbrechen".
        QVERIFY(AppTranslations::install(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        AppTranslations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    void languageFollowsTheSettingThenTheEnvironment()
    {
        const QByteArray saved = qgetenv("PYROGRAPH_LANG");
        qunsetenv("PYROGRAPH_LANG");
        AppTranslations::setSetting(QStringLiteral("ja"));
        QCOMPARE(AppTranslations::windowLanguage(), QStringLiteral("ja"));
        qputenv("PYROGRAPH_LANG", "fr_CA.UTF-8");
        QCOMPARE(AppTranslations::environmentLanguage(), QStringLiteral("fr"));
        QCOMPARE(AppTranslations::windowLanguage(), QStringLiteral("fr"));
        qputenv("PYROGRAPH_LANG", "C");
        QCOMPARE(AppTranslations::windowLanguage(), QStringLiteral("en"));
        qputenv("PYROGRAPH_LANG", "zh_TW");
        QCOMPARE(AppTranslations::environmentLanguage(), QString()); // no translation: ignored
        QCOMPARE(AppTranslations::windowLanguage(), QStringLiteral("ja"));
        AppTranslations::setSetting(QString());
        QCOMPARE(AppTranslations::setting(), QString());
        QCOMPARE(AppTranslations::match(QStringLiteral("zh_Hans_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(AppTranslations::match(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(AppTranslations::match(QStringLiteral("it_IT")), QStringLiteral("en"));
        if (saved.isNull())
            qunsetenv("PYROGRAPH_LANG");
        else
            qputenv("PYROGRAPH_LANG", saved);
    }

    void timelineDatesUseTheLanguagesFormat_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pattern"); // of 7 December 2026, 01:02:03.004
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("^07\\.12\\.26 01:02:03\\.004$");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("^12/7/26 01:02:03\\.004$");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("^2026/12/07 01:02:03\\.004$");
    }
    void timelineDatesUseTheLanguagesFormat()
    {
        QFETCH(QString, language);
        QFETCH(QString, pattern);
        QVERIFY(AppTranslations::install(language));
        QTemporaryDir dir;
        QString error;
        std::shared_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("lib.sqlite")), &error);
        QVERIFY2(library, qPrintable(error));
        TimelineWindow timeline(std::make_shared<LibraryTimelineSource>(std::move(library)),
                                FlameGraphView::Renderer::Raster);
        const QList<QDateTimeEdit *> edits = timeline.findChildren<QDateTimeEdit *>();
        QVERIFY(!edits.isEmpty());
        for (QDateTimeEdit *edit : edits) {
            edit->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3, 4)));
            QVERIFY2(QRegularExpression(pattern).match(edit->text()).hasMatch(), qPrintable(edit->text()));
        }
        AppTranslations::install(QStringLiteral("en"));
    }

    void tableNumbersUseTheLanguagesSeparators()
    {
        QVERIFY(AppTranslations::install(QStringLiteral("de")));
        QCOMPARE(UnitFormat::format(1234567, "count", QLocale()), QStringLiteral("1.234.567"));
        QCOMPARE(UnitFormat::format(20'500'000'000, "nanoseconds", QLocale()),
                 QStringLiteral("20,5 s"));
        QCOMPARE(UnitFormat::percent(1, 8, QLocale()), QStringLiteral("12,50%"));
        // Exports and the command line keep the fixed format.
        QCOMPARE(UnitFormat::format(1234567, "count"), QStringLiteral("1,234,567"));
        QCOMPARE(UnitFormat::format(20'500'000'000, "nanoseconds"), QStringLiteral("20.5 s"));

        MainWindow window;
        ProfileTab *tab = GuiTest::openAndWait(window, GuiTest::corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(tab);
        QAbstractItemModel *model = tab->profileView()->functionTableView()->model();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 20000));
        const QString self = model->index(0, 1).data().toString();
        QVERIFY2(self.contains(u',') && !self.contains(u'.'), qPrintable(self));
    }

    // The importers' and the library's messages for broken input, read with
    // the pseudo-translator: every word of each is inside "[[...]]", only the
    // file name, the format names and the numbers are outside.
    void importMessagesGoThroughTr()
    {
        QFile gzFile(GuiTest::corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(gzFile.open(QIODevice::ReadOnly));
        const QByteArray gz = gzFile.readAll();
        QVERIFY(gz.size() > 1000);
        std::unique_ptr<InputStream> inflate =
            InputStream::openFile(GuiTest::corpus("pprof/go-cpu.pb.gz"), nullptr);
        QVERIFY(inflate);
        const QByteArray raw = inflate->readAll();
        QVERIFY(raw.size() > 1000);
        const QByteArray speedscope =
            "{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\","
            "\"profiles\":[],\"shared\":{\"frames\":[]}}";
        const QByteArray cpuprofile =
            "{\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\"},"
            "\"children\":[7]}],\"startTime\":0,\"endTime\":10,\"samples\":[1],\"timeDeltas\":[1]}";
        const QList<std::pair<QString, QByteArray>> inputs{
            {QStringLiteral("garbage.bin"),
             QByteArray("\x01\x02\x03\x04 no profile here \x05\x06", 23)},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("cut.pb.gz"), gz.left(gz.size() / 2)},
            {QStringLiteral("cut.pb"), raw.left(raw.size() / 2)},
            {QStringLiteral("bad.callgrind"),
             "# callgrind format\nevents: Ir\nfn=main\n1 2 3 4\n???\n"},
            {QStringLiteral("empty.speedscope.json"), speedscope},
            {QStringLiteral("bad.cpuprofile"), cpuprofile},
            {QStringLiteral("bad.jfr"), QByteArray("FLR\0\x00\x02\x00\x01", 8)},
            {QStringLiteral("deep.folded"), "a;b;c;d;e;f 3\n"},
        };
        ImportLimits limits = ImportLimits::current();
        const ImportLimits saved = limits;
        limits.maxDepth = 4; // deep.folded: the model's limit message
        ImportLimits::setCurrent(limits);
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        const ProfileReader reader;
        QStringList names = reader.formatNames();
        names << QStringLiteral("gzip") << QStringLiteral("zstd") << QStringLiteral("--max-depth");
        QStringList messages;
        for (const auto &[name, bytes] : inputs) {
            const ImportResult result = reader.readBytes(bytes, name, Progress::none());
            messages << (result.isOk() ? name + QStringLiteral(": imported") : result.error);
        }
        QString libraryError;
        QVERIFY(!Library::open(QStringLiteral("/no/such/folder/library.sqlite"), &libraryError));
        messages << libraryError;
        QCoreApplication::removeTranslator(&pseudo);
        ImportLimits::setCurrent(saved);

        QStringList untranslated;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QString &message = messages[i];
            // The file's name first: a format's name may be part of it (x.speedscope.json).
            QStringList arguments{i < inputs.size() ? inputs[i].first
                                                    : QStringLiteral("/no/such/folder")};
            arguments << names;
            if (i < inputs.size())
                QVERIFY2(message.contains(inputs[i].first), qPrintable(message)); // named
            QVERIFY2(message.contains(QLatin1String("[[")), qPrintable(message));
            static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
            if (untranslatedRest(message, arguments).contains(letter))
                untranslated << message;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }

    // Every .ts file holds the same messages, none unfinished (lrelease
    // -nounfinished would drop it silently), each with its source's placeholders.
    void translationFilesAgree()
    {
        const QString folder = QStringLiteral(PYROGRAPH_CORPUS_DIR "/../../translations/");
        const TsFile german = TsFile::read(folder + QStringLiteral("pyrograph_de.ts"));
        QVERIFY(german.valid);
        QVERIFY2(german.count > 900, qPrintable(QString::number(german.count)));
        for (const QString &language : AppTranslations::languages()) {
            if (language == QLatin1String("en"))
                continue;
            const TsFile ts =
                TsFile::read(folder + QStringLiteral("pyrograph_%1.ts").arg(language));
            QVERIFY(ts.valid);
            QCOMPARE(ts.count, german.count);
            QCOMPARE(ts.unfinished, 0);
            QCOMPARE(ts.messages.keys(), german.messages.keys());
            for (auto it = ts.messages.cbegin(); it != ts.messages.cend(); ++it) {
                const QString &translation = it.value();
                QVERIFY2(!translation.isEmpty(), qPrintable(language + u' ' + it.key().second));
                QVERIFY2(placeholders(translation) == placeholders(it.key().second),
                         qPrintable(language + QStringLiteral(": ") + translation));
            }
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_Translations)
#include "tst_translations.moc"
