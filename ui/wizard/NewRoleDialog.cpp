#include "wizard/NewRoleDialog.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/S3Client.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace SageDesk::Ui {

NewRoleDialog::NewRoleDialog(Aws::AwsClientContext* context, const Aws::S3Access& initial, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_specific(new QRadioButton(tr("&Specific S3 buckets")))
    , m_any(new QRadioButton(tr("&Any S3 bucket")))
    , m_none(new QRadioButton(tr("&None")))
    , m_buckets(new QLineEdit)
    , m_list(new QListWidget)
    , m_issue(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Create an IAM role"));
    setObjectName(QStringLiteral("newRoleDialog"));
    const auto name = [](QWidget* widget, const QString& objectName, const QString& accessible) {
        widget->setObjectName(objectName);
        widget->setAccessibleName(accessible);
    };
    name(m_specific, QStringLiteral("specificBucketsButton"), tr("Specific S3 buckets"));
    name(m_any, QStringLiteral("anyBucketButton"), tr("Any S3 bucket"));
    name(m_none, QStringLiteral("noBucketButton"), tr("No S3 buckets"));
    name(m_buckets, QStringLiteral("bucketsEdit"), tr("Bucket names, separated by commas"));
    name(m_list, QStringLiteral("bucketList"), tr("Buckets of this account"));
    name(m_issue, QStringLiteral("bucketIssue"), tr("Bucket name problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create role"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create role"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* group = new QButtonGroup(this);
    for (QRadioButton* button : {m_specific, m_any, m_none}) {
        group->addButton(button);
    }
    m_buckets->setPlaceholderText(tr("e.g. team-data, team-models"));
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setWordWrap(true);
    auto* note = new QLabel(tr("The role can also use any bucket with \"sagemaker\" in its name, through the "
                               "AmazonSageMakerFullAccess policy."));
    note->setWordWrap(true);
    auto* heading = new QLabel(tr("S3 buckets you specify \u2013 optional"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_specific);
    layout->addWidget(m_buckets);
    layout->addWidget(m_list);
    layout->addWidget(m_issue);
    layout->addWidget(m_any);
    layout->addWidget(m_none);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    switch (initial.kind) {
    case Aws::S3Access::Kind::Specific:
        m_specific->setChecked(true);
        m_buckets->setText(initial.buckets.join(QStringLiteral(", ")));
        break;
    case Aws::S3Access::Kind::Any:
        m_any->setChecked(true);
        break;
    case Aws::S3Access::Kind::None:
        m_specific->setChecked(true); // the console's default choice
        break;
    }
    connect(group, &QButtonGroup::buttonToggled, this, &NewRoleDialog::update);
    connect(m_buckets, &QLineEdit::textChanged, this, &NewRoleDialog::update);
    connect(m_list, &QListWidget::itemChanged, this, &NewRoleDialog::syncFromList);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->addItem(tr("Loading buckets\u2026"));
    update();
    loadBuckets();
}

void NewRoleDialog::loadBuckets()
{
    if (!m_context) {
        return;
    }
    Aws::S3Client(m_context).listBuckets().then(
        this, [this](const Aws::AwsResult<QList<Aws::S3Bucket>>& buckets) {
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            if (!buckets) {
                m_list->addItem(tr("Could not list buckets (type their names): %1")
                                    .arg(buckets.error().toDisplayString()));
                return;
            }
            const QStringList typed = Aws::S3Access::parse(m_buckets->text()).buckets;
            for (const Aws::S3Bucket& bucket : buckets.value()) {
                auto* item = new QListWidgetItem(bucket.name, m_list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(typed.contains(bucket.name) ? Qt::Checked : Qt::Unchecked);
            }
            if (buckets->isEmpty()) {
                m_list->addItem(tr("No buckets in this account"));
            }
            update();
        });
}

// Ticking a listed bucket adds it to the typed names (and unticking removes it), so the one
// field always holds the whole choice.
void NewRoleDialog::syncFromList()
{
    QStringList names = Aws::S3Access::parse(m_buckets->text()).buckets;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable)) {
            continue;
        }
        if (item->checkState() == Qt::Checked && !names.contains(item->text())) {
            names.append(item->text());
        } else if (item->checkState() == Qt::Unchecked) {
            names.removeAll(item->text());
        }
    }
    names.removeAll(QString());
    m_buckets->setText(names.join(QStringLiteral(", ")));
}

void NewRoleDialog::update()
{
    const bool specific = m_specific->isChecked();
    m_buckets->setEnabled(specific);
    m_list->setEnabled(specific);
    std::optional<ValidationIssue> issue;
    if (specific) {
        const Aws::S3Access access = Aws::S3Access::parse(m_buckets->text(), &issue);
        if (access.kind != Aws::S3Access::Kind::Specific && !issue) {
            issue = ValidationIssue{QStringLiteral("S3Buckets"), tr("Name at least one bucket.")};
        }
    }
    m_issue->setText(issue ? issue->message : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!issue);
}

Aws::S3Access NewRoleDialog::access() const
{
    if (m_any->isChecked()) {
        return Aws::S3Access::any();
    }
    if (m_none->isChecked()) {
        return Aws::S3Access::none();
    }
    return Aws::S3Access::parse(m_buckets->text());
}

} // namespace SageDesk::Ui
