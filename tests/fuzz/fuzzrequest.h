#pragma once

// The HTTP request of a server fuzz target, from bytes that stay easy to write
// as seeds (tests/fuzz/makeseeds.py):
//   line 1: the query string, percent-encoded ("name=app.cpu&format=pprof")
//   line 2: the content type; "multipart" for a parsed form
//   the rest: the body, or for a form its parts, each "name\n<data>", split by
//   "\n--part\n".

#include "server/httpexchange.h"

#include <QByteArray>

namespace fuzz {

inline std::string decoded(QByteArrayView text)
{
    const QByteArray plus = text.toByteArray().replace('+', ' ');
    return QByteArray::fromPercentEncoding(plus).toStdString();
}

inline HttpRequest request(const QByteArray &input, std::string path)
{
    HttpRequest r;
    r.method = "POST";
    r.path = std::move(path);
    r.remoteAddress = "127.0.0.1";
    const qsizetype queryEnd = input.indexOf('\n');
    const QByteArrayView query =
        queryEnd < 0 ? QByteArrayView(input) : QByteArrayView(input).first(queryEnd);
    for (const QByteArrayView item : QByteArray(query.toByteArray()).split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            r.query.emplace(decoded(item), std::string());
        else
            r.query.emplace(decoded(item.first(eq)), decoded(item.sliced(eq + 1)));
    }
    if (queryEnd < 0)
        return r;
    const qsizetype typeEnd = input.indexOf('\n', queryEnd + 1);
    const QByteArray type = input.mid(queryEnd + 1, typeEnd < 0 ? -1 : typeEnd - queryEnd - 1);
    const QByteArray body = typeEnd < 0 ? QByteArray() : input.mid(typeEnd + 1);
    if (type != "multipart") {
        if (!type.isEmpty())
            r.headers.emplace("content-type", type.toStdString());
        r.body = body;
        return r;
    }
    r.isMultipart = true;
    r.headers.emplace("content-type", "multipart/form-data; boundary=x");
    static const QByteArray separator("\n--part\n");
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(separator, start);
        if (end < 0)
            end = body.size();
        const QByteArray part = body.mid(start, end - start);
        const qsizetype nameEnd = part.indexOf('\n');
        HttpFormPart form;
        form.name = (nameEnd < 0 ? part : part.left(nameEnd)).toStdString();
        form.data = nameEnd < 0 ? QByteArray() : part.mid(nameEnd + 1);
        r.formParts.push_back(std::move(form));
        start = end + separator.size();
    }
    return r;
}

} // namespace fuzz
