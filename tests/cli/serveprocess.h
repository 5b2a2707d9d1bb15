#pragma once

// `pyrograph serve` run as a user runs it, for the command-line and SDK tests.

#include "clirunner.h"

#include <QProcess>
#include <QRegularExpression>

namespace {

// `pyrograph serve` as a user runs it, on a free port; port() once it says
// where it listens.
class ServeProcess
{
public:
    explicit ServeProcess(const QStringList &arguments)
    {
        m_process.setProgram(CliRun::executable());
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")}
                               + arguments);
        m_process.start();
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // The bound port, or 0 when it did not say within the timeout.
    int port()
    {
        static const QRegularExpression address(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 200 && m_port == 0; ++i) {
            m_process.waitForReadyRead(100);
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = address.match(m_out); m.hasMatch())
                m_port = m.captured(1).toInt();
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        return m_port;
    }
    QProcess &process() { return m_process; }
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }

private:
    QProcess m_process;
    QString m_out;
    int m_port = 0;
};

} // namespace
