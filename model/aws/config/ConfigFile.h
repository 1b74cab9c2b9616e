#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "aws/config/ConfigFileError.h"

namespace SageDesk::Aws {

// One INI file as the AWS CLI reads it (botocore's raw_config_parse): [sections], "key = value" lines,
// full-line comments starting with '#' or ';', and nested sub-keys under a key with an empty value:
//   s3 =
//     addressing_style = path
// Keys are lower-cased. A malformed line is reported with its number and skipped.
class ConfigFile final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::ConfigFile)

public:
    struct Section
    {
        QString name; // as written between the brackets, trimmed
        int line = 0;
        QHash<QString, QString> values;
        QHash<QString, QHash<QString, QString>> subValues;
    };

    // A missing file gives an empty ConfigFile and no error; an unreadable one gives an error.
    static ConfigFile load(const QString& path);
    static ConfigFile parse(const QByteArray& text, const QString& fileName);

    const QString& fileName() const { return m_fileName; }
    const QList<Section>& sections() const { return m_sections; }
    const QList<ConfigFileError>& errors() const { return m_errors; }

private:
    void addError(int line, const QString& problem);

    QString m_fileName;
    QList<Section> m_sections;
    QList<ConfigFileError> m_errors;
};

} // namespace SageDesk::Aws
