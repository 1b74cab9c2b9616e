#pragma once

#include "aws/client/AwsError.h"
#include "aws/roles/S3Access.h"

#include <QDateTime>
#include <QString>

namespace SageDesk::Aws {

// The names and documents of the execution role the AWS console's "Create an IAM role" makes,
// filled in from the templates under resources/policies. The JSON is byte for byte what the
// console sends, so a role made by SageDesk reads the same in the IAM console.
namespace ExecutionRolePolicies {

inline constexpr auto kPath = "/service-role/";
inline constexpr auto kManagedPolicyName = "AmazonSageMakerFullAccess";
inline constexpr int kMaxSessionDuration = 3600;
// Seconds tried after the one of the call when a role of that name exists: enough for a burst of
// creations in one second, few enough that a long run of taken names ends in the error.
inline constexpr int kMaxNameAttempts = 10;

// "20260115T093000", the suffix the role and its policy share, from the injected clock's UTC time.
QString nameSuffix(const QDateTime& utc);
QString roleName(const QString& suffix);   // AmazonSageMaker-ExecutionRole-<suffix>
QString policyName(const QString& suffix); // AmazonSageMaker-ExecutionPolicy-<suffix>
QString description();
// arn:<partition>:iam::aws:policy/AmazonSageMakerFullAccess
QString managedPolicyArn(const QString& partition = QStringLiteral("aws"));

// The trust policy, limited to SageMaker resources of this account and region (aws:SourceArn).
QString trustPolicy(const QString& partition, const QString& region, const QString& accountId);
// The customer policy for Any or Specific; empty for None (the console attaches none).
QString executionPolicy(const S3Access& access, const QString& partition = QStringLiteral("aws"));

// `document` (an execution policy, or empty for none) with one more statement: the instance may stop
// itself (sagemaker:StopNotebookInstance on its own ARN, nothing else), which the generated
// auto-stop lifecycle script needs. The console's statements stay byte for byte.
QString withStopPermission(const QString& document, const QString& notebookInstanceArn);

// "aws" from "arn:aws:sts::123456789012:assumed-role/...", "aws-cn" from an arn:aws-cn:... ARN.
QString partitionOf(const QString& arn);

// Names carry the time to the second, as the console's do, so two roles made in the same second (two
// `sagedesk-cli create-role` back to back, two wizards, or two people) would share one. The role is
// the first thing made, so the later maker moves its role and policy on to the next second instead of
// failing, while ++attempts stays under kMaxNameAttempts; a role that exists is never touched.
bool mayTakeNextName(const AwsError& error, int& attempts);

} // namespace ExecutionRolePolicies
} // namespace SageDesk::Aws
