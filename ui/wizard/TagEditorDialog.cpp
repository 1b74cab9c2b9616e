#include "wizard/TagEditorDialog.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/SageMakerClient.h"
#include "wizard/WizardPages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SageDesk::Ui {

TagEditorDialog::TagEditorDialog(Aws::AwsClientContext* context, const QString& notebookInstanceArn,
                                 QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_arn(notebookInstanceArn)
    , m_page(new TagsPage(true))
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("tagEditorDialog"));
    setWindowTitle(tr("Edit tags of %1").arg(notebookInstanceArn.section(QLatin1Char('/'), -1)));
    // Every tag is a row here, the idle auto-stop tag too: the checkbox belongs to creating.
    for (QWidget* idle :
         {static_cast<QWidget*>(m_page->idleStopBox()), static_cast<QWidget*>(m_page->idleMinutesBox()),
          m_page->findChild<QWidget*>(QStringLiteral("idleStopNote"))}) {
        if (idle) {
            idle->hide();
        }
    }
    m_status->setObjectName(QStringLiteral("tagEditorStatus"));
    m_status->setAccessibleName(tr("Tag editor status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save tags"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TagEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_page, &QWizardPage::completeChanged, this, &TagEditorDialog::updateButtons);
    resize(560, 420);
    load();
}

QStringList TagEditorDialog::removedKeys(const QList<Tag>& before, const QList<Tag>& after)
{
    QStringList keys;
    for (const Tag& tag : before) {
        if (std::none_of(after.cbegin(), after.cend(),
                         [&](const Tag& kept) { return kept.key == tag.key; })) {
            keys << tag.key;
        }
    }
    return keys;
}

QList<Tag> TagEditorDialog::addedOrChanged(const QList<Tag>& before, const QList<Tag>& after)
{
    QList<Tag> tags;
    for (const Tag& tag : after) {
        if (!before.contains(tag)) {
            tags << tag;
        }
    }
    return tags;
}

void TagEditorDialog::load()
{
    m_page->setEnabled(false);
    m_status->setText(tr("Loading tags\u2026"));
    updateButtons();
    if (!m_context) {
        return;
    }
    Aws::SageMakerClient(m_context).listTags(m_arn).then(
        this, [this](const Aws::AwsResult<QList<Tag>>& tags) {
            if (!tags) {
                fail(tr("Could not list the tags: %1").arg(tags.error().toDisplayString()));
                return;
            }
            m_before = tags.value();
            for (const Tag& tag : m_before) {
                m_page->addTag(tag.key, tag.value);
            }
            m_loaded = true;
            m_page->setEnabled(true);
            m_status->clear();
            updateButtons();
        });
}

void TagEditorDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && !m_saving && m_page->isComplete());
}

void TagEditorDialog::fail(const QString& text)
{
    m_saving = false;
    m_page->setEnabled(m_loaded);
    m_status->setText(text);
    updateButtons();
}

// Deletions first: a key that changed case is removed and added, never left twice.
void TagEditorDialog::save()
{
    const QStringList removed = removedKeys(m_before, m_page->tags());
    m_saving = true;
    m_page->setEnabled(false);
    m_status->setText(tr("Saving\u2026"));
    updateButtons();
    if (removed.isEmpty()) {
        saveAdded();
        return;
    }
    Aws::SageMakerClient(m_context)
        .deleteTags(m_arn, removed)
        .then(this, [this](const Aws::AwsResult<Aws::AwsEmpty>& done) {
            if (!done) {
                fail(tr("DeleteTags failed: %1").arg(done.error().toDisplayString()));
                return;
            }
            saveAdded();
        });
}

void TagEditorDialog::saveAdded()
{
    const QList<Tag> added = addedOrChanged(m_before, m_page->tags());
    if (added.isEmpty()) {
        emit tagsSaved();
        accept();
        return;
    }
    Aws::SageMakerClient(m_context)
        .addTags(m_arn, added)
        .then(this, [this](const Aws::AwsResult<QList<Tag>>& done) {
            if (!done) {
                fail(tr("AddTags failed: %1").arg(done.error().toDisplayString()));
                return;
            }
            emit tagsSaved();
            accept();
        });
}

} // namespace SageDesk::Ui
