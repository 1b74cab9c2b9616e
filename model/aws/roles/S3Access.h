#pragma once

#include "domain/Validation.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace SageDesk::Aws {

// The "S3 buckets you specify" choice of the console's "Create an IAM role" dialog.
struct S3Access
{
    enum class Kind
    {
        None,
        Any,
        Specific,
    };

    Kind kind = Kind::None;
    QStringList buckets; // only for Specific

    static S3Access none() { return {}; }
    static S3Access any() { return {Kind::Any, {}}; }
    static S3Access specific(QStringList bucketNames) { return {Kind::Specific, std::move(bucketNames)}; }

    // "any", "none" or "B1,B2,..." as `sagedesk-cli --create-role/--s3` take it. Bucket names are
    // checked with Validation::s3BucketName; an issue names the first bad one.
    static S3Access parse(const QString& text, std::optional<ValidationIssue>* issue = nullptr);

    friend bool operator==(const S3Access&, const S3Access&) = default;
};

} // namespace SageDesk::Aws
