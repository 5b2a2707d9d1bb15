#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>

class FlameGraphView;

// What a screen reader hears of a FlameGraphView: the boxes are painted, not
// widgets, so the view itself speaks for the box the keyboard moved to (the
// selected one). Its name is the box's function, its description the box's
// total and self as the tooltip words them (in the profile's unit, with their
// shares); with no box selected, "Flame graph" and how to reach the boxes. The
// view announces NameChanged and DescriptionChanged as the selection moves.
class FlameGraphAccessible final : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(FlameGraphAccessible)
public:
    explicit FlameGraphAccessible(FlameGraphView *view);

    QString text(QAccessible::Text t) const override;

    // QAccessible's factory: this interface for every FlameGraphView.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // Installs the factory once per process.
    static void registerFactory();
    // Tells the assistive tools that the view's name and description changed.
    static void notifySelectionChanged(FlameGraphView *view);

private:
    FlameGraphView *view() const;
};
