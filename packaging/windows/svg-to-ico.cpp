// svg-to-ico <icon.svg> <out.ico>: the Windows icon of sagedesk.exe and of its installer, drawn from
// the SVG at build time in the sizes Explorer and the taskbar ask for. Each image is stored as PNG
// inside the ICO container (Windows Vista and later read that), so only QtSvg and Qt's built-in PNG
// writer are needed: no image-format plugin has to be found while the build runs.
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

constexpr int kSizes[] = {16, 24, 32, 48, 64, 128, 256};

QByteArray png(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T>
void put(QByteArray& out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&little), sizeof little);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication::setAttribute(Qt::AA_Use96Dpi);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: svg-to-ico <icon.svg> <out.ico>\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svg-to-ico: cannot read %s\n", argv[1]);
        return 1;
    }
    QList<QByteArray> images;
    for (const int size : kSizes) {
        images.append(png(renderer, size));
    }
    // ICONDIR, then one ICONDIRENTRY per image, then the images.
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1); // icon
    put<quint16>(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = kSizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put<quint16>(out, 1);  // colour planes
        put<quint16>(out, 32); // bits per pixel
        put<quint32>(out, quint32(images.at(i).size()));
        put<quint32>(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray& image : images) {
        out.append(image);
    }
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size()) {
        std::fprintf(stderr, "svg-to-ico: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
