#pragma once

#include <QByteArray>

// The script and page templates of the SVG and HTML exports, compiled into the
// render library (pyrograph_render) from resources/export (exporttemplates.qrc), so the exports
// need no file next to the executable.
class ExportTemplate final
{
public:
    // The bytes of :/export/<name>; empty when there is no such template.
    static QByteArray load(const char *name);
};
