#include "flamegraphaccessible.h"

#include "flamegraphview.h"

#include <QStringList>

FlameGraphAccessible::FlameGraphAccessible(FlameGraphView *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{ }

FlameGraphView *FlameGraphAccessible::view() const
{
    return static_cast<FlameGraphView *>(widget());
}

QString FlameGraphAccessible::text(QAccessible::Text t) const
{
    const FlameGraphView *v = view();
    const NodeId node = v->selectedNode();
    // The tooltip's first line is the function's name, the rest its values.
    const QStringList lines = node.isValid() ? v->toolTipText(node).split(u'\n') : QStringList();
    switch (t) {
    case QAccessible::Name:
        if (!lines.isEmpty())
            return lines.front();
        return v->accessibleName().isEmpty() ? tr("Flame graph") : v->accessibleName();
    case QAccessible::Description:
        if (lines.size() > 1)
            return lines.mid(1).join(QStringLiteral("; "));
        return v->accessibleDescription().isEmpty()
            ? tr("No box selected: the arrow keys move through the boxes, Enter zooms in, "
                 "Escape zooms out.")
            : v->accessibleDescription();
    default:
        return QAccessibleWidget::text(t);
    }
}

QAccessibleInterface *FlameGraphAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("FlameGraphView") && object && object->isWidgetType())
        return new FlameGraphAccessible(static_cast<FlameGraphView *>(object));
    return nullptr;
}

void FlameGraphAccessible::registerFactory()
{
    static const bool registered = [] {
        QAccessible::installFactory(&FlameGraphAccessible::create);
        return true;
    }();
    (void)registered;
}

void FlameGraphAccessible::notifySelectionChanged(FlameGraphView *view)
{
    QAccessibleEvent name(view, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
    QAccessibleEvent description(view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
}
