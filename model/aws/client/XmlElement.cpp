#include "aws/client/XmlElement.h"

#include <QXmlStreamReader>

namespace SageDesk::Aws {

std::optional<XmlElement> XmlElement::parse(const QByteArray& document)
{
    QXmlStreamReader reader(document);
    QList<XmlElement> stack;
    std::optional<XmlElement> root;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(XmlElement{reader.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty()) {
                stack.last().text += reader.text();
            }
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty()) {
                root = std::move(done);
            } else {
                stack.last().children.append(std::move(done));
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || !root) {
        return std::nullopt;
    }
    return root;
}

const XmlElement* XmlElement::child(QStringView childName) const
{
    for (const XmlElement& element : children) {
        if (element.name == childName) {
            return &element;
        }
    }
    return nullptr;
}

const XmlElement* XmlElement::find(QStringView path) const
{
    const XmlElement* current = this;
    for (const QStringView part : path.split(u'/', Qt::SkipEmptyParts)) {
        current = current->child(part);
        if (!current) {
            return nullptr;
        }
    }
    return current;
}

QString XmlElement::textAt(QStringView path) const
{
    const XmlElement* element = find(path);
    return element ? element->text : QString();
}

QList<const XmlElement*> XmlElement::all(QStringView childName) const
{
    QList<const XmlElement*> found;
    for (const XmlElement& element : children) {
        if (element.name == childName) {
            found.append(&element);
        }
    }
    return found;
}

const XmlElement* XmlElement::descendant(QStringView elementName) const
{
    if (name == elementName) {
        return this;
    }
    for (const XmlElement& element : children) {
        if (const XmlElement* found = element.descendant(elementName)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace SageDesk::Aws
