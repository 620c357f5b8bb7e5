// hearth-render-icon: draws the SVG icon as square PNGs for the hicolor theme, at build time, so
// no rendered binary is kept in the repository.
//
//   hearth-render-icon INPUT.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/SIZExSIZE.png for each SIZE. Exit status: 0 done, 1 failed, 2 wrong
// command line.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message, int status)
{
    std::fprintf(stderr, "hearth-render-icon: %s\n", qPrintable(message));
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing paths into a QImage needs no platform plugin and no display: a plain
    // QCoreApplication, so the build machine needs neither (the icon has no text).
    QCoreApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: hearth-render-icon INPUT.svg OUTPUT_DIR SIZE..."), 2);

    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the SVG %1").arg(arguments.at(1)), 1);
    const QDir output(arguments.at(2));
    if (!QDir().mkpath(output.path()))
        return fail(QStringLiteral("cannot create %1").arg(output.path()), 1);

    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("not a size: %1").arg(arguments.at(i)), 2);

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        // 96 dpi, the same on every machine, so the PNGs are the same from build to build.
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString path = output.filePath(QStringLiteral("%1x%1.png").arg(size));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path), 1);
    }
    return 0;
}
