#include "matchlabel.h"

#include "model/profile.h"
#include "model/searchresult.h"
#include "model/unitformat.h"

#include <QApplication>

namespace {
QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

MatchLabel::MatchLabel(QWidget *parent) : QLabel(parent)
{
    setContentsMargins(6, 0, 6, 0);
    setTextFormat(Qt::PlainText);
}

void MatchLabel::showResult(const Profile *profile, const SearchResult &result,
                            std::initializer_list<int> sampleTypes, const QString &queryError)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, QApplication::palette(this).color(QPalette::WindowText));
    if (!queryError.isEmpty()) {
        palette.setColor(QPalette::WindowText, QColor(200, 40, 40));
        setText(tr("Invalid regex"));
        setToolTip(queryError);
    } else if (!result.isActive() || !profile) {
        clear();
        setToolTip(QString());
    } else if (result.matchedNameCount() == 0) {
        setText(tr("No match"));
        setToolTip(QString());
    } else {
        QStringList shares, totals;
        for (const int type : sampleTypes) {
            if (type < 0 || type >= profile->sampleTypeCount())
                continue;
            const SampleType &t = profile->sampleTypes()[size_t(type)];
            shares << tr("%1% of %2")
                          .arg(QLocale().toString(100.0 * result.matchedShare(type), 'f', 1))
                          .arg(toQString(t.type));
            totals << UnitFormat::format(result.matchedTotal(type), t.unit, QLocale());
        }
        setText(tr("Matched: %1").arg(shares.join(QStringLiteral(", "))));
        setToolTip(tr("%1 in %2 functions, %3 frames")
                       .arg(totals.join(QStringLiteral(" / ")))
                       .arg(result.matchedNameCount())
                       .arg(result.matchedNodeCount()));
    }
    setPalette(palette);
}
