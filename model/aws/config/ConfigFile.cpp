#include "aws/config/ConfigFile.h"

#include <QFile>
#include <QFileInfo>

namespace SageDesk::Aws {

ConfigFile ConfigFile::load(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        ConfigFile empty;
        empty.m_fileName = path;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigFile unreadable;
        unreadable.m_fileName = path;
        unreadable.addError(0, tr("cannot be read (%1)").arg(file.errorString()));
        return unreadable;
    }
    return parse(file.readAll(), path);
}

ConfigFile ConfigFile::parse(const QByteArray& text, const QString& fileName)
{
    ConfigFile result;
    result.m_fileName = fileName;
    Section* section = nullptr;
    QString lastKey; // the key that indented lines below belong to
    int lineNumber = 0;
    for (const QByteArray& rawLine : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine).remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';'))) {
            continue;
        }
        const bool indented = line.front().isSpace();
        if (indented && section && !lastKey.isEmpty()) {
            QString& value = section->values[lastKey];
            if (!value.isEmpty()) {
                value += QLatin1Char('\n') + trimmed; // a continued value, as configparser joins it
                continue;
            }
            const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                result.addError(lineNumber, tr("expected \"name = value\" under \"%1 =\"").arg(lastKey));
                continue;
            }
            section->subValues[lastKey].insert(trimmed.left(equals).trimmed().toLower(),
                                               trimmed.mid(equals + 1).trimmed());
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            lastKey.clear();
            if (!trimmed.endsWith(QLatin1Char(']'))) {
                result.addError(lineNumber, tr("the section header has no closing \"]\""));
                section = nullptr;
                continue;
            }
            const QString name = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (name.isEmpty()) {
                result.addError(lineNumber, tr("the section name is empty"));
                section = nullptr;
                continue;
            }
            const auto existing = std::find_if(result.m_sections.begin(), result.m_sections.end(),
                                               [&name](const Section& s) { return s.name == name; });
            if (existing != result.m_sections.end()) {
                result.addError(
                    lineNumber,
                    tr("section [%1] appears again (first on line %2)").arg(name).arg(existing->line));
                section = &*existing;
                continue;
            }
            result.m_sections.append(Section{name, lineNumber, {}, {}});
            section = &result.m_sections.last();
            continue;
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals < 0) {
            result.addError(lineNumber, tr("expected \"name = value\" or a [section] header"));
            lastKey.clear();
            continue;
        }
        if (equals == 0) {
            result.addError(lineNumber, tr("the setting has no name before \"=\""));
            lastKey.clear();
            continue;
        }
        if (!section) {
            result.addError(lineNumber, tr("the setting is not inside a [section]"));
            continue;
        }
        lastKey = trimmed.left(equals).trimmed().toLower();
        section->values.insert(lastKey, trimmed.mid(equals + 1).trimmed());
    }
    return result;
}

void ConfigFile::addError(int line, const QString& problem)
{
    m_errors.append(ConfigFileError{m_fileName, line, problem});
}

} // namespace SageDesk::Aws
