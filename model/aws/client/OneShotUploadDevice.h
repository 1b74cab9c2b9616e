#pragma once

#include <QByteArray>
#include <QIODevice>

namespace SageDesk::Aws {

// A request body that can be read once only. Qt's HTTP layer silently re-sends a request whose
// connection closed before any answer arrived; for a call that must not run twice (CreateNotebookInstance)
// that re-send is refused with ContentReSendError instead, so the job can first ask whether the
// lost attempt took effect.
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUploadDevice)

public:
    explicit OneShotUploadDevice(QByteArray data, QObject* parent = nullptr);
    ~OneShotUploadDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace SageDesk::Aws
