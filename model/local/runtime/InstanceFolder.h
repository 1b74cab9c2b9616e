#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace SageDesk::Local {

// Where one notebook instance keeps its files, under <data>/instances/<name>. The preparation, the
// Jupyter server, the state machine and the reconciliation of a restarted endpoint all read the same
// layout, so it is spelled out once. The root's path also marks every process of the instance.
struct InstanceFolder
{
    QString root;

    // The volume: survives stop/start; repositories and s3/<bucket> links live here.
    QString volume() const { return root + QStringLiteral("/SageMaker"); }
    QString logs() const { return root + QStringLiteral("/logs"); }
    QString lifecycleScripts() const { return root + QStringLiteral("/lifecycle"); }
    QString jupyterRuntime() const { return root + QStringLiteral("/jupyter-runtime"); }
    // JupyterLab's settings and workspaces of this instance.
    QString labData() const { return root + QStringLiteral("/lab"); }
    // RuntimeRecord, 0600.
    QString runtimeFile() const { return root + QStringLiteral("/runtime.json"); }
    // The AWS_CONTAINER_AUTHORIZATION_TOKEN of the instance's credentials URL, 0600.
    QString credentialsTokenFile() const { return root + QStringLiteral("/credentials-token"); }
    // The instance's own (empty) AWS config and credentials files, so that ~/.aws is never read.
    QString awsConfigFile() const { return root + QStringLiteral("/aws/config"); }
    QString awsCredentialsFile() const { return root + QStringLiteral("/aws/credentials"); }
    // Put first on PYTHONPATH: the sitecustomize that points older botocore at AWS_ENDPOINT_URL.
    QString pythonPath() const { return root + QStringLiteral("/python"); }
    // Jupyter's cookie secret, 0600.
    QString cookieSecretFile() const { return root + QStringLiteral("/jupyter_cookie_secret"); }

    // Writes `contents` atomically, readable by the owner only (plus `extra`): the cookie secret and
    // lifecycle scripts must never be world-readable, not even for a moment.
    static bool writePrivateFile(const QString& path, const QByteArray& contents,
                                 QFileDevice::Permissions extra = {});
};

} // namespace SageDesk::Local
