#include "tests/support/testregistry.h"

#include "app/gui/mainwindow.h"
#include "app/gui/themepalette.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <cmath>

namespace {
// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

// View > Theme > High Contrast: every text on its background reaches WCAG's
// enhanced contrast (7:1), and the window applies and remembers the choice.
class tst_ThemePalette : public QObject
{
    Q_OBJECT
private slots:
    void highContrastReachesSevenToOne()
    {
        const QPalette p = ThemePalette::highContrast();
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base},
            {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::Link, QPalette::Base}};
        for (const auto &[text, background] : pairs) {
            const double ratio = contrast(p.color(text), p.color(background));
            QVERIFY2(
                ratio >= 7.0,
                qPrintable(
                    QStringLiteral("role %1 on %2: %3:1").arg(text).arg(background).arg(ratio)));
        }
        // The light and dark themes are no high-contrast ones: the test could fail.
        QVERIFY(contrast(ThemePalette::dark().color(QPalette::Highlight),
                         ThemePalette::dark().color(QPalette::HighlightedText))
                < 7.0);
    }

    void windowOffersAndRemembersIt()
    {
        {
            MainWindow window;
            QAction *action = nullptr;
            for (QAction *menu : window.menuBar()->actions())
                if (menu->menu())
                    for (QAction *a : menu->menu()->actions())
                        if (a->menu())
                            for (QAction *item : a->menu()->actions())
                                if (item->data().toInt() == int(MainWindow::Theme::HighContrast)
                                    && item->isCheckable()
                                    && item->text().contains(QLatin1String("Contrast")))
                                    action = item;
            QVERIFY(action);
            action->trigger();
            QCOMPARE(window.theme(), MainWindow::Theme::HighContrast);
            QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
            QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(255, 255, 0));
        }
        MainWindow again;
        QCOMPARE(again.theme(), MainWindow::Theme::HighContrast);
        again.setTheme(MainWindow::Theme::System);
    }
};

PYROGRAPH_TEST_MAIN(tst_ThemePalette)
#include "tst_themepalette.moc"
