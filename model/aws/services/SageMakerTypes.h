#pragma once

#include "domain/NotebookInstance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Inputs and outputs of the SageMaker operations that model/domain does not already have.
// Field names follow the API.
namespace SageDesk::Aws {

// ListNotebookInstances. Every filter is sent again with each NextToken.
struct ListNotebookInstancesRequest
{
    QString nameContains;
    std::optional<NotebookInstanceStatus> statusEquals;
    QString sortBy;    // "Name" | "CreationTime" | "Status"; empty: the API default
    QString sortOrder; // "Ascending" | "Descending"
    QDateTime creationTimeAfter;
    QDateTime creationTimeBefore;
    QDateTime lastModifiedTimeAfter;
    QDateTime lastModifiedTimeBefore;
    QString notebookInstanceLifecycleConfigNameContains;
    QString defaultCodeRepositoryContains;
    QString additionalCodeRepositoryEquals;
    int maxResults = 0; // 1–100; 0: not sent
    QString nextToken;
};

struct NotebookInstancePage
{
    QList<NotebookInstance> notebookInstances;
    QString nextToken;
};

// A lifecycle configuration: each script is the shell script itself (the client base64-encodes it
// on the way out and decodes it on the way in); empty means no hook.
struct NotebookInstanceLifecycleConfig
{
    QString notebookInstanceLifecycleConfigName;
    QString notebookInstanceLifecycleConfigArn;
    QByteArray onCreate;
    QByteArray onStart;
    QDateTime creationTime;
    QDateTime lastModifiedTime;
    QList<Tag> tags; // CreateNotebookInstanceLifecycleConfig only
};

// The time filters of the List operations; unset ones are not sent.
struct ListTimeFilters
{
    QDateTime creationTimeAfter;
    QDateTime creationTimeBefore;
    QDateTime lastModifiedTimeAfter;
    QDateTime lastModifiedTimeBefore;
};

struct ListNotebookInstanceLifecycleConfigsRequest
{
    QString nameContains;
    QString sortBy;    // "Name" | "CreationTime" | "LastModifiedTime"
    QString sortOrder; // "Ascending" | "Descending"
    ListTimeFilters times;
    int maxResults = 0;
    QString nextToken;
};

struct NotebookInstanceLifecycleConfigPage
{
    QList<NotebookInstanceLifecycleConfig> configs; // name, ARN and times only
    QString nextToken;
};

struct CodeRepository
{
    QString codeRepositoryName;
    QString codeRepositoryArn;
    QString repositoryUrl;
    QString branch;
    QString secretArn;
    QDateTime creationTime;
    QDateTime lastModifiedTime;
    QList<Tag> tags; // CreateCodeRepository only
};

struct ListCodeRepositoriesRequest
{
    QString nameContains;
    QString sortBy;    // "Name" | "CreationTime" | "LastModifiedTime"
    QString sortOrder; // "Ascending" | "Descending"
    ListTimeFilters times;
    int maxResults = 0;
    QString nextToken;
};

struct CodeRepositoryPage
{
    QList<CodeRepository> codeRepositories;
    QString nextToken;
};

} // namespace SageDesk::Aws
