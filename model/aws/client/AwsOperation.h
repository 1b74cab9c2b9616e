#pragma once

#include <QObject>

namespace SageDesk::Aws {

// One asynchronous AWS operation as a QObject: a single HTTP call (AwsRequestJob) or several
// (pagination, create-then-verify). It emits finished() exactly once and then deletes itself; the
// typed result travels in the AwsCall that returned it.
class AwsOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsOperation)

public:
    explicit AwsOperation(QObject* parent = nullptr);
    ~AwsOperation() override;

    bool isFinished() const { return m_finished; }

    // Emits finished() once (later calls do nothing) and schedules deletion.
    void finish();

signals:
    void finished();

private:
    bool m_finished = false;
};

} // namespace SageDesk::Aws
