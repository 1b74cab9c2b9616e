#include "local/sagemaker/ListQuery.h"

#include "domain/NotebookInstance.h"
#include "domain/Validation.h"
#include "local/sagemaker/ApiInput.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <vector>

namespace SageDesk::Local {

namespace {

double epochSeconds(const QJsonValue& value)
{
    return value.isUndefined() ? 0 : Json::timestampToJson(Json::timestampFromJson(value));
}

QString encodeToken(int offset)
{
    return QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset)).toBase64());
}

std::optional<int> decodeToken(const QString& token)
{
    const QByteArray text = QByteArray::fromBase64(token.toLatin1());
    if (!text.startsWith("offset:")) {
        return std::nullopt;
    }
    bool ok = false;
    const int offset = text.mid(7).toInt(&ok);
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

} // namespace

std::optional<WireError> ListQuery::parse(const QJsonObject& input, const QString& nameField,
                                          const QList<QPair<QString, QString>>& sortFields, ListQuery& query,
                                          const QString& defaultSortOrder)
{
    query.m_nameField = nameField;
    query.m_nameContains = input.value(QLatin1String("NameContains")).toString();
    if (const QJsonValue nameContains = input.value(QLatin1String("NameContains"));
        !nameContains.isUndefined()) {
        if (auto issue = Validation::nameContains(query.m_nameContains)) {
            return ApiInput::fromIssues({*issue});
        }
    }
    const QJsonValue maxResults = input.value(QLatin1String("MaxResults"));
    if (!maxResults.isUndefined()) {
        const int max = maxResults.toInt(-1);
        if (max < 1 || max > 100) {
            return WireError::constraint(
                QString::number(maxResults.toDouble()), QStringLiteral("maxResults"),
                max < 1 ? QStringLiteral("Member must have value greater than or equal to 1")
                        : QStringLiteral("Member must have value less than or equal to 100"));
        }
        query.m_maxResults = max;
    }
    const QString nextToken = input.value(QLatin1String("NextToken")).toString();
    if (!nextToken.isEmpty()) {
        const auto offset = decodeToken(nextToken);
        if (!offset) {
            return WireError::validation(QStringLiteral("Invalid pagination token: %1").arg(nextToken));
        }
        query.m_offset = *offset;
    }
    const QString sortBy = input.value(QLatin1String("SortBy")).toString(sortFields.first().first);
    const auto sort = std::find_if(sortFields.begin(), sortFields.end(),
                                   [&sortBy](const auto& entry) { return entry.first == sortBy; });
    if (sort == sortFields.end()) {
        QStringList allowed;
        for (const auto& entry : sortFields) {
            allowed << entry.first;
        }
        return WireError::constraint(sortBy, QStringLiteral("sortBy"),
                                     QStringLiteral("Member must satisfy enum value set: [%1]")
                                         .arg(allowed.join(QStringLiteral(", "))));
    }
    query.m_sortField = sort->second;
    const QString sortOrder = input.value(QLatin1String("SortOrder")).toString(defaultSortOrder);
    if (sortOrder != QLatin1String("Ascending") && sortOrder != QLatin1String("Descending")) {
        return WireError::constraint(
            sortOrder, QStringLiteral("sortOrder"),
            QStringLiteral("Member must satisfy enum value set: [Ascending, Descending]"));
    }
    query.m_descending = sortOrder == QLatin1String("Descending");
    query.m_creationBefore = epochSeconds(input.value(QLatin1String("CreationTimeBefore")));
    query.m_creationAfter = epochSeconds(input.value(QLatin1String("CreationTimeAfter")));
    query.m_modifiedBefore = epochSeconds(input.value(QLatin1String("LastModifiedTimeBefore")));
    query.m_modifiedAfter = epochSeconds(input.value(QLatin1String("LastModifiedTimeAfter")));
    return std::nullopt;
}

bool ListQuery::accepts(const QJsonObject& document) const
{
    if (!m_nameContains.isEmpty() &&
        !document.value(m_nameField).toString().contains(m_nameContains, Qt::CaseInsensitive)) {
        return false;
    }
    const double created = document.value(QLatin1String("CreationTime")).toDouble();
    const double modified = document.value(QLatin1String("LastModifiedTime")).toDouble();
    return (m_creationBefore == 0 || created < m_creationBefore) &&
           (m_creationAfter == 0 || created > m_creationAfter) &&
           (m_modifiedBefore == 0 || modified < m_modifiedBefore) &&
           (m_modifiedAfter == 0 || modified > m_modifiedAfter);
}

QList<QJsonObject> ListQuery::page(QList<QJsonObject> documents, QString& nextToken) const
{
    // Keys are read once up front: looking them up in QJsonObjects inside the comparator
    // dominated the cost of a 100-item list.
    struct Key
    {
        double number = 0;
        QString text;
        QString name;
        qsizetype index = 0;
    };
    std::vector<Key> keys;
    keys.reserve(static_cast<size_t>(documents.size()));
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonValue value = documents[i].value(m_sortField);
        keys.push_back(
            Key{value.toDouble(), value.toString(), documents[i].value(m_nameField).toString(), i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.number != b.number) {
            return a.number < b.number;
        }
        if (a.text != b.text) {
            return a.text < b.text;
        }
        return a.name < b.name;
    });
    if (m_descending) {
        std::reverse(keys.begin(), keys.end());
    }
    // In qsizetype: a token may carry any offset up to INT_MAX, and offset + MaxResults must not wrap.
    const qsizetype first = std::min<qsizetype>(documents.size(), m_offset);
    const qsizetype end = std::min<qsizetype>(documents.size(), first + m_maxResults);
    nextToken = end < documents.size() ? encodeToken(static_cast<int>(end)) : QString();
    QList<QJsonObject> page;
    for (qsizetype i = first; i < end; ++i) {
        page.append(documents[keys[static_cast<size_t>(i)].index]);
    }
    return page;
}

QJsonObject ListQuery::output(const QList<QJsonObject>& documents, const QString& listField) const
{
    QString nextToken;
    QJsonArray items;
    for (const QJsonObject& item : page(documents, nextToken)) {
        items.append(item);
    }
    QJsonObject result{{listField, items}};
    if (!nextToken.isEmpty()) {
        result.insert(QStringLiteral("NextToken"), nextToken);
    }
    return result;
}

} // namespace SageDesk::Local
