#pragma once

#include "local/sagemaker/ApiResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The paging, sorting and time filters that the SageMaker List operations share: MaxResults (1–100),
// NextToken, SortBy, SortOrder, NameContains and Creation/LastModified Before/After.
class ListQuery final
{
public:
    // `nameField` is the document field that holds the name, `sortFields` maps the SortBy values to
    // document fields (the first is the default, as the operation documents it), `defaultSortOrder`
    // is the SortOrder without one. MaxResults defaults to 10 and NameContains must match
    // [a-zA-Z0-9-]+ (at most 63), as every List operation of the family says.
    static std::optional<WireError> parse(const QJsonObject& input, const QString& nameField,
                                          const QList<QPair<QString, QString>>& sortFields, ListQuery& query,
                                          const QString& defaultSortOrder = QStringLiteral("Descending"));

    bool accepts(const QJsonObject& document) const;
    // Sorts, then cuts the page; `nextToken` is empty on the last page.
    QList<QJsonObject> page(QList<QJsonObject> documents, QString& nextToken) const;
    // The List response: the page under `listField`, and NextToken unless it is the last page.
    QJsonObject output(const QList<QJsonObject>& documents, const QString& listField) const;

private:
    QString m_nameField;
    QString m_nameContains;
    QString m_sortField;
    bool m_descending = true;
    int m_maxResults = 10;
    int m_offset = 0;
    double m_creationBefore = 0;
    double m_creationAfter = 0;
    double m_modifiedBefore = 0;
    double m_modifiedAfter = 0;
};

} // namespace SageDesk::Local
