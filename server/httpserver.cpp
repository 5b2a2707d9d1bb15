#include "httpserver.h"

#include "connectionlimitqueue.h"

#include <httplib.h>

#include <sys/socket.h>

#include <cctype>
#include <exception>
#include <memory>

namespace {

std::string lowerCase(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

void sendResponse(const HttpResponse &from, httplib::Response &to)
{
    to.status = from.status;
    for (const auto &[name, value] : from.headers)
        to.set_header(name.c_str(), value);
    to.set_content(from.body.constData(), size_t(from.body.size()), from.contentType.c_str());
}

// A body we refuse is left unread, so the connection cannot carry another request.
void refuse(httplib::Response &response, int status, std::string_view message)
{
    sendResponse(HttpResponse::text(status, message), response);
    response.set_header("Connection", "close");
}

HttpRequest convert(const httplib::Request &from)
{
    HttpRequest request;
    request.method = from.method;
    request.path = from.path;
    for (const auto &[name, value] : from.params)
        request.query.emplace(name, value);
    for (const auto &[name, value] : from.headers)
        request.headers.emplace(lowerCase(name), value);
    request.remoteAddress = from.remote_addr;
    return request;
}

} // namespace

HttpServer::HttpServer(Settings settings, HttpRouter router)
    : m_settings(std::move(settings)), m_router(std::move(router))
{ }

HttpServer::~HttpServer()
{
    stop();
}

HttpResponse HttpServer::dispatch(const HttpRequest &request) const
{
    ++m_requests;
    HttpRouter::Match match = HttpRouter::Match::NoSuchPath;
    const HttpHandler *handler = m_router.find(request.method, request.path, &match);
    if (match == HttpRouter::Match::NoSuchPath)
        return HttpResponse::text(404, "404 page not found: " + request.path);
    if (match == HttpRouter::Match::WrongMethod)
        return HttpResponse::text(405,
                                  "method " + request.method + " not allowed on " + request.path);
    try {
        return (*handler)(request);
    } catch (const std::exception &e) {
        return HttpResponse::text(500, std::string("internal error: ") + e.what());
    } catch (...) {
        return HttpResponse::text(500, "internal error");
    }
}

QString HttpServer::start()
{
    stop();
    auto server = std::make_unique<httplib::Server>();
    const int threads = std::max(2, m_settings.threads);
    const int maxConnections = std::max(1, m_settings.maxConnections);
    server->new_task_queue = [threads, maxConnections] {
        return new ConnectionLimitQueue(size_t(threads), maxConnections);
    };
    server->set_read_timeout(std::chrono::milliseconds(m_settings.readTimeoutMs));
    server->set_write_timeout(std::chrono::milliseconds(m_settings.writeTimeoutMs));
    server->set_keep_alive_timeout(std::max<time_t>(1, m_settings.keepAliveTimeoutMs / 1000));
    server->set_keep_alive_max_count(std::numeric_limits<int>::max());
    // Bodies are counted in the content reader below; this cap is only the
    // library's own fallback for a route that would let it buffer.
    server->set_payload_max_length(size_t(m_settings.maxBodyBytes));
    // cpp-httplib's default adds SO_REUSEPORT, with which a second server on
    // the same port binds too and steals half the pushes; SO_REUSEADDR alone
    // still allows a restart while old connections linger in TIME_WAIT.
    // Headers and body go out in two writes: with Nagle's algorithm the second
    // waits for the client's delayed ACK, 40 ms a response (the benchmark's
    // p50 fell from 44 ms to under 1 ms with this).
    server->set_tcp_nodelay(true);
    // The socket is kept to widen its listen backlog once bound (below).
    auto listening = std::make_shared<int>(-1);
    server->set_socket_options([listening](int socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        *listening = socket;
    });

    const std::string token = m_settings.token;
    const qint64 maxBody = m_settings.maxBodyBytes;
    server->set_pre_routing_handler(
        [token, maxBody, maxConnections](const httplib::Request &request,
                                         httplib::Response &response) {
            if (ConnectionLimitQueue::overLimit()) {
                refuse(response, 503,
                       "too many open connections: the limit (--max-connections) is "
                           + std::to_string(maxConnections) + "; retry later");
                response.set_header("Retry-After", "1");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (!token.empty() && request.get_header_value("Authorization") != "Bearer " + token) {
                refuse(response, 401,
                       "unauthorized: this server needs \"Authorization: Bearer <token>\"");
                response.set_header("WWW-Authenticate", "Bearer");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (request.has_header("Content-Length")) {
                const auto length = request.get_header_value<uint64_t>("Content-Length");
                if (length > uint64_t(maxBody)) {
                    refuse(response, 413,
                           "request body too large: " + std::to_string(length)
                               + " bytes, the limit (--max-body) is " + std::to_string(maxBody));
                    return httplib::Server::HandlerResponse::Handled;
                }
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
    server->set_exception_handler(
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
            sendResponse(HttpResponse::text(500, "internal error"), response);
        });

    auto withoutBody = [this](const httplib::Request &from, httplib::Response &to) {
        sendResponse(dispatch(convert(from)), to);
    };
    auto withBody = [this, maxBody](const httplib::Request &from, httplib::Response &to,
                                    const httplib::ContentReader &reader) {
        HttpRequest request = convert(from);
        bool tooLarge = false;
        qint64 received = 0;
        auto counted = [&](size_t length) {
            received += qint64(length);
            tooLarge = received > maxBody;
            return !tooLarge;
        };
        bool complete = false;
        if (from.is_multipart_form_data()) {
            request.isMultipart = true;
            complete = reader(
                [&](const httplib::MultipartFormData &header) {
                    request.formParts.push_back(
                        {header.name, header.filename, header.content_type, QByteArray()});
                    return true;
                },
                [&](const char *data, size_t length) {
                    if (!counted(length))
                        return false;
                    request.formParts.back().data.append(data, qsizetype(length));
                    return true;
                });
        } else {
            complete = reader([&](const char *data, size_t length) {
                if (!counted(length))
                    return false;
                request.body.append(data, qsizetype(length));
                return true;
            });
        }
        if (tooLarge)
            return refuse(to, 413,
                          "request body too large: the limit (--max-body) is "
                              + std::to_string(maxBody) + " bytes");
        if (!complete)
            return refuse(to, 400, "could not read the request body");
        sendResponse(dispatch(request), to);
    };
    server->Get(".*", withoutBody);
    server->Delete(".*", withoutBody);
    server->Options(".*", withoutBody);
    server->Post(".*", withBody);
    server->Put(".*", withBody);
    server->Patch(".*", withBody);

    int port = m_settings.port;
    if (port == 0) {
        port = server->bind_to_any_port(m_settings.host);
    } else if (!server->bind_to_port(m_settings.host, port)) {
        port = -1;
    }
    if (port <= 0)
        return QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
            .arg(QString::fromStdString(m_settings.host))
            .arg(m_settings.port);
    // cpp-httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed
    // in Debian's compiled library): the sixth of eight clients connecting at
    // once had its SYN dropped and waited a second for the retry (the ingest
    // benchmark's 1.1 s maximum latency). Linux takes a second listen() on a
    // listening socket as a new backlog.
    if (*listening >= 0)
        ::listen(*listening, SOMAXCONN);
    m_port = port;
    m_server = std::move(server);
    httplib::Server *raw = m_server.get();
    m_thread = std::thread([raw] { raw->listen_after_bind(); });
    // cpp-httplib's stop() does nothing until the listening thread has marked
    // the server running: a stop() right after start() would leave that
    // thread in accept() for good.
    while (!raw->is_running())
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    return {};
}

void HttpServer::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

bool HttpServer::isRunning() const
{
    return m_server != nullptr;
}

std::string HttpServer::address() const
{
    const bool v6 = m_settings.host.find(':') != std::string::npos;
    return (v6 ? "[" + m_settings.host + "]" : m_settings.host) + ":" + std::to_string(m_port);
}
