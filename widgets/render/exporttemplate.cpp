#include "exporttemplate.h"

#include <QFile>

// The resources are in a static library, which the linker would drop unless
// something refers to them; Q_INIT_RESOURCE must be outside a namespace.
static void initExportTemplates()
{
    Q_INIT_RESOURCE(exporttemplates);
}

QByteArray ExportTemplate::load(const char *name)
{
    static const bool initialised = (initExportTemplates(), true);
    (void)initialised;
    QFile file(QStringLiteral(":/export/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
