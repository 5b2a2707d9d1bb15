#pragma once

#include <QLabel>

#include <initializer_list>

class Profile;
class SearchResult;

// What a search matched, beside its search box: "Matched: 12.5% of cpu" (the
// share of the whole, counted once per stack as SearchResult does), with the
// total, the functions and the frames in the tooltip; "No match"; or "Invalid
// regex" in red with the error in the tooltip. A diff names both sides
// ("Matched: 10.0% of baseline, 30.0% of comparison"), since a search that
// matched more or less after the change is the point of searching a diff.
class MatchLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit MatchLabel(QWidget *parent = nullptr);

    // The shares of the given sample types of profile; queryError is the
    // regex's error (the search is then inactive). No profile or an inactive
    // search clears the label.
    void showResult(const Profile *profile, const SearchResult &result,
                    std::initializer_list<int> sampleTypes, const QString &queryError = QString());
};
