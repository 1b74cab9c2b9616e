#pragma once

#include <QList>
#include <QString>

namespace SageDesk::Local::LocalFidelity {

// Where sagedesk-local is not AWS, member by member, for the operations SageDesk uses. A member not
// listed is honoured as AWS honours it. docs/FIDELITY.md is generated from this table and
// botocore's service model by the test LocalFidelityTest, which also proves the rest is honoured.
struct Note
{
    enum class Kind
    {
        Ignored,     // request member accepted (and stored or checked) but without its AWS effect
        NotReturned, // response member the endpoint never sends
    };
    Kind kind;
    QString service; // "sagemaker", "ec2", "kms"
    QString operation;
    QString member; // as botocore names it; "Parent.Child" for a nested member
    QString reason;
};

QList<Note> notes();

} // namespace SageDesk::Local::LocalFidelity
