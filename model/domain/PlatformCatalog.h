#pragma once

#include <QString>
#include <QStringList>

namespace SageDesk {

// Notebook instance platform identifiers (operating system and JupyterLab version). Old ones still
// show up on existing instances but CreateNotebookInstance rejects them.
namespace PlatformCatalog {

QStringList all();
QStringList creatable();
bool isKnown(const QString& platformIdentifier);
bool isCreatable(const QString& platformIdentifier);
bool isAl2023(const QString& platformIdentifier);
// The AWS default since 2026-05-15 (Amazon Linux 2023, JupyterLab 4).
QString defaultPlatform();

} // namespace PlatformCatalog
} // namespace SageDesk
