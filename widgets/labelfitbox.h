#pragma once

#include "widgets/render/flamestyle.h"

#include <QComboBox>

class Profile;

// The toolbar's "Labels" box: Pyroscope's fit modes, head first and tail
// first, and Auto, whose entry says what it picked for the profile shown
// ("Auto: tail first"), so the user sees why Go names lose their head.
class LabelFitBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit LabelFitBox(QWidget *parent = nullptr);

    // Shows fit (without emitting fitPicked), and names Auto's pick for profile.
    void setFit(FlameLabelFit fit, const Profile *profile);
    FlameLabelFit fit() const;

signals:
    void fitPicked(FlameLabelFit fit); // by the user
};
