#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SageDesk::Aws {

// A parsed XML element, enough to read the Query, EC2 and REST-XML protocols' answers: names
// without namespace prefixes, text, children in document order.
struct XmlElement
{
    QString name;
    QString text;
    QList<XmlElement> children;

    static std::optional<XmlElement> parse(const QByteArray& document);

    // The first child named `name`, or nullptr. `path` walks "A/B/C" below this element.
    const XmlElement* child(QStringView name) const;
    const XmlElement* find(QStringView path) const;
    // The trimmed text at `path`, or empty.
    QString textAt(QStringView path) const;
    QList<const XmlElement*> all(QStringView name) const;
    // Depth-first search for the first element called `name`, this one included.
    const XmlElement* descendant(QStringView name) const;
};

} // namespace SageDesk::Aws
