#pragma once

#include <QList>
#include <QString>

namespace SageDesk::Aws {

// One page of a list operation; an empty nextToken (NextToken, Marker) means the last page.
template <typename Item>
struct AwsPage
{
    QList<Item> items;
    QString nextToken;
};

} // namespace SageDesk::Aws
