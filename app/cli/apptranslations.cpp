#include "apptranslations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {
const char languageKey[] = "view/language";
const char english[] = "en";

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language = QString::fromLatin1(english);
};

Installed &current()
{
    static Installed installed;
    return installed;
}
} // namespace

QStringList AppTranslations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

QString AppTranslations::nativeName(const QString &language)
{
    // Written out: QLocale's native names say more than a menu needs
    // ("español de España", "中文（中国）").
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    return names.value(language, language);
}

QString AppTranslations::setting()
{
    const QString value = QSettings().value(languageKey).toString();
    return languages().contains(value) ? value : QString();
}

void AppTranslations::setSetting(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, language);
}

QString AppTranslations::match(const QString &localeName)
{
    const QLocale locale(localeName);
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QString::fromLatin1(english)
                                                                    : QStringLiteral("zh_CN");
    const QString code = QLocale::languageToCode(locale.language());
    return languages().contains(code) ? code : QString::fromLatin1(english);
}

QString AppTranslations::environmentLanguage()
{
    const QString value = qEnvironmentVariable("PYROGRAPH_LANG");
    if (value.isEmpty())
        return {};
    if (value == QLatin1String("C") || value == QLatin1String("POSIX")
        || value.startsWith(QLatin1String("en")))
        return QString::fromLatin1(english);
    const QString matched = match(value);
    return matched == QLatin1String(english) ? QString() : matched;
}

QString AppTranslations::windowLanguage()
{
    if (const QString env = environmentLanguage(); !env.isEmpty())
        return env;
    if (const QString chosen = setting(); !chosen.isEmpty())
        return chosen;
    // The first of the user's languages that we have ("LANGUAGE=ja:en").
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString matched = match(QString(name).replace(u'-', u'_'));
        if (matched != QLatin1String(english) || name.startsWith(QLatin1String("en")))
            return matched;
    }
    return QString::fromLatin1(english);
}

bool AppTranslations::install(const QString &language)
{
    Installed &now = current();
    if (now.ours)
        QCoreApplication::removeTranslator(now.ours.get());
    if (now.qt)
        QCoreApplication::removeTranslator(now.qt.get());
    now.ours.reset();
    now.qt.reset();
    now.language = QString::fromLatin1(english);
    QLocale::setDefault(language == QLatin1String(english)
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(language));
    if (language == QLatin1String(english))
        return true;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/pyrograph_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(ours.get());
    now.ours = std::move(ours);
    // Qt's own strings (the file dialog's buttons, QDialogButtonBox): missing
    // when the system lacks qt6-translations-l10n, which only leaves them English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        now.qt = std::move(qt);
    }
    now.language = language;
    return true;
}

QString AppTranslations::installed()
{
    return current().language;
}
