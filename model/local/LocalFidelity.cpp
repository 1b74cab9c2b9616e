#include "local/LocalFidelity.h"

namespace SageDesk::Local::LocalFidelity {

namespace {

Note ignored(const char* service, const char* operation, const char* member, const QString& reason)
{
    return {Note::Kind::Ignored, QLatin1String(service), QLatin1String(operation), QLatin1String(member),
            reason};
}

Note notReturned(const char* service, const char* operation, const char* member, const QString& reason)
{
    return {Note::Kind::NotReturned, QLatin1String(service), QLatin1String(operation), QLatin1String(member),
            reason};
}

} // namespace

QList<Note> notes()
{
    const auto runsHere = QStringLiteral("stored and described; the instance runs on this computer, whatever "
                                         "the type");
    const auto loopback = QStringLiteral("stored and described; Jupyter listens on 127.0.0.1 only");
    const auto noQuota = QStringLiteral("stored and described; the volume is a folder without a quota");
    const auto rootAccess =
        QStringLiteral("stored and described; lifecycle scripts and Jupyter run as the user who started "
                       "sagedesk-local");
    const auto platform =
        QStringLiteral("checked (retired platforms and the families a platform cannot run are "
                       "refused) and stored; the local JupyterLab serves every platform");
    const auto imds = QStringLiteral("stored and described; there is no instance metadata service");
    const auto elasticInference = QStringLiteral("not read: Elastic Inference is retired");
    QList<Note> list;
    for (const char* operation : {"CreateNotebookInstance", "UpdateNotebookInstance"}) {
        list << ignored("sagemaker", operation, "InstanceType", runsHere)
             << ignored("sagemaker", operation, "IpAddressType", loopback)
             << ignored("sagemaker", operation, "VolumeSizeInGB", noQuota)
             << ignored("sagemaker", operation, "AcceleratorTypes", elasticInference)
             << ignored("sagemaker", operation, "RootAccess", rootAccess)
             << ignored("sagemaker", operation, "PlatformIdentifier", platform)
             << ignored("sagemaker", operation, "InstanceMetadataServiceConfiguration", imds)
             << ignored("sagemaker", operation,
                        "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion", imds);
    }
    list << ignored("sagemaker", "UpdateNotebookInstance", "DisassociateAcceleratorTypes", elasticInference)
         << ignored("sagemaker", "CreateNotebookInstance", "SubnetId",
                    QStringLiteral("checked against the default network (EC2 DescribeSubnets) and stored; "
                                   "Jupyter listens on 127.0.0.1 only"))
         << ignored("sagemaker", "CreateNotebookInstance", "SecurityGroupIds",
                    QStringLiteral("checked against the default security group and stored; nothing filters "
                                   "traffic"))
         << ignored(
                "sagemaker", "CreateNotebookInstance", "KmsKeyId",
                QStringLiteral("checked against the AWS-managed keys (KMS ListKeys) and stored; the volume "
                               "folder is not encrypted"))
         << ignored("sagemaker", "CreateNotebookInstance", "DirectInternetAccess",
                    QStringLiteral("stored and described; the instance has this computer's network"))
         << ignored("sagemaker", "CreateCodeRepository", "GitConfig.SecretArn",
                    QStringLiteral("stored and described; clones use this computer's git credentials"))
         << ignored("sagemaker", "UpdateCodeRepository", "GitConfig.SecretArn",
                    QStringLiteral("stored and described; clones use this computer's git credentials"))
         << notReturned("sagemaker", "DescribeNotebookInstance", "NetworkInterfaceId",
                        QStringLiteral("no network interface is created"))
         << notReturned("sagemaker", "DescribeNotebookInstance", "AcceleratorTypes",
                        QStringLiteral("Elastic Inference is retired"))
         << notReturned(
                "sagemaker", "ListTags", "NextToken",
                QStringLiteral("never needed: a resource has at most 50 tags and a page holds at least 50"))
         << ignored("ec2", "DescribeVpcs", "DryRun", QStringLiteral("not read: the call always runs"))
         << ignored("ec2", "DescribeSubnets", "DryRun", QStringLiteral("not read: the call always runs"))
         << ignored("ec2", "DescribeSecurityGroups", "DryRun",
                    QStringLiteral("not read: the call always runs"));
    return list;
}

} // namespace SageDesk::Local::LocalFidelity
