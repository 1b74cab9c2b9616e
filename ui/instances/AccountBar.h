#pragma once

#include "console/ConsoleSession.h"
#include "console/models/RegionCatalog.h"
#include "discovery/ConsoleScope.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace SageDesk::Ui {

// Where the console looks: the profile ("Local (this computer)" or a profile of the shared AWS
// files), the region (every commercial SageMaker region, by name and code), who the caller is
// (GetCallerIdentity) and whether the endpoint answers.
class AccountBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBar)

public:
    explicit AccountBar(QWidget* parent = nullptr);
    ~AccountBar() override;

    void setProfiles(const QStringList& awsProfiles);
    // Local, or the scope's profile ("default" for the environment's keys) and region.
    void select(const ConsoleScope& scope);
    // What the person picked: Local, or a profile in a region.
    ConsoleScope scope() const;
    bool isLocal() const;
    QString profile() const; // empty for Local
    QString region() const;

    void setIdentity(const QString& arn);
    void setConnectionState(ConsoleSession::ConnectionState state, const QDateTime& asOf,
                            const std::optional<Aws::AwsError>& error);
    QString connectionText() const;

    static QString regionLabel(const Region& region);

signals:
    // The person picked another profile or region.
    void choiceChanged();

private:
    QComboBox* m_profile = nullptr;
    QComboBox* m_region = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_connection = nullptr;
    RegionCatalog m_regions;
    bool m_selecting = false;
};

} // namespace SageDesk::Ui
