#pragma once

#include "widgets/render/flamecolors.h"

#include "model/diffmetrics.h"

#include <QWidget>

#include <vector>

// The key of a diff flamegraph, as Pyroscope's DiffLegend: the colour scale
// from -100 % (green, or blue in the colour-blind palette) through grey to
// +100 % (red), with ticks, and what the ends mean: "(removed)" on the left,
// "(new)" on the right. The gradient is sampled from FlameColors::diffColor, so
// it is exactly the colour a box of that change gets.
class DiffLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit DiffLegend(QWidget *parent = nullptr);

    void setDiffPalette(FlameColors::DiffPalette palette);
    FlameColors::DiffPalette diffPalette() const { return m_palette; }
    // Relative or absolute: named in the legend's caption.
    void setDiffMode(DiffMode mode);
    DiffMode diffMode() const { return m_mode; }

    // The ticks drawn at the current width: 13 when there is room
    // (-100, -80, -60, -40, -20, -10, 0, ... +100), else 7 (±100, ±40, ±20, 0).
    std::vector<int> ticks() const;
    // Where a change in percent sits on the gradient, in widget coordinates.
    QRect gradientRect() const;
    int xForPercent(double percent) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FlameColors::DiffPalette m_palette = FlameColors::DiffPalette::Default;
    DiffMode m_mode = DiffMode::Relative;
};
