#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace SageDesk::Local {

// The XML bodies of the Query and REST-XML services: nested elements with text, nothing else.
class XmlWriter final
{
public:
    XmlWriter();
    Q_DISABLE_COPY_MOVE(XmlWriter)

    void open(const QString& name, const QString& xmlNamespace = {});
    void close();
    void element(const QString& name, const QString& text);
    QByteArray finish();

private:
    QByteArray m_buffer;
    QXmlStreamWriter m_writer;
};

} // namespace SageDesk::Local
