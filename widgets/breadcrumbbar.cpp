#include "breadcrumbbar.h"

#include "model/calltree.h"
#include "model/profile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>
#include <vector>

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
}

void BreadcrumbBar::setPath(const Profile *profile, NodeId root)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // A crumb's own click can land here: delete it once that returns.
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!profile)
        return;
    std::vector<NodeId> path;
    for (NodeId n = root.isValid() ? root : CallTree::root(); n.isValid();
         n = profile->tree().parent(n))
        path.push_back(n);
    std::reverse(path.begin(), path.end());

    const auto addLabel = [this](const QString &text) {
        auto *label = new QLabel(text);
        label->setContentsMargins(2, 0, 2, 0);
        label->setEnabled(false);
        m_layout->addWidget(label);
    };
    const qsizetype count = qsizetype(path.size());
    for (qsizetype i = 0; i < count; ++i) {
        // Deep stacks: the root, an ellipsis, then the last few frames.
        if (count > maxCrumbs && i > 0 && i < count - (maxCrumbs - 2)) {
            if (i == 1)
                addLabel(QStringLiteral("› …"));
            continue;
        }
        if (i > 0)
            addLabel(QStringLiteral("›"));
        const NodeId node = path[size_t(i)];
        const std::string_view name = profile->name(node);
        const QString full = QString::fromUtf8(name.data(), qsizetype(name.size()));
        auto *button = new QToolButton;
        button->setAutoRaise(true);
        button->setText(button->fontMetrics().elidedText(full, Qt::ElideMiddle, crumbTextWidth));
        button->setToolTip(full);
        if (i + 1 == count) {
            // Where we are: shown, not a link.
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
            button->setFocusPolicy(Qt::NoFocus);
            button->setAttribute(Qt::WA_TransparentForMouseEvents);
        } else {
            connect(button, &QToolButton::clicked, this, [this, node] { emit nodeClicked(node); });
        }
        m_layout->addWidget(button);
    }
}

QStringList BreadcrumbBar::names() const
{
    QStringList texts;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto *button = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()))
            texts.append(button->toolTip());
    return texts;
}

QAbstractButton *BreadcrumbBar::crumb(int index) const
{
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto *button = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget());
            button && index-- == 0)
            return button;
    return nullptr;
}
