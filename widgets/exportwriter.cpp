#include "exportwriter.h"

#include <QIODevice>

bool ExportWriter::write(const std::string &rendered, QIODevice &device, QString *error)
{
    if (rendered.empty()) {
        if (error)
            *error = QStringLiteral("cancelled");
        return false;
    }
    if (device.write(rendered.data(), qint64(rendered.size())) != qint64(rendered.size())) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}
