#include "viewpreferences.h"

#include "profiletab.h"

#include <QSettings>

namespace {
const char defaultViewKey[] = "view/defaultMode";
const char colorSchemeKey[] = "view/colorScheme";
const char icicleKey[] = "view/icicle";
} // namespace

ProfileViewMode ViewPreferences::defaultView()
{
    ProfileViewMode mode = ProfileViewMode::FlameGraph;
    if (!ViewModes::fromName(QSettings().value(defaultViewKey).toString(), &mode))
        return ProfileViewMode::FlameGraph;
    return mode;
}

void ViewPreferences::setDefaultView(ProfileViewMode mode)
{
    QSettings().setValue(defaultViewKey, ViewModes::name(mode));
}

FlameColorScheme ViewPreferences::colorScheme()
{
    return QSettings().value(colorSchemeKey).toString() == QLatin1String("heat")
        ? FlameColorScheme::Heat
        : FlameColorScheme::Package;
}

void ViewPreferences::setColorScheme(FlameColorScheme scheme)
{
    if (scheme != FlameColorScheme::Diff)
        QSettings().setValue(colorSchemeKey,
                             scheme == FlameColorScheme::Heat ? QStringLiteral("heat")
                                                              : QStringLiteral("package"));
}

FlameOrientation ViewPreferences::orientation()
{
    return QSettings().value(icicleKey, false).toBool() ? FlameOrientation::Icicle
                                                        : FlameOrientation::Flame;
}

void ViewPreferences::setOrientation(FlameOrientation orientation)
{
    QSettings().setValue(icicleKey, orientation == FlameOrientation::Icicle);
}

void ViewPreferences::applyTo(ProfileTab *tab)
{
    ProfileView *view = tab->profileView();
    tab->setView(defaultView());
    view->setColorScheme(colorScheme());
    view->setOrientation(orientation());
    QObject::connect(view, &ProfileView::colorSchemeChosen, view, &ViewPreferences::setColorScheme);
    QObject::connect(view, &ProfileView::orientationChosen, view, &ViewPreferences::setOrientation);
}
