#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtGlobal>

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {tr("Qt 6 (Core, GUI, Widgets, OpenGL, Network)"), QStringLiteral("LGPL-3.0-only"),
         tr("The window, painting, threads, containers")},
        {tr("Qt Charts"), QStringLiteral("GPL-3.0-only"), tr("The timeline's charts")},
        {tr("QtKeychain"), QStringLiteral("BSD-2-Clause"),
         tr("Connection secrets in the system keychain")},
        {tr("Protocol Buffers"), QStringLiteral("BSD-3-Clause"),
         tr("pprof and Pyroscope's API messages")},
        {tr("zlib"), QStringLiteral("Zlib"), tr("gzip-compressed profiles")},
        {tr("libdeflate"), QStringLiteral("MIT"), tr("Fast gzip decompression")},
        {tr("Zstandard"), QStringLiteral("BSD-3-Clause"), tr("Compressed profiles in the library")},
        {tr("SQLite"), tr("Public domain"), tr("The profile library")},
        {tr("cpp-httplib"), QStringLiteral("MIT"),
         tr("The Pyroscope-compatible server and client")},
        {tr("yaml-cpp"), QStringLiteral("MIT"), tr("Scrape configurations")},
        {tr("OpenSSL"), QStringLiteral("Apache-2.0"), tr("TLS for server connections")},
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("About Pyrograph"));
    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_heading->setOpenExternalLinks(true);
    m_heading->setText(
        tr("<h2>Pyrograph %1</h2>"
           "<p>A flame graph workbench for profiles from pprof, perf, Chrome, Node.js, "
           "speedscope, Java Flight Recorder and Pyroscope.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Pyrograph is licensed under the Apache License 2.0. It links the libraries "
           "below; Qt Charts is offered under the GPL-3.0 only, so this executable as a whole "
           "is distributed under the terms of the GPL-3.0.</p>")
            .arg(QStringLiteral(PYROGRAPH_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));

    const QList<Component> all = components();
    m_table->setObjectName(QStringLiteral("licenceTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Library"), tr("Licence"), tr("Used for")});
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Component &c = all[row];
        int column = 0;
        for (const QString &text : {c.name, c.licence, c.use}) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column++, item);
        }
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}
