#include "wizard/WizardPages.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/Ec2Client.h"
#include "aws/services/IamClient.h"
#include "aws/services/KmsClient.h"
#include "aws/services/SageMakerClient.h"
#include "console/models/PriceCatalog.h"
#include "domain/InstanceTypeCatalog.h"
#include "domain/PlatformCatalog.h"
#include "instances/LifecycleLogLink.h"
#include "wizard/CreateWizard.h"
#include "wizard/NewRoleDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

// Every control gets an accessible name (screen readers) and an object name (tests).
template <typename W>
W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel* warningLabel(const QString& objectName, const QString& accessibleName)
{
    auto* label = named(new QLabel, objectName, accessibleName);
    // Warnings quote AWS's messages and what was typed: plain text, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit* scriptEditor(const QString& objectName, const QString& accessibleName)
{
    auto* edit = named(new QPlainTextEdit, objectName, accessibleName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(QStringLiteral("#!/bin/bash\nset -e\n"));
    return edit;
}

QString issueText(const std::optional<ValidationIssue>& issue)
{
    return issue ? issue->message : QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Notebook instance settings

SettingsPage::SettingsPage(Aws::AwsClientContext* context, const QString& region, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_name(named(new QLineEdit, QStringLiteral("nameEdit"), tr("Notebook instance name")))
    , m_nameIssue(warningLabel(QStringLiteral("nameIssue"), tr("Notebook instance name problem")))
    , m_type(named(new QComboBox, QStringLiteral("instanceTypeBox"), tr("Notebook instance type")))
    , m_platform(named(new QComboBox, QStringLiteral("platformBox"), tr("Platform identifier")))
    , m_platformWarning(warningLabel(QStringLiteral("platformWarning"), tr("Platform warning")))
    , m_volume(named(new QSpinBox, QStringLiteral("volumeBox"), tr("Volume size in GB")))
    , m_imds(named(new QComboBox, QStringLiteral("imdsBox"), tr("Minimum IMDS version")))
    , m_ipAddressType(named(new QComboBox, QStringLiteral("ipAddressTypeBox"), tr("IP address type")))
    , m_lifecycleMode(named(new QComboBox, QStringLiteral("lifecycleModeBox"), tr("Lifecycle configuration")))
    , m_lifecycleStack(new QStackedWidget)
    , m_existingLifecycle(named(new QComboBox, QStringLiteral("existingLifecycleBox"),
                                tr("Existing lifecycle configuration")))
    , m_newLifecycleName(named(new QLineEdit, QStringLiteral("newLifecycleNameEdit"),
                               tr("New lifecycle configuration name")))
    , m_onCreate(scriptEditor(QStringLiteral("onCreateEdit"), tr("Start notebook script (OnCreate)")))
    , m_onStart(scriptEditor(QStringLiteral("onStartEdit"), tr("Start notebook script (OnStart)")))
    , m_scriptWarnings(warningLabel(QStringLiteral("scriptWarnings"), tr("Lifecycle script warnings")))
{
    setTitle(tr("Notebook instance settings"));
    setSubTitle(tr("Name the instance and choose what it runs on."));

    m_name->setMaxLength(63);
    m_name->setPlaceholderText(tr("e.g. team-notebook"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameIssue, 1);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsPage::updateName);

    fillInstanceTypes(region);
    for (const QString& platform : PlatformCatalog::all()) {
        const bool retired = !PlatformCatalog::isCreatable(platform);
        m_platform->addItem(retired ? tr("%1 (retired)").arg(platform) : platform, platform);
    }
    m_platform->setCurrentIndex(m_platform->findData(PlatformCatalog::defaultPlatform()));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &SettingsPage::updatePlatform);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SettingsPage::updatePlatform);

    m_volume->setRange(5, 16384);
    m_volume->setValue(5);
    m_volume->setSuffix(tr(" GB"));
    // The console's default is version 2 (session tokens only).
    m_imds->addItem(tr("Version 2 (IMDSv2 only)"), QStringLiteral("2"));
    m_imds->addItem(tr("Version 1"), QStringLiteral("1"));
    // The API's IpAddressType enum; left out of the request when it is the default.
    m_ipAddressType->addItem(tr("IPv4 only"), QStringLiteral("ipv4"));
    m_ipAddressType->addItem(tr("Dual stack (IPv4 and IPv6; needs a subnet with IPv6)"),
                             QStringLiteral("dualstack"));

    m_lifecycleMode->addItem(tr("No configuration"));
    m_lifecycleMode->addItem(tr("An existing configuration"));
    m_lifecycleMode->addItem(tr("A new configuration"));
    m_existingLifecycle->addItem(tr("Loading lifecycle configurations\u2026"));
    m_existingLifecycle->setEnabled(false);
    m_newLifecycleName->setMaxLength(63);

    auto* existing = new QWidget;
    auto* existingLayout = new QFormLayout(existing);
    existingLayout->addRow(tr("Configuration:"), m_existingLifecycle);
    auto* created = new QWidget;
    auto* createdLayout = new QFormLayout(created);
    createdLayout->addRow(tr("Configuration name:"), m_newLifecycleName);
    createdLayout->addRow(tr("Create notebook (OnCreate):"), m_onCreate);
    createdLayout->addRow(tr("Start notebook (OnStart):"), m_onStart);
    createdLayout->addRow(m_scriptWarnings);
    createdLayout->addRow(new LifecycleLogLink(context, [this] { return m_name->text(); }));
    m_lifecycleStack->addWidget(new QWidget);
    m_lifecycleStack->addWidget(existing);
    m_lifecycleStack->addWidget(created);
    connect(m_lifecycleMode, &QComboBox::currentIndexChanged, this, &SettingsPage::updateLifecycle);
    connect(m_existingLifecycle, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_newLifecycleName, &QLineEdit::textChanged, this, &SettingsPage::updateLifecycle);
    connect(m_onCreate, &QPlainTextEdit::textChanged, this, &SettingsPage::updateLifecycle);
    connect(m_onStart, &QPlainTextEdit::textChanged, this, &SettingsPage::updateLifecycle);

    m_form = new QFormLayout;
    auto* form = m_form;
    form->addRow(tr("Na&me:"), nameRow);
    form->addRow(tr("Instance &type:"), m_type);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(QString(), m_platformWarning);
    form->addRow(tr("&Volume size:"), m_volume);
    form->addRow(tr("Minimum &IMDS version:"), m_imds);
    form->addRow(tr("IP &address type:"), m_ipAddressType);
    // Not part of completeness, but the wizard saves its draft on completeChanged.
    connect(m_volume, &QSpinBox::valueChanged, this, &QWizardPage::completeChanged);
    connect(m_imds, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_ipAddressType, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    form->addRow(tr("&Lifecycle configuration:"), m_lifecycleMode);
    static_cast<QLabel*>(form->labelForField(nameRow))->setBuddy(m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lifecycleStack, 1);

    updateName();
    updatePlatform();
    updateLifecycle();
    loadLifecycleConfigs();
}

// Grouped by family (a disabled heading each), with the hourly price where the catalog knows it.
void SettingsPage::fillInstanceTypes(const QString& region)
{
    const PriceCatalog prices = PriceCatalog::load();
    auto* model = new QStandardItemModel(m_type);
    QString family;
    for (const QString& type : InstanceTypeCatalog::all()) {
        if (InstanceTypeCatalog::family(type) != family) {
            family = InstanceTypeCatalog::family(type);
            auto* heading = new QStandardItem(tr("%1 family").arg(family));
            heading->setFlags(Qt::NoItemFlags);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            model->appendRow(heading);
        }
        const auto price = prices.hourlyPrice(region, type);
        const auto spec = prices.spec(type);
        QStringList parts{type};
        if (spec) {
            parts << tr("%1 vCPU").arg(spec->vcpu)
                  << tr("%1 GiB").arg(QLocale().toString(spec->memoryGiB, 'g', 4));
        }
        parts << (price ? tr("%1 %2 per hour").arg(QLocale().toString(*price, 'f', 3), prices.currency())
                        : tr("price not in the catalog"));
        auto* item = new QStandardItem(parts.join(QStringLiteral(" \u2014 ")));
        item->setData(type, Qt::UserRole);
        model->appendRow(item);
    }
    m_type->setModel(model);
    m_type->setCurrentIndex(m_type->findData(InstanceTypeCatalog::defaultInstanceType()));
}

void SettingsPage::loadLifecycleConfigs()
{
    if (!m_context) {
        return;
    }
    Aws::ListNotebookInstanceLifecycleConfigsRequest request;
    request.maxResults = 100;
    Aws::SageMakerClient(m_context).listNotebookInstanceLifecycleConfigs(request).then(
        this, [this](const Aws::AwsResult<Aws::NotebookInstanceLifecycleConfigPage>& page) {
            m_existingLifecycle->clear();
            if (!page) {
                m_existingLifecycle->addItem(
                    tr("Could not list configurations: %1").arg(page.error().toDisplayString()));
                m_lifecyclesLoaded = true;
                selectPendingLifecycle();
                return;
            }
            for (const auto& config : page->configs) {
                m_existingLifecycle->addItem(config.notebookInstanceLifecycleConfigName,
                                             config.notebookInstanceLifecycleConfigName);
            }
            if (page->configs.isEmpty()) {
                m_existingLifecycle->addItem(tr("No lifecycle configurations in this region"));
            }
            m_existingLifecycle->setEnabled(!page->configs.isEmpty());
            m_lifecyclesLoaded = true;
            selectPendingLifecycle();
            updateLifecycle(); // a new name may now turn out to be taken
        });
}

// CreateNotebookInstanceLifecycleConfig refuses a name that exists; say so before the create does.
bool SettingsPage::newLifecycleNameTaken() const
{
    const QString name = m_newLifecycleName->text();
    return !name.isEmpty() && m_existingLifecycle->findData(name) >= 0;
}

void SettingsPage::updateName()
{
    const auto issue = Validation::notebookInstanceName(m_name->text());
    m_nameIssue->setText(m_name->text().isEmpty() ? tr("Required.") : issueText(issue));
    emit completeChanged();
}

// Retired platforms and unsuitable types are warnings: the person may know better, and the
// validator still refuses exactly what AWS refuses.
void SettingsPage::updatePlatform()
{
    const QString platform = m_platform->currentData().toString();
    QStringList warnings;
    if (!PlatformCatalog::isCreatable(platform) && (!m_updatedPlatform || platform != *m_updatedPlatform)) {
        warnings << tr("AWS no longer creates instances on %1; choose %2.")
                        .arg(platform, PlatformCatalog::defaultPlatform());
    }
    if (const auto issue =
            Validation::platformSupportsInstanceType(platform, m_type->currentData().toString())) {
        warnings << issue->message;
    }
    m_platformWarning->setText(warnings.join(QLatin1Char('\n')));
    m_platformWarning->setVisible(!warnings.isEmpty());
    emit completeChanged();
}

QStringList SettingsPage::scriptWarningsFor(const QString& field, const QByteArray& script)
{
    QStringList warnings;
    if (script.isEmpty()) {
        return warnings;
    }
    if (!script.startsWith("#!")) {
        warnings << tr("%1: the script has no shebang line (e.g. #!/bin/bash).").arg(field);
    }
    for (const ValidationIssue& issue : Validation::lifecycleScript(field, script)) {
        warnings << issue.message;
    }
    return warnings;
}

void SettingsPage::updateLifecycle()
{
    m_lifecycleStack->setCurrentIndex(m_lifecycleMode->currentIndex());
    QStringList warnings;
    if (m_lifecycleMode->currentIndex() == int(CreateChoices::Lifecycle::New)) {
        if (const auto issue = Validation::lifecycleConfigName(
                m_newLifecycleName->text(), true, QStringLiteral("NotebookInstanceLifecycleConfigName"))) {
            warnings << issue->message;
        } else if (newLifecycleNameTaken()) {
            warnings << tr("NotebookInstanceLifecycleConfigName: a configuration named %1 already exists in "
                           "this region; choose it under \"An existing configuration\" or pick another name.")
                            .arg(m_newLifecycleName->text());
        }
        warnings << scriptWarningsFor(QStringLiteral("OnCreate"), m_onCreate->toPlainText().toUtf8());
        warnings << scriptWarningsFor(QStringLiteral("OnStart"), m_onStart->toPlainText().toUtf8());
        if (m_onCreate->toPlainText().isEmpty() && m_onStart->toPlainText().isEmpty()) {
            warnings << tr("Write an OnCreate or an OnStart script.");
        }
    }
    m_scriptWarnings->setText(warnings.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool SettingsPage::isComplete() const
{
    if (Validation::notebookInstanceName(m_name->text()) || m_name->text().isEmpty()) {
        return false;
    }
    switch (CreateChoices::Lifecycle(m_lifecycleMode->currentIndex())) {
    case CreateChoices::Lifecycle::None:
        return true;
    case CreateChoices::Lifecycle::Existing:
        return !chosenLifecycle().isEmpty();
    case CreateChoices::Lifecycle::New: {
        // A missing shebang is only a warning; CRLF, size and the name are refusals.
        const QByteArray onCreate = m_onCreate->toPlainText().toUtf8();
        const QByteArray onStart = m_onStart->toPlainText().toUtf8();
        return !Validation::lifecycleConfigName(m_newLifecycleName->text(), true) &&
               !newLifecycleNameTaken() && (!onCreate.isEmpty() || !onStart.isEmpty()) &&
               (onCreate.isEmpty() ||
                Validation::lifecycleScript(QStringLiteral("OnCreate"), onCreate).isEmpty()) &&
               (onStart.isEmpty() ||
                Validation::lifecycleScript(QStringLiteral("OnStart"), onStart).isEmpty());
    }
    }
    return false;
}

void SettingsPage::apply(CreateChoices& choices) const
{
    choices.instance.notebookInstanceName = m_name->text();
    choices.instance.instanceType = m_type->currentData().toString();
    choices.instance.platformIdentifier = m_platform->currentData().toString();
    choices.instance.volumeSizeInGB = m_volume->value();
    choices.instance.minimumInstanceMetadataServiceVersion = m_imds->currentData().toString();
    const QString ipAddressType = m_ipAddressType->currentData().toString();
    choices.instance.ipAddressType = ipAddressType == QLatin1String("ipv4") ? QString() : ipAddressType;
    choices.lifecycle = CreateChoices::Lifecycle(m_lifecycleMode->currentIndex());
    choices.instance.lifecycleConfigName =
        choices.lifecycle == CreateChoices::Lifecycle::Existing ? chosenLifecycle() : QString();
    choices.newLifecycleConfigName = m_newLifecycleName->text();
    choices.onCreate = m_onCreate->toPlainText().toUtf8();
    choices.onStart = m_onStart->toPlainText().toUtf8();
}

// A restored configuration that the list lacks (deleted since) stays what the instance or draft
// names: AWS, not a silent switch to another configuration, answers for it.
void SettingsPage::selectPendingLifecycle()
{
    if (m_pendingLifecycle.isEmpty() || !m_lifecyclesLoaded) {
        return;
    }
    if (m_existingLifecycle->findData(m_pendingLifecycle) < 0) {
        m_existingLifecycle->addItem(m_pendingLifecycle, m_pendingLifecycle);
        m_existingLifecycle->setEnabled(true);
    }
    m_existingLifecycle->setCurrentIndex(m_existingLifecycle->findData(m_pendingLifecycle));
}

// While the list loads (or when it could not), the configuration restored is still the choice.
QString SettingsPage::chosenLifecycle() const
{
    const QString listed = m_existingLifecycle->currentData().toString();
    return listed.isEmpty() ? m_pendingLifecycle : listed;
}

void SettingsPage::restore(const CreateChoices& choices)
{
    const CreateNotebookInstanceRequest& r = choices.instance;
    m_name->setText(r.notebookInstanceName);
    if (m_type->findData(r.instanceType) < 0 && !r.instanceType.isEmpty()) {
        m_type->addItem(r.instanceType, r.instanceType); // a type newer than the catalog
    }
    if (const int type = m_type->findData(r.instanceType); type >= 0) {
        m_type->setCurrentIndex(type);
    }
    if (const int platform = m_platform->findData(r.platformIdentifier); platform >= 0) {
        m_platform->setCurrentIndex(platform);
    }
    m_volume->setValue(r.volumeSizeInGB);
    if (const int imds = m_imds->findData(r.minimumInstanceMetadataServiceVersion); imds >= 0) {
        m_imds->setCurrentIndex(imds);
    }
    m_ipAddressType->setCurrentIndex(std::max(0, m_ipAddressType->findData(r.ipAddressType)));
    m_lifecycleMode->setCurrentIndex(int(choices.lifecycle));
    m_pendingLifecycle =
        choices.lifecycle == CreateChoices::Lifecycle::Existing ? r.lifecycleConfigName : QString();
    selectPendingLifecycle();
    m_newLifecycleName->setText(choices.newLifecycleConfigName);
    m_onCreate->setPlainText(QString::fromUtf8(choices.onCreate));
    m_onStart->setPlainText(QString::fromUtf8(choices.onStart));
}

void SettingsPage::useForUpdate(const QString& currentPlatform)
{
    if (!m_updatedPlatform) {
        m_form->setRowVisible(0, false); // the name: an instance is never renamed
        m_lifecycleMode->removeItem(int(CreateChoices::Lifecycle::New));
    }
    m_updatedPlatform = currentPlatform;
    updatePlatform();
}

// ---------------------------------------------------------------------------------------------
// Permissions and encryption

PermissionsPage::PermissionsPage(Aws::AwsClientContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_roleMode(named(new QComboBox, QStringLiteral("roleModeBox"), tr("IAM role")))
    , m_roleStack(new QStackedWidget)
    , m_roles(named(new QComboBox, QStringLiteral("rolesBox"), tr("Existing IAM role")))
    , m_newRoleButton(named(new QPushButton(tr("Create a new role\u2026")), QStringLiteral("newRoleButton"),
                            tr("Create a new role")))
    , m_newRoleSummary(warningLabel(QStringLiteral("newRoleSummary"), tr("New role summary")))
    , m_customArn(named(new QLineEdit, QStringLiteral("customArnEdit"), tr("Custom IAM role ARN")))
    , m_arnIssue(warningLabel(QStringLiteral("arnIssue"), tr("Role ARN problem")))
    , m_rootAccess(named(new QCheckBox(tr("Give users &root access to the notebook")),
                         QStringLiteral("rootAccessBox"), tr("Root access")))
    , m_kmsKey(named(new QComboBox, QStringLiteral("kmsKeyBox"), tr("Encryption key")))
    , m_kmsIssue(warningLabel(QStringLiteral("kmsIssue"), tr("Encryption key problem")))
{
    setTitle(tr("Permissions and encryption"));
    setSubTitle(tr("The IAM role the notebook instance works with."));

    m_roleMode->addItem(tr("Use an existing role"), int(ExistingRole));
    m_roleMode->addItem(tr("Create a new role"), int(NewRole));
    m_roleMode->addItem(tr("Enter a custom IAM role ARN"), int(CustomArn));
    m_roles->addItem(tr("Loading roles\u2026"));
    m_roles->setEnabled(false);
    m_customArn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/service-role/MyRole"));
    m_rootAccess->setChecked(true);

    auto* existing = new QWidget;
    (new QFormLayout(existing))->addRow(tr("Role:"), m_roles);
    auto* created = new QWidget;
    auto* createdLayout = new QVBoxLayout(created);
    createdLayout->addWidget(m_newRoleButton, 0, Qt::AlignLeft);
    createdLayout->addWidget(m_newRoleSummary);
    auto* custom = new QWidget;
    auto* customLayout = new QFormLayout(custom);
    customLayout->addRow(tr("Role ARN:"), m_customArn);
    customLayout->addRow(QString(), m_arnIssue);
    m_roleStack->addWidget(existing);
    m_roleStack->addWidget(created);
    m_roleStack->addWidget(custom);

    auto* form = new QFormLayout;
    form->addRow(tr("&IAM role:"), m_roleMode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_roleStack);
    layout->addWidget(m_rootAccess);
    m_keyForm = new QFormLayout;
    auto* keyForm = m_keyForm;
    keyForm->addRow(tr("&Encryption key:"), m_kmsKey);
    keyForm->addRow(QString(), m_kmsIssue);
    layout->addLayout(keyForm);
    layout->addStretch(1);
    m_kmsKey->setEditable(true);
    m_kmsKey->setInsertPolicy(QComboBox::NoInsert);
    m_kmsKey->lineEdit()->setAccessibleName(tr("Encryption key"));
    m_kmsKey->lineEdit()->setPlaceholderText(tr("No custom encryption (AWS managed key)"));
    connect(m_kmsKey, &QComboBox::currentTextChanged, this, [this] {
        m_kmsIssue->setText(issueText(Validation::kmsKeyId(kmsKeyId())));
        emit completeChanged();
    });

    connect(m_roleMode, &QComboBox::currentIndexChanged, this, &PermissionsPage::updateMode);
    connect(m_roles, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_newRoleButton, &QPushButton::clicked, this, &PermissionsPage::openNewRoleDialog);
    connect(m_customArn, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_arnIssue->setText(issueText(Validation::roleArn(text)));
        emit completeChanged();
    });
    updateMode();
    loadRoles();
    loadKeys();
}

// The aliases are offered, but a key id or ARN may be typed: ListAliases needs its own permission.
void PermissionsPage::loadKeys()
{
    if (!m_context) {
        return;
    }
    Aws::KmsClient(m_context).listAliases().then(
        this, [this](const Aws::AwsResult<QList<Aws::KmsAlias>>& aliases) {
            if (!aliases) {
                m_kmsKey->setToolTip(
                    tr("Could not list KMS aliases: %1").arg(aliases.error().toDisplayString()));
                return;
            }
            const QString typed = m_kmsKey->currentText();
            for (const Aws::KmsAlias& alias : aliases.value()) {
                // AWS managed aliases (alias/aws/...) cannot encrypt a notebook volume of yours.
                if (!alias.targetKeyId.isEmpty() &&
                    !alias.aliasName.startsWith(QLatin1String("alias/aws/"))) {
                    m_kmsKey->addItem(alias.aliasName, alias.targetKeyId);
                }
            }
            m_kmsKey->setEditText(typed);
        });
}

QString PermissionsPage::kmsKeyId() const
{
    const QString text = m_kmsKey->currentText().trimmed();
    const int index = m_kmsKey->findText(text);
    // A chosen alias sends its key id; anything typed is sent as typed.
    return index >= 0 && !m_kmsKey->itemData(index).toString().isEmpty()
               ? m_kmsKey->itemData(index).toString()
               : text;
}

bool PermissionsPage::sageMakerMayAssume(const QString& trustPolicy)
{
    const QJsonObject policy = QJsonDocument::fromJson(trustPolicy.toUtf8()).object();
    const QJsonValue statementValue = policy.value(QLatin1String("Statement"));
    const QJsonArray statements =
        statementValue.isArray() ? statementValue.toArray() : QJsonArray{statementValue.toObject()};
    const auto contains = [](const QJsonValue& value, const QString& wanted) {
        if (value.isArray()) {
            return value.toArray().contains(QJsonValue(wanted));
        }
        return value.toString() == wanted;
    };
    for (const QJsonValue& value : statements) {
        const QJsonObject statement = value.toObject();
        if (statement.value(QLatin1String("Effect")).toString() == QLatin1String("Allow") &&
            contains(statement.value(QLatin1String("Action")), QStringLiteral("sts:AssumeRole")) &&
            contains(statement.value(QLatin1String("Principal")).toObject().value(QLatin1String("Service")),
                     QStringLiteral("sagemaker.amazonaws.com"))) {
            return true;
        }
    }
    return false;
}

void PermissionsPage::loadRoles()
{
    if (!m_context) {
        return;
    }
    Aws::IamClient(m_context).listRoles().then(
        this, [this](const Aws::AwsResult<QList<Aws::IamRole>>& roles) {
            m_roles->clear();
            m_rolesLoaded = true;
            if (!roles) {
                m_roles->addItem(tr("Could not list roles: %1").arg(roles.error().toDisplayString()));
                emit completeChanged();
                return;
            }
            int count = 0;
            for (const Aws::IamRole& role : roles.value()) {
                if (sageMakerMayAssume(role.assumeRolePolicyDocument)) {
                    m_roles->addItem(role.roleName, role.arn);
                    ++count;
                }
            }
            if (count == 0) {
                m_roles->addItem(tr("No role that SageMaker may assume; create a new one"));
            }
            m_roles->setEnabled(count > 0);
            selectRestoredRole();
            emit completeChanged();
        });
}

void PermissionsPage::openNewRoleDialog()
{
    auto* dialog = new NewRoleDialog(m_context, m_s3Access.value_or(Aws::S3Access{}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setNewRole(dialog->access()); });
    dialog->open();
}

void PermissionsPage::setNewRole(const Aws::S3Access& access)
{
    m_s3Access = access;
    QString text;
    switch (access.kind) {
    case Aws::S3Access::Kind::None:
        text = tr("A new role with no S3 access beyond buckets with \"sagemaker\" in the name.");
        break;
    case Aws::S3Access::Kind::Any:
        text = tr("A new role with access to any S3 bucket.");
        break;
    case Aws::S3Access::Kind::Specific:
        text = tr("A new role with access to these S3 buckets: %1")
                   .arg(access.buckets.join(QStringLiteral(", ")));
        break;
    }
    m_newRoleSummary->setText(text);
    setRoleMode(NewRole);
    emit completeChanged();
}

PermissionsPage::RoleMode PermissionsPage::roleMode() const
{
    return RoleMode(m_roleMode->currentData().toInt());
}

void PermissionsPage::setRoleMode(RoleMode mode)
{
    m_roleMode->setCurrentIndex(m_roleMode->findData(int(mode)));
}

void PermissionsPage::updateMode()
{
    m_roleStack->setCurrentIndex(roleMode());
    if (roleMode() == NewRole && !m_s3Access) {
        m_newRoleSummary->setText(tr("Choose the S3 buckets the new role may use."));
    }
    emit completeChanged();
}

bool PermissionsPage::isComplete() const
{
    if (Validation::kmsKeyId(kmsKeyId())) {
        return false;
    }
    switch (roleMode()) {
    case ExistingRole:
        return !m_roles->currentData().toString().isEmpty();
    case NewRole:
        return m_s3Access.has_value();
    case CustomArn:
        return !Validation::roleArn(m_customArn->text());
    }
    return false;
}

void PermissionsPage::apply(CreateChoices& choices) const
{
    choices.role = roleMode() == NewRole ? CreateChoices::Role::New : CreateChoices::Role::Existing;
    choices.s3Access = m_s3Access.value_or(Aws::S3Access{});
    choices.instance.roleArn = roleMode() == ExistingRole ? m_roles->currentData().toString()
                               : roleMode() == CustomArn  ? m_customArn->text().trimmed()
                                                          : QString();
    choices.instance.rootAccess =
        m_rootAccess->isChecked() ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    choices.instance.kmsKeyId = kmsKeyId();
}

// A role chosen from the list comes back as its typed ARN: the list is the account's and loads later.
void PermissionsPage::restore(const CreateChoices& choices)
{
    if (choices.role == CreateChoices::Role::New) {
        setRoleMode(NewRole);
        setNewRole(choices.s3Access);
    } else if (!choices.instance.roleArn.isEmpty()) {
        setRoleMode(CustomArn);
        m_customArn->setText(choices.instance.roleArn);
        m_restoredRoleArn = choices.instance.roleArn;
        selectRestoredRole();
    }
    m_rootAccess->setChecked(choices.instance.rootAccess != QLatin1String("Disabled"));
    m_kmsKey->setEditText(choices.instance.kmsKeyId);
}

// The restored ARN is chosen in the list once the list shows it, unless the person typed since.
void PermissionsPage::selectRestoredRole()
{
    const int listed = m_roles->findData(m_restoredRoleArn);
    if (m_restoredRoleArn.isEmpty() || listed < 0 || roleMode() != CustomArn ||
        m_customArn->text().trimmed() != m_restoredRoleArn) {
        return;
    }
    m_roles->setCurrentIndex(listed);
    setRoleMode(ExistingRole);
}

void PermissionsPage::useForUpdate()
{
    m_roleMode->removeItem(m_roleMode->findData(int(NewRole)));
    m_keyForm->setRowVisible(m_kmsKey, false);
    m_keyForm->setRowVisible(m_kmsIssue, false);
    updateMode();
}

// ---------------------------------------------------------------------------------------------
// Network

NetworkPage::NetworkPage(Aws::AwsClientContext* context, bool local, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_vpc(named(new QComboBox, QStringLiteral("vpcBox"), tr("VPC")))
    , m_subnet(named(new QComboBox, QStringLiteral("subnetBox"), tr("Subnet")))
    , m_groups(named(new QListWidget, QStringLiteral("securityGroupList"), tr("Security groups")))
    , m_internet(named(new QComboBox, QStringLiteral("internetBox"), tr("Direct internet access")))
    , m_issue(warningLabel(QStringLiteral("networkIssue"), tr("Network problem")))
{
    setTitle(tr("Network"));
    setSubTitle(tr("Optional: put the notebook instance in one of your VPCs."));
    m_vpc->addItem(tr("No VPC"));
    m_internet->addItem(tr("Enabled \u2014 access the internet through SageMaker"),
                        QStringLiteral("Enabled"));
    m_internet->addItem(tr("Disabled \u2014 only through the VPC"), QStringLiteral("Disabled"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&VPC:"), m_vpc);
    form->addRow(tr("&Subnet:"), m_subnet);
    form->addRow(tr("Security &groups:"), m_groups);
    form->addRow(tr("Direct &internet access:"), m_internet);
    form->addRow(m_issue);
    connect(m_vpc, &QComboBox::currentIndexChanged, this, &NetworkPage::loadVpcDetails);
    connect(m_subnet, &QComboBox::currentIndexChanged, this, &NetworkPage::update);
    connect(m_groups, &QListWidget::itemChanged, this, &NetworkPage::update);
    connect(m_internet, &QComboBox::currentIndexChanged, this, &NetworkPage::update);
    if (local) {
        // sagedesk-local serves no EC2: its instances run on this computer.
        m_vpc->setEnabled(false);
        m_vpc->setToolTip(tr("The local endpoint runs instances on this computer, outside any VPC."));
        m_vpcsLoaded = true;
    } else {
        m_vpc->addItem(tr("Loading VPCs\u2026"));
        loadVpcs();
    }
    loadVpcDetails();
}

void NetworkPage::loadVpcs()
{
    if (!m_context) {
        return;
    }
    Aws::Ec2Client(m_context).describeVpcs().then(this, [this](const Aws::AwsResult<QList<Aws::Vpc>>& vpcs) {
        m_vpcsLoaded = true;
        m_vpc->removeItem(1); // the placeholder
        if (!vpcs) {
            m_vpc->setToolTip(tr("Could not list VPCs: %1").arg(vpcs.error().toDisplayString()));
            return;
        }
        for (const Aws::Vpc& vpc : vpcs.value()) {
            m_vpc->addItem(vpc.name.isEmpty() ? vpc.vpcId : tr("%1 (%2)").arg(vpc.vpcId, vpc.name),
                           vpc.vpcId);
        }
    });
}

void NetworkPage::loadVpcDetails()
{
    const QString vpcId = m_vpc->currentData().toString();
    m_subnet->clear();
    m_groups->clear();
    m_subnet->setEnabled(false);
    m_groups->setEnabled(false);
    if (vpcId.isEmpty() || !m_context) {
        update();
        return;
    }
    m_subnet->addItem(tr("Loading subnets\u2026"));
    m_groups->addItem(tr("Loading security groups\u2026"));
    m_pendingLoads = 2;
    Aws::Ec2Client ec2(m_context);
    ec2.describeSubnets(vpcId).then(this, [this, vpcId](const Aws::AwsResult<QList<Aws::Subnet>>& subnets) {
        if (m_vpc->currentData().toString() != vpcId) {
            return; // another VPC was chosen meanwhile
        }
        --m_pendingLoads;
        m_subnet->clear();
        m_subnet->addItem(tr("Choose a subnet"));
        for (const Aws::Subnet& subnet : subnets.ok() ? subnets.value() : QList<Aws::Subnet>{}) {
            m_subnet->addItem(
                tr("%1 (%2, %3)").arg(subnet.subnetId, subnet.availabilityZone, subnet.cidrBlock),
                subnet.subnetId);
        }
        m_subnet->setEnabled(true);
        update();
    });
    ec2.describeSecurityGroups(vpcId).then(
        this, [this, vpcId](const Aws::AwsResult<QList<Aws::SecurityGroup>>& groups) {
            if (m_vpc->currentData().toString() != vpcId) {
                return;
            }
            --m_pendingLoads;
            const QSignalBlocker blocker(m_groups);
            m_groups->clear();
            for (const Aws::SecurityGroup& group :
                 groups.ok() ? groups.value() : QList<Aws::SecurityGroup>{}) {
                auto* item = new QListWidgetItem(tr("%1 (%2)").arg(group.groupId, group.groupName), m_groups);
                item->setData(Qt::UserRole, group.groupId);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Unchecked);
            }
            m_groups->setEnabled(true);
            update();
        });
    update();
}

QStringList NetworkPage::checkedGroups() const
{
    QStringList ids;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked) {
            ids << m_groups->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

// Disabled internet access without a subnet and more than five groups are refusals, as AWS's;
// security groups without a subnet are only a warning (SageMaker ignores them).
void NetworkPage::update()
{
    CreateChoices choices;
    apply(choices);
    QStringList lines;
    ValidationIssues issues = Validation::securityGroupIds(choices.instance.securityGroupIds);
    if (const auto issue = Validation::directInternetAccess(choices.instance.directInternetAccess,
                                                            choices.instance.subnetId)) {
        issues << *issue;
    }
    if (!issues.isEmpty()) {
        lines << Validation::describe(issues);
    }
    if (!choices.instance.securityGroupIds.isEmpty() && choices.instance.subnetId.isEmpty()) {
        lines << tr("Security groups take effect only with a subnet.");
    }
    m_issue->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool NetworkPage::isComplete() const
{
    CreateChoices choices;
    apply(choices);
    return Validation::securityGroupIds(choices.instance.securityGroupIds).isEmpty() &&
           !Validation::directInternetAccess(choices.instance.directInternetAccess,
                                             choices.instance.subnetId);
}

void NetworkPage::apply(CreateChoices& choices) const
{
    choices.instance.subnetId = m_subnet->currentData().toString();
    choices.instance.securityGroupIds = checkedGroups();
    // Without a VPC the API default (Enabled) applies and nothing is sent.
    choices.instance.directInternetAccess =
        m_vpc->currentData().toString().isEmpty() ? QString() : m_internet->currentData().toString();
}

// ---------------------------------------------------------------------------------------------
// Git repositories

GitPage::GitPage(Aws::AwsClientContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_issue(warningLabel(QStringLiteral("gitIssue"), tr("Git repository problem")))
{
    setTitle(tr("Git repositories"));
    setSubTitle(tr("Optional: repositories cloned into /home/ec2-user/SageMaker, from this account's stored "
                   "repositories or an https:// URL. For a private repository, store it as a code repository "
                   "with a Secrets Manager secret, as AWS advises, rather than a password in the URL."));
    auto* form = new QFormLayout(this);
    for (int i = 0; i <= kAdditional; ++i) {
        const QString label = i == 0 ? tr("Default repository") : tr("Additional repository %1").arg(i);
        auto* box = named(new QComboBox, QStringLiteral("repositoryBox%1").arg(i), label);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setAccessibleName(label);
        box->lineEdit()->setPlaceholderText(tr("None"));
        connect(box, &QComboBox::currentTextChanged, this, &GitPage::update);
        form->addRow(label + QLatin1Char(':'), box);
        m_boxes.append(box);
    }
    form->addRow(m_issue);
    loadRepositories();
}

void GitPage::loadRepositories()
{
    if (!m_context) {
        return;
    }
    Aws::ListCodeRepositoriesRequest request;
    request.maxResults = 100;
    Aws::SageMakerClient(m_context).listCodeRepositories(request).then(
        this, [this](const Aws::AwsResult<Aws::CodeRepositoryPage>& page) {
            if (!page) {
                m_issue->setToolTip(
                    tr("Could not list stored repositories: %1").arg(page.error().toDisplayString()));
                return;
            }
            for (QComboBox* box : std::as_const(m_boxes)) {
                const QString typed = box->currentText();
                for (const Aws::CodeRepository& repository : page->codeRepositories) {
                    box->addItem(repository.codeRepositoryName);
                }
                box->setEditText(typed);
            }
        });
}

ValidationIssues GitPage::issues() const
{
    CreateChoices choices;
    apply(choices);
    ValidationIssues found;
    if (!choices.instance.defaultCodeRepository.isEmpty()) {
        if (const auto issue = Validation::codeRepository(QStringLiteral("DefaultCodeRepository"),
                                                          choices.instance.defaultCodeRepository)) {
            found << *issue;
        }
    }
    found << Validation::additionalCodeRepositories(choices.instance.additionalCodeRepositories);
    return found;
}

void GitPage::update()
{
    QString text = Validation::describe(issues());
    for (const QComboBox* box : std::as_const(m_boxes)) {
        if (!QUrl(box->currentText().trimmed()).password().isEmpty()) {
            text +=
                (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("A password in a repository URL is stored with the instance and shown by Describe. Use "
                   "a code repository with a Secrets Manager secret instead.");
            break;
        }
    }
    m_issue->setText(text);
    emit completeChanged();
}

bool GitPage::isComplete() const
{
    return issues().isEmpty();
}

void GitPage::apply(CreateChoices& choices) const
{
    choices.instance.defaultCodeRepository = m_boxes.first()->currentText().trimmed();
    choices.instance.additionalCodeRepositories.clear();
    for (int i = 1; i < m_boxes.size(); ++i) {
        if (const QString text = m_boxes.at(i)->currentText().trimmed(); !text.isEmpty()) {
            choices.instance.additionalCodeRepositories << text;
        }
    }
}

void GitPage::restore(const CreateChoices& choices)
{
    m_boxes.first()->setEditText(choices.instance.defaultCodeRepository);
    for (int i = 1; i < m_boxes.size(); ++i) {
        m_boxes.at(i)->setEditText(choices.instance.additionalCodeRepositories.value(i - 1));
    }
}

// ---------------------------------------------------------------------------------------------
// Tags

TagsPage::TagsPage(bool local, QWidget* parent)
    : QWizardPage(parent)
    , m_table(named(new QTableWidget(0, 2), QStringLiteral("tagTable"), tr("Tags")))
    , m_add(named(new QPushButton(tr("&Add tag")), QStringLiteral("addTagButton"), tr("Add tag")))
    , m_remove(named(new QPushButton(tr("&Remove tag")), QStringLiteral("removeTagButton"), tr("Remove tag")))
    , m_issues(warningLabel(QStringLiteral("tagIssues"), tr("Tag problems")))
    , m_idleStop(named(new QCheckBox(tr("&Stop when idle for")), QStringLiteral("idleStopBox"),
                       tr("Stop when idle")))
    , m_idleMinutes(named(new QSpinBox, QStringLiteral("idleMinutesBox"), tr("Idle minutes before stopping")))
{
    setTitle(tr("Tags"));
    setSubTitle(tr("At most %1 tags; keys up to 128 characters, values up to 256.").arg(kMaxTags));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_idleMinutes->setRange(10, 1440);
    m_idleMinutes->setValue(60);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setEnabled(false);
    auto* idleNote = warningLabel(QStringLiteral("idleStopNote"), tr("How stop when idle works"));
    idleNote->setText(
        local ? tr("The local endpoint stops the instance itself (the tag %1).").arg(CreatePlan::kIdleStopTag)
              : tr("SageDesk adds an OnStart script that watches the instance's own Jupyter server and "
                   "stops the instance after that many idle minutes; it needs no internet access. A new "
                   "role gets exactly the permission sagemaker:StopNotebookInstance on this instance; an "
                   "existing role must already allow it."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* idle = new QHBoxLayout;
    idle->addWidget(m_idleStop);
    idle->addWidget(m_idleMinutes);
    idle->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_issues);
    layout->addLayout(idle);
    layout->addWidget(idleNote);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addTag({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
        }
        update();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &TagsPage::update);
    connect(m_idleStop, &QCheckBox::toggled, m_idleMinutes, &QWidget::setEnabled);
    update();
}

void TagsPage::addTag(const QString& key, const QString& value)
{
    if (m_table->rowCount() >= kMaxTags) {
        return;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    update();
}

QList<Tag> TagsPage::tags() const
{
    QList<Tag> tags;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty()) {
            tags.append({text(0), text(1)});
        }
    }
    return tags;
}

void TagsPage::update()
{
    m_add->setEnabled(m_table->rowCount() < kMaxTags);
    m_remove->setEnabled(m_table->rowCount() > 0);
    m_issues->setText(Validation::describe(Validation::tags(tags())));
    emit completeChanged();
}

bool TagsPage::isComplete() const
{
    return Validation::tags(tags()).isEmpty();
}

void TagsPage::apply(CreateChoices& choices) const
{
    choices.instance.tags = tags();
    choices.idleStopMinutes = m_idleStop->isChecked() ? m_idleMinutes->value() : 0;
}

void TagsPage::restore(const CreateChoices& choices)
{
    m_table->setRowCount(0);
    for (const Tag& tag : choices.instance.tags) {
        if (tag.key != CreatePlan::kIdleStopTag) {
            addTag(tag.key, tag.value);
        }
    }
    m_idleStop->setChecked(choices.idleStopMinutes > 0);
    if (choices.idleStopMinutes > 0) {
        m_idleMinutes->setValue(choices.idleStopMinutes);
    }
    update();
}

// ---------------------------------------------------------------------------------------------
// Review

ReviewPage::ReviewPage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(named(new QPlainTextEdit, QStringLiteral("summaryView"), tr("Summary of the choices")))
    , m_bodies(named(new QPlainTextEdit, QStringLiteral("bodiesView"), tr("Request bodies")))
    , m_cli(named(new QPlainTextEdit, QStringLiteral("cliView"), tr("AWS CLI commands")))
    , m_copyBodies(named(new QPushButton(tr("Copy &JSON")), QStringLiteral("copyBodiesButton"),
                         tr("Copy the request bodies")))
    , m_copyCli(named(new QPushButton(tr("Copy C&LI")), QStringLiteral("copyCliButton"),
                      tr("Copy the AWS CLI commands")))
    , m_wait(named(new QCheckBox(tr("&Wait until the instance is InService")), QStringLiteral("waitBox"),
                   tr("Wait until InService")))
    , m_issues(warningLabel(QStringLiteral("reviewIssues"), tr("Problems to fix before creating")))
    , m_warnings(warningLabel(QStringLiteral("reviewWarnings"), tr("Warnings")))
    , m_overrideWarnings(named(new QCheckBox(tr("Create &anyway, despite the warnings")),
                               QStringLiteral("overrideWarningsBox"), tr("Create despite the warnings")))
{
    setTitle(tr("Review and create"));
    setSubTitle(tr("These are the exact requests that will be sent, in order."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* view : {m_summary, m_bodies, m_cli}) {
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setTabChangesFocus(true);
    }
    m_bodies->setFont(fixed);
    m_cli->setFont(fixed);
    m_wait->setChecked(true);

    auto* bodiesRow = new QHBoxLayout;
    bodiesRow->addWidget(new QLabel(tr("Request bodies:")), 1);
    bodiesRow->addWidget(m_copyBodies);
    auto* cliRow = new QHBoxLayout;
    cliRow->addWidget(new QLabel(tr("Equivalent aws CLI commands:")), 1);
    cliRow->addWidget(m_copyCli);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_issues);
    layout->addWidget(m_warnings);
    layout->addWidget(m_overrideWarnings);
    layout->addWidget(m_summary, 2);
    layout->addLayout(bodiesRow);
    layout->addWidget(m_bodies, 3);
    layout->addLayout(cliRow);
    layout->addWidget(m_cli, 2);
    layout->addWidget(m_wait);

    connect(m_copyBodies, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_bodies->toPlainText()); });
    connect(m_copyCli, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_cli->toPlainText()); });
    connect(m_wait, &QCheckBox::toggled, this, &ReviewPage::render);
    connect(m_overrideWarnings, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ReviewPage::restore(const CreateChoices& choices)
{
    m_wait->setChecked(choices.waitForInService);
}

bool ReviewPage::waitForInService() const
{
    return m_wait->isChecked();
}

void ReviewPage::initializePage()
{
    auto* owner = qobject_cast<CreateWizard*>(wizard());
    connect(owner, &CreateWizard::identityChanged, this, &ReviewPage::render, Qt::UniqueConnection);
    render();
}

void ReviewPage::render()
{
    auto* owner = qobject_cast<CreateWizard*>(wizard());
    if (!owner) {
        return;
    }
    const CreatePlan plan = owner->plan();
    m_summary->setPlainText(summaryText(plan));
    m_bodies->setPlainText(plan.requestBodiesText());
    m_cli->setPlainText(plan.cliText());
    QStringList problems;
    if (owner->accountId().isEmpty() && plan.createsRole()) {
        problems << tr("Waiting for the account's identity (GetCallerIdentity)\u2026");
    }
    const ValidationIssues issues = plan.issues();
    if (!issues.isEmpty()) {
        problems << Validation::describe(issues);
    }
    m_issues->setText(problems.join(QLatin1Char('\n')));
    m_issues->setVisible(!problems.isEmpty());
    // Unwise but allowed: said in plain words, and the person decides.
    const ValidationIssues warnings = plan.warnings();
    m_warnings->setText(warnings.isEmpty()
                            ? QString()
                            : tr("Warnings (AWS may refuse these):\n%1").arg(Validation::describe(warnings)));
    m_warnings->setVisible(!warnings.isEmpty());
    m_overrideWarnings->setVisible(!warnings.isEmpty());
    m_hasWarnings = !warnings.isEmpty();
    m_ready = problems.isEmpty();
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_ready && (!m_hasWarnings || m_overrideWarnings->isChecked());
}

QString ReviewPage::summaryText(const CreatePlan& plan)
{
    const CreateNotebookInstanceRequest& r = plan.instanceRequest();
    const CreateChoices& c = plan.choices();
    QStringList lines;
    const auto line = [&lines](const QString& field, const QString& value) {
        lines << QStringLiteral("%1: %2").arg(field, value.isEmpty() ? tr("(not set)") : value);
    };
    line(tr("Name"), r.notebookInstanceName);
    line(tr("Instance type"), r.instanceType);
    line(tr("Platform"), r.platformIdentifier);
    line(tr("Volume size"), tr("%1 GB").arg(r.volumeSizeInGB));
    switch (c.lifecycle) {
    case CreateChoices::Lifecycle::None:
        line(tr("Lifecycle configuration"), tr("none"));
        break;
    case CreateChoices::Lifecycle::Existing:
        line(tr("Lifecycle configuration"), r.lifecycleConfigName);
        break;
    case CreateChoices::Lifecycle::New:
        line(tr("Lifecycle configuration"), tr("new: %1").arg(r.lifecycleConfigName));
        break;
    }
    if (plan.createsRole()) {
        QString s3;
        switch (c.s3Access.kind) {
        case Aws::S3Access::Kind::None:
            s3 = tr("none");
            break;
        case Aws::S3Access::Kind::Any:
            s3 = tr("any S3 bucket");
            break;
        case Aws::S3Access::Kind::Specific:
            s3 = c.s3Access.buckets.join(QStringLiteral(", "));
            break;
        }
        line(tr("IAM role"), tr("new: %1").arg(plan.roleName()));
        line(tr("S3 buckets"), s3);
    } else {
        line(tr("IAM role"), r.roleArn);
    }
    line(tr("Root access"), r.rootAccess);
    line(tr("Subnet"), r.subnetId);
    line(tr("Security groups"), r.securityGroupIds.join(QStringLiteral(", ")));
    line(tr("Direct internet access"), r.directInternetAccess);
    line(tr("IP address type"), r.ipAddressType.isEmpty() ? QStringLiteral("ipv4") : r.ipAddressType);
    QStringList repositories = r.additionalCodeRepositories;
    if (!r.defaultCodeRepository.isEmpty()) {
        repositories.prepend(r.defaultCodeRepository);
    }
    line(tr("Git repositories"), repositories.join(QStringLiteral(", ")));
    line(tr("Minimum IMDS version"), r.minimumInstanceMetadataServiceVersion);
    line(tr("Encryption key"), r.kmsKeyId.isEmpty() ? tr("AWS managed key") : r.kmsKeyId);
    QStringList tags;
    for (const Tag& tag : r.tags) {
        tags << QStringLiteral("%1=%2").arg(tag.key, tag.value);
    }
    line(tr("Tags"), tags.join(QStringLiteral(", ")));
    line(tr("Stop when idle"),
         c.idleStopMinutes > 0 ? tr("after %1 minutes").arg(c.idleStopMinutes) : tr("off"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace SageDesk::Ui
