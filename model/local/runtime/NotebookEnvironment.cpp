#include "local/runtime/NotebookEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace SageDesk::Local::NotebookEnvironment {

namespace {

// Imported by every Python of the instance (it is first on PYTHONPATH). botocore before 1.31 (Debian's
// boto3 1.26, and the aws CLI 2.9's own copy in awscli.botocore) ignores AWS_ENDPOINT_URL, so the
// Session.create_client of both is wrapped, once the module is loaded, to use it when the caller
// names no endpoint. Newer botocore reads the variable itself; the wrap then passes the same value.
// Nothing is imported eagerly: a Python that never loads botocore pays for one finder. The
// sitecustomize this one shadows (Debian's) is run afterwards.
constexpr auto kSiteCustomize = R"PY(# Written by sagedesk-local for a local notebook instance.
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys

_SESSIONS = ("botocore.session", "awscli.botocore.session")


def _wrap(session_class):
    original = session_class.create_client
    if getattr(original, "_sagedesk_endpoint", False):
        return

    def create_client(self, service_name, *args, **kwargs):
        endpoint = os.environ.get("AWS_ENDPOINT_URL")
        if endpoint and len(args) < 5 and kwargs.get("endpoint_url") is None:
            kwargs["endpoint_url"] = endpoint
        return original(self, service_name, *args, **kwargs)

    create_client._sagedesk_endpoint = True
    session_class.create_client = create_client


class _Loader(importlib.abc.Loader):
    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        _wrap(module.Session)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in _SESSIONS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


sys.meta_path.insert(0, _Finder())


def _chain():
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        if not entry or os.path.abspath(entry) == here:
            continue
        candidate = os.path.join(entry, "sitecustomize.py")
        if os.path.isfile(candidate):
            spec = importlib.util.spec_from_file_location("_sagedesk_next_sitecustomize", candidate)
            try:
                spec.loader.exec_module(importlib.util.module_from_spec(spec))
            except Exception:
                pass
            return


_chain()
)PY";

bool writeFile(const QString& path, const QByteArray& contents, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        return false;
    }
    return file.setPermissions(permissions);
}

QByteArray newToken()
{
    QList<quint32> words(8);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QByteArray(reinterpret_cast<const char*>(words.constData()),
                      static_cast<qsizetype>(words.size() * sizeof(quint32)))
        .toHex();
}

} // namespace

bool prepareFiles(const InstanceFolder& folder, QString* failure)
{
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const bool written = QDir().mkpath(QFileInfo(folder.awsConfigFile()).path()) &&
                         QDir().mkpath(folder.pythonPath()) && writeFile(folder.awsConfigFile(), {}, owner) &&
                         writeFile(folder.awsCredentialsFile(), {}, owner) &&
                         writeFile(folder.pythonPath() + QStringLiteral("/sitecustomize.py"),
                                   QByteArray(kSiteCustomize), owner | QFileDevice::ReadGroup) &&
                         InstanceFolder::writePrivateFile(folder.credentialsTokenFile(), newToken());
    if (!written) {
        *failure = QStringLiteral("The AWS settings of the notebook instance could not be written.");
    }
    return written;
}

QProcessEnvironment build(const QProcessEnvironment& base, const InstanceFolder& folder,
                          const NotebookRuntimeSpec& spec)
{
    if (spec.credentialsUrl.isEmpty()) {
        return base;
    }
    QProcessEnvironment environment;
    for (const QString& name : base.keys()) {
        if (!name.startsWith(QLatin1String("AWS_"), Qt::CaseInsensitive)) {
            environment.insert(name, base.value(name));
        }
    }
    QFile tokenFile(folder.credentialsTokenFile());
    const QString token =
        tokenFile.open(QIODevice::ReadOnly) ? QString::fromLatin1(tokenFile.readAll().trimmed()) : QString();
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), spec.region);
    environment.insert(QStringLiteral("AWS_REGION"), spec.region);
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), spec.endpointUrl);
    environment.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), spec.credentialsUrl);
    environment.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), token);
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), folder.awsConfigFile());
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), folder.awsCredentialsFile());
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    const QString pythonPath = base.value(QStringLiteral("PYTHONPATH"));
    environment.insert(QStringLiteral("PYTHONPATH"),
                       pythonPath.isEmpty() ? folder.pythonPath()
                                            : folder.pythonPath() + QDir::listSeparator() + pythonPath);
    return environment;
}

} // namespace SageDesk::Local::NotebookEnvironment
