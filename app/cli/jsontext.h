#pragma once

#include <QString>

#include <string_view>

// JSON text written by hand, so the command line prints keys in the documented
// order (QJsonObject sorts them) and streams 60,000 functions without building
// a document first.
class JsonText final
{
public:
    // A quoted, escaped JSON string.
    static QString quote(std::string_view utf8);
    static QString quote(const QString &text);
};
