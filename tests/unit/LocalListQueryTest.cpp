#include "local/sagemaker/ListQuery.h"

#include <gtest/gtest.h>

#include <QJsonObject>

#include <climits>

namespace SageDesk::Local {
namespace {

QString offsetToken(const QByteArray& offset)
{
    return QString::fromLatin1(QByteArray("offset:" + offset).toBase64());
}

TEST(LocalListQueryTest, ATokenNearTheLargestOffsetGivesAnEmptyLastPage)
{
    QList<QJsonObject> documents;
    for (int i = 0; i < 3; ++i) {
        documents.append(QJsonObject{{QStringLiteral("Name"), QStringLiteral("nb-%1").arg(i)},
                                     {QStringLiteral("CreationTime"), 1700000000.0 + i}});
    }
    const QList<QPair<QString, QString>> sortFields{
        {QStringLiteral("CreationTime"), QStringLiteral("CreationTime")}};
    for (const QByteArray& offset :
         {QByteArray::number(INT_MAX), QByteArray::number(INT_MAX - 5), QByteArray("3")}) {
        ListQuery query;
        ASSERT_FALSE(ListQuery::parse(QJsonObject{{QStringLiteral("NextToken"), offsetToken(offset)},
                                                  {QStringLiteral("MaxResults"), 100}},
                                      QStringLiteral("Name"), sortFields, query))
            << offset.constData();
        QString nextToken;
        EXPECT_TRUE(query.page(documents, nextToken).isEmpty()) << offset.constData();
        EXPECT_TRUE(nextToken.isEmpty()) << offset.constData() << " gave " << nextToken.toStdString();
    }
    // Past INT_MAX the token is not one this endpoint made.
    ListQuery query;
    EXPECT_TRUE(ListQuery::parse(QJsonObject{{QStringLiteral("NextToken"), offsetToken("2147483648")}},
                                 QStringLiteral("Name"), sortFields, query));
}

} // namespace
} // namespace SageDesk::Local
