#pragma once

#include "aws/roles/S3Access.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace SageDesk::Aws {
class AwsClientContext;
}

namespace SageDesk::Ui {

// The console's "Create an IAM role" dialog: "S3 buckets you specify" — Specific S3 buckets
// (picked from ListBuckets or typed, checked by the S3 naming rules), Any S3 bucket, or None.
class NewRoleDialog final : public QDialog
{
    Q_OBJECT

public:
    NewRoleDialog(Aws::AwsClientContext* context, const Aws::S3Access& initial, QWidget* parent = nullptr);

    Aws::S3Access access() const;

    QRadioButton* specificButton() const { return m_specific; }
    QRadioButton* anyButton() const { return m_any; }
    QRadioButton* noneButton() const { return m_none; }
    QLineEdit* bucketsEdit() const { return m_buckets; }
    QListWidget* bucketList() const { return m_list; }
    QLabel* issueLabel() const { return m_issue; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void loadBuckets();
    void syncFromList();
    void update();

    QPointer<Aws::AwsClientContext> m_context;
    QRadioButton* m_specific;
    QRadioButton* m_any;
    QRadioButton* m_none;
    QLineEdit* m_buckets;
    QListWidget* m_list;
    QLabel* m_issue;
    QDialogButtonBox* m_buttons;
};

} // namespace SageDesk::Ui
