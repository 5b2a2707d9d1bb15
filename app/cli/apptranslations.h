#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language of the interface: ours (the .qm files compiled in from
// translations/, as :/i18n/pyrograph_<language>.qm) and Qt's own (qtbase_*.qm
// from QLibraryInfo::TranslationsPath, so the file and message dialogs follow).
// The window follows, in order: $PYROGRAPH_LANG, the setting of View > Language,
// the system locale. The command line stays English, as scripts read it, unless
// $PYROGRAPH_LANG names a language (main() decides). A language chosen in the
// menu applies from the next start: the windows build their texts once.
class AppTranslations
{
public:
    // The languages with a translation, as their QLocale names ("de", "zh_CN"), and "en".
    static QStringList languages();
    // "Deutsch", "日本語": a language as its speakers write it (the menu lists them so).
    static QString nativeName(const QString &language);
    // View > Language: "" for the system's, else one of languages().
    static QString setting();
    static void setSetting(const QString &language);
    // The language the window uses: $PYROGRAPH_LANG, else setting(), else the
    // system locale's, matched to languages() ("de_AT" is "de"); "en" when none matches.
    static QString windowLanguage();
    // $PYROGRAPH_LANG matched to languages(); empty when unset or unknown.
    static QString environmentLanguage();
    // The best of languages() for a locale name ("fr_CA" -> "fr", "zh_TW" -> "en").
    static QString match(const QString &localeName);

    // Replaces the installed translators with those of language and makes its
    // QLocale the default (the tables' numbers follow it). Returns false when
    // our translation of language is missing (English needs none).
    static bool install(const QString &language);
    static QString installed();
};
