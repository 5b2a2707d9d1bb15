#include "serverconnection.h"

#include <utility>

bool ServerConnection::isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

void ServerConnection::addEnvironment()
{
    for (auto [value, name] :
         {std::pair{&token, "PYROGRAPH_TOKEN"}, std::pair{&user, "PYROSCOPE_BASIC_AUTH_USER"},
          std::pair{&password, "PYROSCOPE_BASIC_AUTH_PASSWORD"},
          std::pair{&tenant, "PYROSCOPE_TENANT_ID"}}) {
        if (value->isEmpty())
            *value = qEnvironmentVariable(name);
    }
}
