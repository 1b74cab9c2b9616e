#pragma once

#include "domain/NotebookInstance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SageDesk {

// One broken rule: the API field it concerns and a translated sentence that names the field and
// the rule, e.g. "NotebookInstanceName: must be 1–63 characters of letters, digits and hyphens,
// starting and ending with a letter or digit".
struct ValidationIssue
{
    QString field;
    QString message;
    // The same broken rule as AWS words it on the wire, for sagedesk-local's ValidationException
    // only (the GUI and the CLI show `message`): the member as the wire spells it
    // ("notebookInstanceName", "tags.2.member.key"), the value as AWS quotes it, and one entry per
    // violated constraint of the service model ("Member must have length less than or equal to
    // 63"). No constraints where the rule is not one of the model's (AWS words those otherwise).
    QString wireMember = {};
    QString wireValue = {};
    QStringList wireConstraints = {};
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = QList<ValidationIssue>;

// The API constraints of the SageMaker, IAM and S3 inputs SageDesk sends, checked before sending.
// The wizard and `sagedesk-cli` share it, so a person sees the same rule wherever they type.
// Each single-field check returns the issue, or nothing when the value is acceptable.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Validation)

public:
    Validation() = delete;

    static std::optional<ValidationIssue> notebookInstanceName(const QString& name);
    static std::optional<ValidationIssue> instanceType(const QString& instanceType);
    static std::optional<ValidationIssue> roleArn(const QString& arn);
    // The identifiers the API model accepts (retired ones too: retiredPlatform() warns about
    // those); empty means the AWS default.
    static std::optional<ValidationIssue> platformIdentifier(const QString& platform);
    // A warning: AWS no longer creates instances on `platform`.
    static std::optional<ValidationIssue> retiredPlatform(const QString& platform);
    static std::optional<ValidationIssue> ipAddressType(const QString& value);
    static std::optional<ValidationIssue> volumeSizeInGB(int gigabytes);
    // `field` is "LifecycleConfigName" or "NotebookInstanceLifecycleConfigName"; empty is allowed
    // only where the configuration is optional.
    static std::optional<ValidationIssue> lifecycleConfigName(const QString& name, bool required = false,
                                                              const QString& field = {});
    static std::optional<ValidationIssue> rootAccess(const QString& value);
    static std::optional<ValidationIssue> kmsKeyId(const QString& keyId);
    static std::optional<ValidationIssue> subnetId(const QString& subnetId);
    static ValidationIssues securityGroupIds(const QStringList& groupIds);
    static std::optional<ValidationIssue> directInternetAccess(const QString& value, const QString& subnetId);
    static std::optional<ValidationIssue> minimumInstanceMetadataServiceVersion(const QString& version);
    static std::optional<ValidationIssue> codeRepository(const QString& field, const QString& nameOrUrl);
    static ValidationIssues additionalCodeRepositories(const QStringList& repositories);
    static ValidationIssues tags(const QList<Tag>& tags);
    static std::optional<ValidationIssue> platformSupportsInstanceType(const QString& platform,
                                                                       const QString& instanceType);

    // What the API model refuses, with the documented cross-field rules (Disabled internet access
    // needs a subnet). The wizard and the CLI refuse these before sending anything.
    static ValidationIssues createNotebookInstance(const CreateNotebookInstanceRequest& request);
    // What is merely unwise, and which the service refuses only after the model's checks: a retired
    // platform, an instance family the platform cannot run, security groups without a subnet,
    // dualstack without a subnet. The wizard and the CLI warn and let the person go on;
    // sagedesk-local refuses them as AWS does.
    static ValidationIssues createNotebookInstanceWarnings(const CreateNotebookInstanceRequest& request);
    // `current` is the instance as last described, when known: the volume may only grow and the
    // instance type must suit the platform that stays.
    static ValidationIssues updateNotebookInstance(const UpdateNotebookInstanceRequest& request,
                                                   const std::optional<NotebookInstance>& current = {});
    static ValidationIssues
    updateNotebookInstanceWarnings(const UpdateNotebookInstanceRequest& request,
                                   const std::optional<NotebookInstance>& current = {});

    // A lifecycle script as a person wrote it (`field` is "OnCreate" or "OnStart"): Unix line
    // endings, and base64 of 1–16384 characters as the API stores it.
    static ValidationIssues lifecycleScript(const QString& field, const QByteArray& script);
    // A hook's Content as sent: base64, 1–16384 characters.
    static std::optional<ValidationIssue> lifecycleContent(const QString& field, const QString& base64);

    static std::optional<ValidationIssue> s3BucketName(const QString& bucket);
    static std::optional<ValidationIssue> iamRoleName(const QString& roleName);
    // NameContains of ListNotebookInstances.
    static std::optional<ValidationIssue> nameContains(const QString& text);
    // IpAddressType of Create/UpdateNotebookInstance: ipv4 or dualstack.
    static std::optional<ValidationIssue> ipAddressType(const QString& value);
    // Create/UpdateCodeRepository: the name (1–63, like a notebook instance's) and the GitConfig
    // members that are set (RepositoryUrl https://host/path, Branch, SecretArn of Secrets Manager).
    static ValidationIssues codeRepositoryDefinition(const QString& name, const QString& repositoryUrl,
                                                     const QString& branch, const QString& secretArn);

    // The issues as one text, a line each.
    static QString describe(const ValidationIssues& issues);
};

} // namespace SageDesk
