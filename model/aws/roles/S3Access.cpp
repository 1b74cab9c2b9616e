#include "aws/roles/S3Access.h"

namespace SageDesk::Aws {

S3Access S3Access::parse(const QString& text, std::optional<ValidationIssue>* issue)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        return any();
    }
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return none();
    }
    QStringList buckets;
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        const QString bucket = part.trimmed();
        if (const auto found = Validation::s3BucketName(bucket); found && issue && !*issue) {
            *issue = found;
        }
        if (!buckets.contains(bucket)) {
            buckets.append(bucket);
        }
    }
    return specific(buckets);
}

} // namespace SageDesk::Aws
