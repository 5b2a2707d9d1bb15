#pragma once

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

// The key of the heat colouring (FlameColorScheme::Heat), drawn under a
// flamegraph that uses it: a box's colour is its self value against the
// largest self of the profile, pale yellow for none to red for the largest.
// The gradient is sampled from FlameColors::heatColor, as DiffLegend samples
// diffColor, so it is exactly the colour a box of that share gets; the ticks
// carry the values in the profile's unit ("0", "250 ms", ... "1.00 s").
class HeatLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatLegend(QWidget *parent = nullptr);

    // maxSelf: the largest self value (the red end), in unit.
    void setScale(qint64 maxSelf, const std::string &unit);
    qint64 maxSelf() const { return m_maxSelf; }

    // The shares with a tick (0, 0.25, ... 1) and the text under each.
    static std::vector<double> tickShares();
    QString tickText(double share) const;
    QString caption() const;
    // Where the gradient lies, and the x of a share on it (widget coordinates).
    QRect gradientRect() const;
    int xForShare(double share) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_maxSelf = 0;
    std::string m_unit;
};
