// AwsCall and Pagination::collect without a network: pages are answered from the event loop.
#include "aws/client/AwsPage.h"
#include "aws/client/Pagination.h"

#include <gtest/gtest.h>

#include <QTimer>

using namespace SageDesk::Aws;

namespace {

using Page = AwsPage<int>;

// Answers `page` for a call, later, from the event loop.
AwsCall<Page> answerLater(QObject* parent, AwsResult<Page> page)
{
    AwsCall<Page> call(new AwsOperation(parent));
    QTimer::singleShot(0, parent, [call, page] { call.resolve(page); });
    return call;
}

} // namespace

TEST(AwsClientCall, ThenAndWaitSeeTheOneResult)
{
    QObject parent;
    AwsCall<Page> call(new AwsOperation(&parent));
    int handled = 0;
    call.then(&parent, [&](const AwsResult<Page>& result) {
        ++handled;
        EXPECT_EQ(result->items, QList<int>{7});
    });
    QTimer::singleShot(0, &parent, [call] {
        call.resolve(Page{{7}, {}});
        call.resolve(Page{{8}, {}}); // the first result wins
    });
    EXPECT_EQ(call.wait()->items, QList<int>{7});
    EXPECT_EQ(handled, 1);

    // A handler attached after the end still runs, once, from the event loop.
    int late = 0;
    call.then(&parent, [&](const AwsResult<Page>&) { ++late; });
    EXPECT_EQ(late, 0);
    QCoreApplication::processEvents();
    EXPECT_EQ(late, 1);
}

TEST(AwsClientCall, PaginationFollowsTokensAndResendsTheRequest)
{
    QObject parent;
    QStringList tokensAsked;
    const auto all = Pagination::collect<Page, int>(
        &parent,
        [&](const QString& token) {
            tokensAsked.append(token);
            const int index = int(tokensAsked.size());
            return answerLater(
                &parent, Page{{index * 10, index * 10 + 1}, index < 3 ? QString::number(index) : QString()});
        },
        &Page::items, &Page::nextToken);
    const auto& result = all.wait();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value(), (QList<int>{10, 11, 20, 21, 30, 31}));
    EXPECT_EQ(tokensAsked, (QStringList{QString(), QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(AwsClientCall, PaginationStopsAtTheFirstErrorAndAtARepeatedToken)
{
    QObject parent;
    int asked = 0;
    const auto failing = Pagination::collect<Page, int>(
        &parent,
        [&](const QString&) {
            ++asked;
            if (asked == 2) {
                AwsError error;
                error.code = QStringLiteral("InvalidToken");
                return answerLater(&parent, error);
            }
            return answerLater(&parent, Page{{asked}, QStringLiteral("next")});
        },
        &Page::items, &Page::nextToken);
    ASSERT_FALSE(failing.wait().ok());
    EXPECT_EQ(failing.wait().error().code, QStringLiteral("InvalidToken"));
    EXPECT_EQ(asked, 2);

    // A service that answers the same token again would loop for ever.
    asked = 0;
    const auto looping = Pagination::collect<Page, int>(
        &parent,
        [&](const QString&) {
            ++asked;
            return answerLater(&parent, Page{{asked}, QStringLiteral("same")});
        },
        &Page::items, &Page::nextToken);
    ASSERT_TRUE(looping.wait().ok());
    EXPECT_EQ(looping.wait().value(), (QList<int>{1, 2}));
}
