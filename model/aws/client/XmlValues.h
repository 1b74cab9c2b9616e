#pragma once

#include "aws/client/XmlElement.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Reading typed values out of Query / EC2 / S3 XML answers.
namespace SageDesk::Aws::XmlValues {

// ISO 8601 as the XML protocols send timestamps.
QDateTime timestamp(const XmlElement& parent, QStringView path);
int integer(const XmlElement& parent, QStringView path);
bool boolean(const XmlElement& parent, QStringView path);

// The <member> (Query) or <item> (EC2) children of the list at `path`; empty when absent.
QList<const XmlElement*> members(const XmlElement& parent, QStringView path);

// Query answers wrap their payload in <ActionResponse><ActionResult>: the result element, or the root.
const XmlElement& result(const XmlElement& root, const QString& action);

// The value of the tag called `key` in an EC2 <tagSet>.
QString ec2Tag(const XmlElement& resource, QStringView key);

} // namespace SageDesk::Aws::XmlValues
