#include "local/protocol/XmlWriter.h"

namespace SageDesk::Local {

XmlWriter::XmlWriter()
    : m_writer(&m_buffer)
{
    m_writer.writeStartDocument();
}

void XmlWriter::open(const QString& name, const QString& xmlNamespace)
{
    m_writer.writeStartElement(name);
    if (!xmlNamespace.isEmpty()) {
        m_writer.writeDefaultNamespace(xmlNamespace);
    }
}

void XmlWriter::close()
{
    m_writer.writeEndElement();
}

void XmlWriter::element(const QString& name, const QString& text)
{
    m_writer.writeTextElement(name, text);
}

QByteArray XmlWriter::finish()
{
    m_writer.writeEndDocument();
    return m_buffer;
}

} // namespace SageDesk::Local
