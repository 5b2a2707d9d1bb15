#include "functionactions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

FunctionActions::FunctionActions(QObject *parent) : QObject(parent) { }

void FunctionActions::addTo(QMenu *menu, NameId name, const QString &text)
{
    menu->addAction(tr("Focus on this function"), this,
                    [this, name] { emit focusFunctionRequested(name); });
    menu->addAction(tr("Collapse this function"), this,
                    [this, name] { emit collapseFunctionRequested(name); });
    menu->addAction(tr("Copy function name"), this,
                    [text] { QGuiApplication::clipboard()->setText(text); });
    menu->addAction(tr("Show in sandwich view"), this,
                    [this, name] { emit showInSandwichRequested(name); });
}
