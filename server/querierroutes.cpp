#include "server/querierroutes.h"

#include "server/httprouter.h"
#include "server/querierservice.h"
#include "server/renderhandler.h"

#include <memory>

void QuerierRoutes::add(HttpRouter &router, const Library &library)
{
    const auto querier = std::make_shared<QuerierService>(library);
    router.addPrefix("POST", std::string(QuerierService::pathPrefix),
                     [querier](const HttpRequest &request) { return querier->handle(request); });
    // The render handler refers to the service: the lambda keeps both alive.
    const auto render = std::make_shared<RenderHandler>(*querier);
    for (const std::string &path : RenderHandler::paths())
        router.add("GET", path, [querier, render](const HttpRequest &request) {
            return render->handle(request);
        });
}
