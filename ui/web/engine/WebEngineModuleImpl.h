#pragma once

#include "web/JupyterViewApi.h"

#include <QHash>
#include <QObject>

#include <memory>

class QWebEngineDownloadRequest;
class QWebEnginePage;
class QWebEngineProfile;

namespace SageDesk::Ui::Web {

// The module behind WebEngineModule: one persistent profile per account (its own storage folder,
// so cookies are never shared between accounts), the downloads of its pages, the warm-up page.
class WebEngineModuleImpl final : public QObject, public WebEngineModule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebEngineModuleImpl)

public:
    WebEngineModuleImpl();
    ~WebEngineModuleImpl() override;

    JupyterView* createView(const QString& account, const QString& storageDir, QWidget* parent) override;
    void warmUp(const QString& account, const QString& storageDir) override;
    void clearBrowsingData(const QStringList& storageDirs) override;
    void setSavePathChooser(std::function<QString(const QString&)> chooser) override;

private:
    struct Account;
    Account& account(const QString& key, const QString& storageDir);
    void download(QWebEngineDownloadRequest* request);
    static void releaseProfiles();

    QHash<QString, std::shared_ptr<Account>> m_accounts;
    std::function<QString(const QString&)> m_chooser;
    bool m_releaseAdded = false;
};

} // namespace SageDesk::Ui::Web
