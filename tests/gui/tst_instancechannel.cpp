#include "tests/support/testregistry.h"

#include "app/gui/instancechannel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/profiletab.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <future>

// A second launch hands its files to the first over a real local socket, as a
// file manager's second "Open with Pyrograph" does; the two channels here live
// in one process, the sender's blocking calls on a thread of their own so the
// receiver's event loop can answer.
class tst_InstanceChannel : public QObject
{
    Q_OBJECT
private slots:
    void secondInstanceHandsItsFilesToTheFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("instance"));
        InstanceChannel first(name);
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &InstanceChannel::filesReceived);

        // Relative paths are made absolute by the sender: the receiver runs
        // in another working directory.
        const QString savedCwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        InstanceChannel second(name);
        auto sent = std::async(std::launch::async, [&second] {
            return second.sendToRunning(
                {QStringLiteral("a.pb.gz"), QStringLiteral("/tmp/b.folded")});
        });
        QVERIFY(QTest::qWaitFor(
            [&] { return sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10000));
        QDir::setCurrent(savedCwd);
        QVERIFY(sent.get());
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 QStringList({QFileInfo(dir.filePath(QStringLiteral("a.pb.gz"))).absoluteFilePath(),
                              QStringLiteral("/tmp/b.folded")}));

        // The second cannot take the name while the first lives.
        QVERIFY(!second.listen());
        QVERIFY(second.errorString().contains(name));
    }

    void nobodyListeningMeansOpenItYourself()
    {
        QTemporaryDir dir;
        InstanceChannel lone(dir.filePath(QStringLiteral("instance")));
        QVERIFY(!lone.sendToRunning({QStringLiteral("/tmp/a.pb.gz")}, 500));
    }

    void staleSocketOfACrashedInstanceIsTakenOver()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("instance"));
        // What a killed instance leaves: a bound Unix socket file that nobody
        // listens on any more.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(name));

        InstanceChannel sender(name);
        QVERIFY(!sender.sendToRunning({QStringLiteral("/tmp/a.pb.gz")}, 500));

        InstanceChannel revived(name);
        QVERIFY2(revived.listen(), qPrintable(revived.errorString()));
        QSignalSpy received(&revived, &InstanceChannel::filesReceived);
        auto sent = std::async(std::launch::async, [&sender] {
            return sender.sendToRunning({QStringLiteral("/tmp/c.jfr")});
        });
        QVERIFY(QTest::qWaitFor(
            [&] { return sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10000));
        QVERIFY(sent.get());
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList({QStringLiteral("/tmp/c.jfr")}));
    }

    void oversizedMessageIsRefused()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("instance"));
        InstanceChannel channel(name);
        QVERIFY(channel.listen());
        QSignalSpy received(&channel, &InstanceChannel::filesReceived);
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(2000));
        const char huge[] = {'\x7f', '\x00', '\x00', '\x00', 'x'};
        socket.write(huge, sizeof(huge));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QLocalSocket::UnconnectedState; },
                                5000));
        QCOMPARE(received.count(), 0);
        // The channel still serves a well-formed sender afterwards.
        InstanceChannel sender(name);
        auto sent = std::async(std::launch::async, [&sender] {
            return sender.sendToRunning({QStringLiteral("/tmp/d.folded")});
        });
        QVERIFY(QTest::qWaitFor(
            [&] { return sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10000));
        QVERIFY(sent.get());
        QCOMPARE(received.count(), 1);
    }

    void handedFilesOpenAsTabsOfTheWindow()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("instance"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InstanceChannel channel(name);
        QVERIFY(channel.listen());
        window.acceptFilesFrom(&channel);
        const QString folded = QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed/simple.txt");
        const QString pprof = QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz");
        InstanceChannel sender(name);
        auto sent = std::async(std::launch::async, [&sender, folded, pprof] {
            return sender.sendToRunning({folded, pprof});
        });
        QVERIFY(QTest::qWaitFor(
            [&] { return sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10000));
        QVERIFY(sent.get());
        QVERIFY(QTest::qWaitFor(
            [&] { return window.tabCount() == 2 && window.pendingImports() == 0; }, 30000));
        QCOMPARE(window.tab(0)->state(), ProfileTab::State::Ready);
        QCOMPARE(window.tab(1)->state(), ProfileTab::State::Ready);
        QCOMPARE(window.errorText(), QString());
    }

    void aLaunchWithFilesGoesToTheRunningWindowAndExits()
    {
        // The real executable, as a file manager starts it: a channel under the
        // default name (of the tests' own XDG_CONFIG_HOME, which the process
        // inherits) stands in for the running window.
        InstanceChannel running;
        QVERIFY2(running.listen(), qPrintable(running.errorString()));
        QSignalSpy received(&running, &InstanceChannel::filesReceived);
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed"));
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"),
                      {QStringLiteral("simple.txt")});
        const bool ended =
            QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        if (!ended)
            process.kill(); // it opened a window of its own instead
        QVERIFY2(ended, "the second launch did not hand its file over and exit");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 QStringList({QDir::cleanPath(
                     QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed/simple.txt"))}));
    }

    void defaultNameFollowsTheSettingsFolder()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", "/tmp/pyrograph-a");
        const QString a = InstanceChannel::defaultName();
        qputenv("XDG_CONFIG_HOME", "/tmp/pyrograph-b");
        const QString b = InstanceChannel::defaultName();
        qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY(a != b);
        QVERIFY(QFileInfo(a).fileName().startsWith(QStringLiteral("pyrograph-")));
    }
};

PYROGRAPH_TEST_MAIN(tst_InstanceChannel)
#include "tst_instancechannel.moc"
