#include "exportnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ExportNotice::ExportNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openFolder(new QPushButton(tr("Open Containing Folder"), this))
    , m_opener([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{
    setObjectName(QStringLiteral("exportNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette notice = palette();
    notice.setColor(QPalette::Window, QColor(40, 130, 70));
    notice.setColor(QPalette::WindowText, Qt::white);
    setPalette(notice);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder->setObjectName(QStringLiteral("openContainingFolder"));
    auto *dismiss = new QToolButton(this);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { m_opener(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openFolder);
    layout->addWidget(dismiss);
    hide();
}

void ExportNotice::showExported(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    m_label->setText(tr("Exported %1 to %2")
                         .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    show();
}

QString ExportNotice::text() const
{
    return !isHidden() ? m_label->text() : QString();
}
