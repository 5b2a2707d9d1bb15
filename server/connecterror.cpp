#include "server/connecterror.h"

#include "server/connectprotocol.h"

HttpResponse ConnectError::toResponse() const
{
    return ConnectProtocol::error(code, message);
}
