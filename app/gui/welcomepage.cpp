#include "welcomepage.h"

#include "recentfiles.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_open(new QPushButton(tr("Open Profile…")))
    , m_sample(new QPushButton(tr("Open the Bundled Sample")))
    , m_recentBox(new QWidget)
    , m_recentLayout(new QVBoxLayout(m_recentBox))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Pyrograph"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(tr("Flamegraphs of pprof, perf script, collapsed stacks, Chrome, speedscope and "
                      "Pyroscope profiles"));
    subtitle->setWordWrap(true);

    // The drop target: a dashed frame that says what a drop does.
    auto *drop = new QFrame;
    drop->setObjectName(QStringLiteral("dropTarget"));
    drop->setStyleSheet(
        QStringLiteral("#dropTarget { border: 2px dashed palette(mid); border-radius: 8px; }"));
    auto *dropLabel = new QLabel(tr("Drop profile files here"));
    dropLabel->setAlignment(Qt::AlignCenter);
    QFont dropFont = dropLabel->font();
    dropFont.setPointSizeF(dropFont.pointSizeF() * 1.3);
    dropLabel->setFont(dropFont);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_open->setToolTip(tr("File > Open (Ctrl+O)"));
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sample->setToolTip(tr("A Go CPU profile that comes with Pyrograph"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addStretch();
    auto *dropLayout = new QVBoxLayout(drop);
    dropLayout->setContentsMargins(24, 32, 24, 32);
    dropLayout->setSpacing(16);
    dropLayout->addWidget(dropLabel);
    dropLayout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);

    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(2);

    // One column, at most about 60 characters wide, in the middle of the page.
    auto *content = new QWidget;
    content->setMaximumWidth(760);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addWidget(drop);
    column->addWidget(m_recentBox);
    column->addWidget(new QLabel(tr("Help > Keyboard and Mouse lists every shortcut.")));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recentButtons.clear();
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_recentBox->setVisible(!paths.isEmpty());
    if (paths.isEmpty())
        return;
    auto *heading = new QLabel(tr("Recent files"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_recentLayout->addWidget(heading);
    const QStringList names = RecentFiles::displayNames(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto *button = new QPushButton(names[i]);
        button->setFlat(true);
        button->setToolTip(paths[i]);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 6px;"));
        button->setCursor(Qt::PointingHandCursor);
        const QString path = paths[i];
        connect(button, &QPushButton::clicked, this, [this, path] { emit fileRequested(path); });
        m_recentLayout->addWidget(button);
        m_recentButtons << button;
    }
}
