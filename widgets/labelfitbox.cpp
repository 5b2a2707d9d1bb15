#include "labelfitbox.h"

#include "widgets/render/labelfitchooser.h"

#include <QSignalBlocker>

LabelFitBox::LabelFitBox(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("labelFitBox"));
    setToolTip(
        tr("Which end of a long name a label keeps: head first \"github.com/org/repo/pkg/sto…\", "
           "tail first \"…storage.(*Writer).Flush\". Auto takes the tail when most names are "
           "package-qualified (Go, Java)."));
    addItem(QString(), int(FlameLabelFit::Auto));
    addItem(tr("Head first"), int(FlameLabelFit::HeadFirst));
    addItem(tr("Tail first"), int(FlameLabelFit::TailFirst));
    setFit(FlameLabelFit::Auto, nullptr);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            emit fitPicked(fit());
    });
}

void LabelFitBox::setFit(FlameLabelFit fit, const Profile *profile)
{
    const QSignalBlocker blocker(this);
    const bool tail =
        LabelFitChooser::resolve(FlameLabelFit::Auto, profile) == FlameLabelFit::TailFirst;
    setItemText(0, tail ? tr("Auto: tail first") : tr("Auto: head first"));
    setCurrentIndex(findData(int(fit)));
}

FlameLabelFit LabelFitBox::fit() const
{
    return FlameLabelFit(currentData().toInt());
}
