#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SageDesk::Local {

// One bucket the instance's role may use, and the local folder that holds its objects. It appears in
// the volume as SageMaker/s3/<bucket> (a symlink), so notebooks can read the data as files.
struct BucketLink
{
    QString bucket;
    QString folder;
    friend bool operator==(const BucketLink&, const BucketLink&) = default;
};

// What the endpoint knows about an instance when it starts it. The runtime never decodes or
// validates API input: scripts arrive base64-decoded, the bucket list is already filtered by the
// role's S3 choice (Any → all, Specific → those, None → names containing "sagemaker").
struct NotebookRuntimeSpec
{
    QString name;
    QString notebookInstanceArn;
    // Empty when no lifecycle configuration is attached; it appears in FailureReason texts.
    QString lifecycleConfigArn;
    QByteArray onCreateScript; // run on the first start only; empty = none
    QByteArray onStartScript;  // run on every start; empty = none
    bool firstStart = false;
    // The default repository first, then the additional ones: https URLs or local paths. Each is
    // cloned into the volume once, as <volume>/<repository name>.
    QStringList codeRepositories;
    QList<BucketLink> bucketLinks;
    // What the instance's processes reach AWS with: its region, the local endpoint, and the URL of its
    // execution role's credentials (ContainerCredentials). Empty: the endpoint's own environment.
    QString region;
    QString endpointUrl;
    QString credentialsUrl;
    // From the tag sagedesk:idle-stop-minutes; 0 disables idle auto-stop.
    int idleStopMinutes = 0;
};

} // namespace SageDesk::Local
