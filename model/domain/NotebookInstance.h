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
    QString ipAddressType;                         // "ipv4" / "dualstack"

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
    QString ipAddressType; // empty: the API default (ipv4)

    static CreateNotebookInstanceRequest fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
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
    std::optional<QString> ipAddressType;
    bool disassociateLifecycleConfig = false;
    bool disassociateDefaultCodeRepository = false;
    bool disassociateAdditionalCodeRepositories = false;

    static UpdateNotebookInstanceRequest fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

namespace Json {
QList<Tag> tagsFromJson(const QJsonValue& value);
QJsonArray tagsToJson(const QList<Tag>& tags);
QDateTime timestampFromJson(const QJsonValue& value); // epoch seconds (double) or ISO 8601
double timestampToJson(const QDateTime& time);
} // namespace Json

} // namespace SageDesk
