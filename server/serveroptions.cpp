#include "serveroptions.h"

#include <charconv>

bool ServerOptions::parseListen(std::string_view text, QString *error)
{
    std::string_view hostPart;
    std::string_view portPart = text;
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':') {
            *error = QStringLiteral("--listen %1: expected [IPv6]:PORT").arg(QString::fromUtf8(text));
            return false;
        }
        hostPart = text.substr(1, close - 1);
        portPart = text.substr(close + 2);
    } else if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
        hostPart = text.substr(0, colon);
        portPart = text.substr(colon + 1);
    }
    int parsedPort = -1;
    const auto [end, ec] = std::from_chars(portPart.data(), portPart.data() + portPart.size(), parsedPort);
    if (ec != std::errc() || end != portPart.data() + portPart.size() || parsedPort < 0 || parsedPort > 65535) {
        *error = QStringLiteral("--listen %1: the port must be a number from 0 to 65535").arg(QString::fromUtf8(text));
        return false;
    }
    if (!hostPart.empty())
        host = std::string(hostPart);
    port = parsedPort;
    return true;
}

std::optional<qint64> ServerOptions::parseDurationMs(std::string_view text)
{
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end == text.data() || value < 0)
        return std::nullopt;
    const std::string_view unit(end, size_t(text.data() + text.size() - end));
    qint64 factor = 0;
    if (unit == "ms")
        factor = 1;
    else if (unit == "s")
        factor = 1000;
    else if (unit == "m")
        factor = 60 * 1000;
    else if (unit == "h")
        factor = 3600 * 1000;
    else if (unit == "d")
        factor = 24 * 3600 * 1000;
    else if (unit == "w")
        factor = qint64(7) * 24 * 3600 * 1000;
    else
        return std::nullopt;
    if (value > std::numeric_limits<qint64>::max() / factor)
        return std::nullopt;
    return value * factor;
}

bool ServerOptions::isLoopback(std::string_view host)
{
    return host == "localhost" || host == "::1" || host.starts_with("127.");
}

QString ServerOptions::check() const
{
    if (!isLoopback(host) && token.empty() && !noAuth)
        return QStringLiteral("refusing to listen on %1 without --token: anyone who reaches that address could "
                              "push and read profiles; pass --token TOKEN, or --no-auth to allow it anyway")
            .arg(QString::fromStdString(host));
    if (maxBodyBytes <= 0)
        return QStringLiteral("--max-body must be a positive number of bytes");
    return {};
}
