// rendericon SVG SIZE OUT.png: one PNG of the icon for the hicolor theme,
// drawn by Qt's own SVG renderer at build time, so the PNGs never drift from
// the SVG and none is committed.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0) {
        QTextStream(stderr) << "usage: rendericon SVG SIZE OUT.png\n";
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        QTextStream(stderr) << "rendericon: " << args[1] << ": not a valid SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(args[3], "PNG")) {
        QTextStream(stderr) << "rendericon: cannot write " << args[3] << '\n';
        return 1;
    }
    return 0;
}
