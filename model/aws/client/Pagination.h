#pragma once

#include "aws/client/AwsCall.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace SageDesk::Aws::Pagination {

// The most pages one listing follows; a service that keeps answering tokens past this is broken.
inline constexpr int kMaxPages = 1000;

// Fetches page after page with `fetchPage(token)` (an empty token for the first) and answers every
// item. `fetchPage` builds the whole request each time, so filters go out again with every token.
// Stops with the first error, or when a token repeats.
template <typename Page, typename Item>
AwsCall<QList<Item>> collect(QObject* parent, std::function<AwsCall<Page>(const QString& token)> fetchPage,
                             QList<Item> Page::*items, QString Page::*nextToken)
{
    struct State
    {
        AwsCall<QList<Item>> call;
        std::function<AwsCall<Page>(const QString&)> fetchPage;
        QList<Item> Page::*items;
        QString Page::*nextToken;
        QList<Item> collected;
        QSet<QString> seenTokens;
        int pages = 0;

        static void step(const std::shared_ptr<State>& state, const QString& token)
        {
            AwsOperation* operation = state->call.operation();
            if (!operation) {
                return;
            }
            state->fetchPage(token).then(operation, [state](const AwsResult<Page>& page) {
                if (!page) {
                    state->call.resolve(page.error());
                    return;
                }
                state->collected.append(page.value().*(state->items));
                const QString next = page.value().*(state->nextToken);
                ++state->pages;
                if (next.isEmpty() || state->seenTokens.contains(next) || state->pages >= kMaxPages) {
                    state->call.resolve(state->collected);
                    return;
                }
                state->seenTokens.insert(next);
                step(state, next);
            });
        }
    };
    auto state = std::make_shared<State>(State{
        AwsCall<QList<Item>>(new AwsOperation(parent)), std::move(fetchPage), items, nextToken, {}, {}, 0});
    State::step(state, QString());
    return state->call;
}

} // namespace SageDesk::Aws::Pagination
