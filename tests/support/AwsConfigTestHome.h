#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// A temporary HOME with an empty ~/.aws, and no AWS_* variables, for as long as it lives; the
// previous HOME and AWS_* variables come back afterwards.
class AwsConfigTestHome final
{
public:
    AwsConfigTestHome()
    {
        m_saved.insert("HOME", qgetenv("HOME"));
        for (const QString& name : QProcessEnvironment::systemEnvironment().keys()) {
            if (name.startsWith(QLatin1String("AWS_"))) {
                m_saved.insert(name.toLatin1(), qgetenv(name.toLatin1().constData()));
                qunsetenv(name.toLatin1().constData());
            }
        }
        qputenv("HOME", m_dir.path().toLocal8Bit());
        QDir(m_dir.path()).mkpath(QStringLiteral(".aws"));
    }
    ~AwsConfigTestHome()
    {
        for (const QByteArray& name : m_set) {
            if (!m_saved.contains(name)) {
                qunsetenv(name.constData());
            }
        }
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            qputenv(it.key().constData(), it.value());
        }
    }
    AwsConfigTestHome(const AwsConfigTestHome&) = delete;
    AwsConfigTestHome& operator=(const AwsConfigTestHome&) = delete;

    QString path() const { return m_dir.path(); }
    QString awsPath(const QString& name) const { return m_dir.path() + QStringLiteral("/.aws/") + name; }

    void write(const QString& path, const QByteArray& text) const
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text);
    }
    void writeConfig(const QByteArray& text) const { write(awsPath(QStringLiteral("config")), text); }
    void writeCredentials(const QByteArray& text) const
    {
        write(awsPath(QStringLiteral("credentials")), text);
    }

    void setEnv(const QByteArray& name, const QByteArray& value)
    {
        m_set.append(name);
        qputenv(name.constData(), value);
    }

private:
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_saved;
    QList<QByteArray> m_set;
};
