#pragma once

#include "httpexchange.h"

class ProfileSink;

// `POST /push.v1.PusherService/Push`: Pyroscope's Connect push, each series'
// labels (`__name__` names the profile type, service_name the application)
// with its samples, each a pprof, gzipped or not. Every sample of every series
// is decoded before the first is stored: a bad one refuses the whole push
// (invalid_argument, 400) and stores nothing.
class PushService final
{
public:
    PushService(ProfileSink &sink, qint64 maxDecompressedBytes);
    HttpResponse handle(const HttpRequest &request) const;

private:
    ProfileSink &m_sink;
    qint64 m_maxDecompressedBytes;
};
