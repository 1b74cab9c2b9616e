#pragma once

#include "local/sagemaker/ApiResult.h"

namespace SageDesk::Local {

class LocalStateStore;
class NotebookInstanceController;

// AddTags, ListTags and DeleteTags on the ARN of a notebook instance or code repository. Tags can
// change in any status.
class TagApi final
{
public:
    TagApi(LocalStateStore& store, NotebookInstanceController& controller);
    Q_DISABLE_COPY_MOVE(TagApi)

    ApiResult addTags(const QJsonObject& input);
    ApiResult listTags(const QJsonObject& input) const;
    ApiResult deleteTags(const QJsonObject& input);

private:
    std::optional<WireError> checkResource(const QJsonObject& input) const;

    LocalStateStore& m_store;
    NotebookInstanceController& m_controller;
};

} // namespace SageDesk::Local
