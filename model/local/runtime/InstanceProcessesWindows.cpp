#include "local/runtime/InstanceProcesses.h"

#include "core/platform/Processes.h"
#include "local/runtime/InstanceProcessesPlatform.h"

#include <QCoreApplication>

#include <qt_windows.h>
#include <tlhelp32.h>
#include <winternl.h>

namespace SageDesk::Local::InstanceProcesses {

namespace {

using QueryInformationProcess = LONG(NTAPI*)(HANDLE, PROCESSINFOCLASS, PVOID, ULONG, PULONG);

// Where RTL_USER_PROCESS_PARAMETERS keeps the environment block and its size in a 64-bit process
// (stable since Windows Vista; the SDK's winternl.h leaves these fields unnamed).
constexpr SIZE_T kEnvironmentOffset = 0x80;
constexpr SIZE_T kEnvironmentSizeOffset = 0x3F0;

template <typename T>
bool readMemory(HANDLE process, const void* address, T& value)
{
    SIZE_T read = 0;
    return ::ReadProcessMemory(process, address, &value, sizeof(T), &read) && read == sizeof(T);
}

// The environment block of another process of the same user, as "NAME=value" entries in UTF-8.
QList<QByteArray> environmentOf(DWORD pid)
{
    static const auto query = reinterpret_cast<QueryInformationProcess>(reinterpret_cast<void*>(
        ::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "NtQueryInformationProcess")));
    if (!query) {
        return {};
    }
    HANDLE process = ::OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, pid);
    if (!process) {
        return {};
    }
    QList<QByteArray> variables;
    PROCESS_BASIC_INFORMATION basic = {};
    PEB peb = {};
    const char* parameters = nullptr;
    const void* block = nullptr;
    SIZE_T blockSize = 0;
    if (query(process, ProcessBasicInformation, &basic, sizeof(basic), nullptr) >= 0 &&
        readMemory(process, basic.PebBaseAddress, peb) &&
        (parameters = reinterpret_cast<const char*>(peb.ProcessParameters)) != nullptr &&
        readMemory(process, parameters + kEnvironmentOffset, block) &&
        readMemory(process, parameters + kEnvironmentSizeOffset, blockSize) && block && blockSize > 0 &&
        blockSize < 4 * 1024 * 1024) {
        QList<wchar_t> text(static_cast<qsizetype>(blockSize / sizeof(wchar_t)));
        SIZE_T read = 0;
        if (::ReadProcessMemory(process, block, text.data(), blockSize, &read)) {
            const QString all = QString::fromWCharArray(text.constData(), static_cast<qsizetype>(read / 2));
            for (const QString& variable : all.split(QChar(u'\0'), Qt::SkipEmptyParts)) {
                variables.append(variable.toUtf8());
            }
        }
    }
    ::CloseHandle(process);
    return variables;
}

} // namespace

void startInOwnGroup(QProcess& process)
{
    // A Ctrl+C in sagedesk-local's console reaches sagedesk-local alone, like setsid() on POSIX.
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments* arguments) { arguments->flags |= CREATE_NEW_PROCESS_GROUP; });
}

QList<qint64> processesWithEnvironmentEntry(const QByteArray& entry)
{
    QList<qint64> pids;
    HANDLE snapshot = ::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE) {
        return pids;
    }
    PROCESSENTRY32W process = {};
    process.dwSize = sizeof(process);
    for (BOOL more = ::Process32FirstW(snapshot, &process); more;
         more = ::Process32NextW(snapshot, &process)) {
        const qint64 pid = process.th32ProcessID;
        if (pid == 0 || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        if (environmentOf(process.th32ProcessID).contains(entry) && isAlive(pid)) {
            pids.append(pid);
        }
    }
    ::CloseHandle(snapshot);
    return pids;
}

bool isZombie(qint64)
{
    return false;
}

void send(const QList<qint64>& pids, Signal)
{
    // Windows has no polite signal for a console-less process: both end it. Every process of the
    // instance carries the marker, so `pids` from find() is the whole tree.
    for (const qint64 pid : pids) {
        if (HANDLE process = ::OpenProcess(PROCESS_TERMINATE, FALSE, static_cast<DWORD>(pid))) {
            ::TerminateProcess(process, 1);
            ::CloseHandle(process);
        }
    }
}

bool isAlive(qint64 pid)
{
    return Platform::processExists(pid);
}

bool runningAsRoot()
{
    return Platform::runningAsRoot();
}

} // namespace SageDesk::Local::InstanceProcesses
