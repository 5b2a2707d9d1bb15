#include "tests/support/testregistry.h"

#include "widgets/render/exportwriter.h"

#include "model/progress.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>
#include <vector>

class tst_ExportWriter : public QObject
{
    Q_OBJECT
private slots:
    void decimalsWithoutTrailingZeros()
    {
        std::string out;
        for (const auto &[v, decimals] : std::vector<std::pair<double, int>>{
                 {12.5, 2}, {12.0, 2}, {0.125, 2}, {-0.001, 2}, {3.14159, 3}, {1e6, 1}, {std::nan(""), 2}}) {
            ExportWriter::appendDecimal(out, v, decimals);
            out += ' ';
        }
        QCOMPARE(QString::fromStdString(out), QStringLiteral("12.5 12 0.12 0 3.142 1000000 0 "));
    }

    void integersAndColours()
    {
        std::string out;
        ExportWriter::appendInteger(out, -9007199254740993);
        out += ' ';
        ExportWriter::appendHexColor(out, qRgba(0x0a, 0xbc, 0xf0, 0x80));
        QCOMPARE(QString::fromStdString(out), QStringLiteral("-9007199254740993 #0abcf0"));
    }

    void writesTheDocument()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QCOMPARE(
            ExportWriter::write("<svg>&lt;script&gt;</svg>\n", Progress::none(), buffer, &error),
            JobOutcome::Done);
        QVERIFY(error.isEmpty());
        QCOMPARE(buffer.data(), QByteArray("<svg>&lt;script&gt;</svg>\n"));
    }

    void aCancelledRenderIsNotWritten()
    {
        struct Cancelled : Progress
        {
            bool isCanceled() const override { return true; }
        } cancelled;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        // What a cancelled render left (possibly half a document) is not written.
        QCOMPARE(ExportWriter::write("<svg>", cancelled, buffer, &error), JobOutcome::Cancelled);
        QVERIFY(error.isEmpty()); // a cancel is no error to show
        QVERIFY(buffer.data().isEmpty());
    }

    void aRefusingDeviceIsAnError()
    {
        // A file opened read-only refuses writes, with Qt's reason.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        {
            QFile create(path);
            QVERIFY(create.open(QIODevice::WriteOnly));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QFile, \"" + path.toUtf8() + "\"): ReadOnly device");
        QCOMPARE(ExportWriter::write("<svg/>", Progress::none(), file, &error), JobOutcome::Failed);
        QVERIFY(!error.isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_ExportWriter)
#include "tst_exportwriter.moc"
