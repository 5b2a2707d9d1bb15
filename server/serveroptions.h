#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

// What `pyrograph serve` (and the GUI's "Receive pushes") runs with.
struct ServerOptions
{
    std::string host = "127.0.0.1"; // loopback unless told otherwise
    int port = 4040;                // 0: any free port
    QString libraryFile;            // empty: Library::defaultFile()
    // Pyroscope's distributor refuses bodies past its max_profile_size (4 MiB by
    // default); SDK pushes of big heaps reach a few MiB, so 16 MiB leaves room.
    qint64 maxBodyBytes = qint64(16) << 20;
    // A gzipped pprof inflates about 3 to 10 times; past this it is a bomb (413).
    qint64 maxDecompressedBytes = qint64(256) << 20;
    qint64 retentionMs = qint64(7) * 24 * 3600 * 1000;
    std::string token;   // non-empty: every route asks for "Authorization: Bearer <token>"
    bool noAuth = false; // an explicit choice to serve another address without a token
    // Slow clients: a request that stalls this long is dropped.
    int readTimeoutMs = 10000;
    int writeTimeoutMs = 10000;
    int keepAliveTimeoutMs = 5000;
    // A keep-alive connection holds a thread between requests: 8 SDKs plus
    // queries need more than the two cores.
    int threads = 32;
    // Connections open at once (SDKs keep theirs alive); past it, 503.
    int maxConnections = 256;
    // Pyroscope's scrape-configs (ScrapeConfig); empty: no pull mode.
    QString scrapeConfigFile;

    // "HOST:PORT", ":PORT" or "PORT"; an IPv6 host in brackets ("[::1]:4040").
    bool parseListen(std::string_view text, QString *error);
    // "7d", "12h", "30m", "90s", "500ms", "2w"; nullopt when malformed.
    static std::optional<qint64> parseDurationMs(std::string_view text);
    static bool isLoopback(std::string_view host);
    // Empty when the options may run; else why not (a non-loopback address
    // without a token nor --no-auth).
    QString check() const;
};
