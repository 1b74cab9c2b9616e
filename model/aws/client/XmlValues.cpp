#include "aws/client/XmlValues.h"

namespace SageDesk::Aws::XmlValues {

QDateTime timestamp(const XmlElement& parent, QStringView path)
{
    const QString value = parent.textAt(path);
    if (value.isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    time.setTimeSpec(time.timeSpec() == Qt::LocalTime ? Qt::UTC : time.timeSpec());
    return time.toUTC();
}

int integer(const XmlElement& parent, QStringView path)
{
    return parent.textAt(path).toInt();
}

bool boolean(const XmlElement& parent, QStringView path)
{
    return parent.textAt(path).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QList<const XmlElement*> members(const XmlElement& parent, QStringView path)
{
    const XmlElement* list = parent.find(path);
    if (!list) {
        return {};
    }
    QList<const XmlElement*> found = list->all(u"member");
    if (found.isEmpty()) {
        found = list->all(u"item");
    }
    return found;
}

const XmlElement& result(const XmlElement& root, const QString& action)
{
    const XmlElement* element = root.child(QString(action + QLatin1String("Result")));
    return element ? *element : root;
}

QString ec2Tag(const XmlElement& resource, QStringView key)
{
    for (const XmlElement* tag : members(resource, u"tagSet")) {
        if (tag->textAt(u"key") == key) {
            return tag->textAt(u"value");
        }
    }
    return {};
}

} // namespace SageDesk::Aws::XmlValues
