#pragma once

#include "domain/NotebookInstanceStatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SageDesk {

struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag&, const Tag&) = default;
};

// Everything DescribeNotebookInstance returns (ListNotebookInstances returns a subset of the same
// fields). Field names follow the API; JSON conversion uses the API's names and epoch-second
// timestamps as JSON 1.1 sends them.
struct NotebookInstance
{
    QString notebookInstanceArn;
    QString notebookInstanceName;
    NotebookInstanceStatus notebookInstanceStatus = NotebookInstanceStatus::Pending;
    QString failureReason;
    QString url;
    QString instanceType;
    QString ipAddressType; // "ipv4" / "dualstack"
    QString subnetId;
    QStringList securityGroups;
    QString roleArn;
    QString kmsKeyId;
    QString networkInterfaceId;
    QDateTime lastModifiedTime;
    QDateTime creationTime;
    QString notebookInstanceLifecycleConfigName;
    QString directInternetAccess; // "Enabled" / "Disabled"
    int volumeSizeInGB = 0;
    QString defaultCodeRepository;
    QStringList additionalCodeRepositories;
    QString rootAccess; // "Enabled" / "Disabled"
    QString platformIdentifier;
    QString minimumInstanceMetadataServiceVersion; // "1" / "2"

    static NotebookInstance fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    friend bool operator==(const NotebookInstance&, const NotebookInstance&) = default;
};

// The fields of CreateNotebookInstance (the wizard's and `sagedesk-cli create`'s input).
struct CreateNotebookInstanceRequest
{
    QString notebookInstanceName;
    QString instanceType = QStringLiteral("ml.t3.medium");
    QString roleArn;
    QString platformIdentifier;
    int volumeSizeInGB = 5;
    QString lifecycleConfigName;
    QString rootAccess; // empty: the API default (Enabled)
    QString kmsKeyId;
    QString subnetId;
    QStringList securityGroupIds;
    QString ipAddressType; // empty: the API default (ipv4)
    QString directInternetAccess;
    QString minimumInstanceMetadataServiceVersion;
    QString defaultCodeRepository;
    QStringList additionalCodeRepositories;
    QList<Tag> tags;

    static CreateNotebookInstanceRequest fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // The settings `instance` has, as CreateNotebookInstance would carry them: what the wizard's
    // pages show when the update dialog reuses them.
    static CreateNotebookInstanceRequest fromInstance(const NotebookInstance& instance);
    friend bool operator==(const CreateNotebookInstanceRequest&,
                           const CreateNotebookInstanceRequest&) = default;
};

// UpdateNotebookInstance: only the fields that are set are sent.
struct UpdateNotebookInstanceRequest
{
    QString notebookInstanceName;
    std::optional<QString> instanceType;
    std::optional<QString> ipAddressType;
    std::optional<QString> roleArn;
    std::optional<QString> platformIdentifier;
    std::optional<int> volumeSizeInGB;
    std::optional<QString> lifecycleConfigName;
    std::optional<QString> rootAccess;
    std::optional<QString> minimumInstanceMetadataServiceVersion;
    std::optional<QString> defaultCodeRepository;
    std::optional<QStringList> additionalCodeRepositories;
    bool disassociateLifecycleConfig = false;
    bool disassociateDefaultCodeRepository = false;
    bool disassociateAdditionalCodeRepositories = false;

    static UpdateNotebookInstanceRequest fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // What to send to turn `current` into `wanted`: only the members UpdateNotebookInstance takes
    // and that differ; a lifecycle configuration or repositories cleared become their Disassociate
    // flags. Empty means the API default (RootAccess Enabled, IpAddressType ipv4, IMDS version 1),
    // so a default that Describe leaves out is no change.
    static UpdateNotebookInstanceRequest between(const NotebookInstance& current,
                                                 const CreateNotebookInstanceRequest& wanted);
    // Whether any member besides the name is set.
    bool changesSomething() const;
};

namespace Json {
QList<Tag> tagsFromJson(const QJsonValue& value);
QJsonArray tagsToJson(const QList<Tag>& tags);
QDateTime timestampFromJson(const QJsonValue& value); // epoch seconds (double) or ISO 8601
double timestampToJson(const QDateTime& time);
} // namespace Json

} // namespace SageDesk
