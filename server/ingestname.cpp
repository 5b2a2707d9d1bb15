#include "ingestname.h"

#include <algorithm>

namespace {

bool isKeyCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<IngestName> IngestName::parse(std::string_view text, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = QStringLiteral("name: ") + message;
        return std::nullopt;
    };
    IngestName name;
    const auto brace = text.find('{');
    name.app = std::string(trimmed(text.substr(0, brace)));
    if (name.app.empty())
        return fail(QStringLiteral("missing the application name (expected app.cpu{key=value,...})"));
    if (name.app.find_first_of("}=,\"") != std::string::npos)
        return fail(QStringLiteral("the application name \"%1\" holds one of }=,\"").arg(QString::fromStdString(name.app)));
    if (brace == std::string_view::npos)
        return name;
    if (text.back() != '}')
        return fail(QStringLiteral("the labels do not end with '}'"));
    std::string_view rest = text.substr(brace + 1, text.size() - brace - 2);
    while (!trimmed(rest).empty()) {
        const auto end = rest.find(',');
        const std::string_view pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const auto equals = pair.find('=');
        if (equals == std::string_view::npos)
            return fail(QStringLiteral("the label \"%1\" has no '='").arg(QString::fromUtf8(pair.data(), qsizetype(pair.size()))));
        const std::string_view key = trimmed(pair.substr(0, equals));
        const std::string_view value = trimmed(pair.substr(equals + 1));
        if (key.empty() || !std::all_of(key.begin(), key.end(), isKeyCharacter))
            return fail(QStringLiteral("the label key \"%1\" is not letters, digits, '_' and '.'")
                            .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        if (value.find_first_of("{}") != std::string_view::npos)
            return fail(QStringLiteral("the value of label %1 holds a brace").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        const auto at = std::lower_bound(name.labels.begin(), name.labels.end(), key,
                                         [](const auto &label, std::string_view k) { return label.first < k; });
        if (at != name.labels.end() && at->first == key)
            at->second = std::string(value); // the last one wins, as in Pyroscope's map
        else
            name.labels.emplace(at, std::string(key), std::string(value));
    }
    return name;
}

std::string IngestName::serviceName() const
{
    const auto dot = app.rfind('.');
    return dot == std::string::npos ? app : app.substr(0, dot);
}

std::string IngestName::typeSuffix() const
{
    const auto dot = app.rfind('.');
    return dot == std::string::npos ? std::string("cpu") : app.substr(dot + 1);
}

std::string IngestName::sanitizedLabelName(std::string name)
{
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}
