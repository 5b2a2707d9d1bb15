#include "widgets/exportwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_ExportWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesTheDocument()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(ExportWriter::write("<svg>&lt;script&gt;</svg>\n", buffer, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(buffer.data(), QByteArray("<svg>&lt;script&gt;</svg>\n"));
    }

    void emptyMeansCancelled()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!ExportWriter::write(std::string(), buffer, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
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
        QVERIFY(!ExportWriter::write("<svg/>", file, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ExportWriter)
#include "tst_exportwriter.moc"
