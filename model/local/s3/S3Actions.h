#pragma once

#include "local/http/HttpRequest.h"
#include "local/iam/PolicyEvaluator.h"

#include <QList>

namespace SageDesk::Local::S3Actions {

// The IAM actions an S3 REST request (path style) needs, each with its resource ARN and the S3
// condition keys it carries, as the S3 documentation's "actions required" table lists them: e.g.
// GetObject s3:GetObject on arn:aws:s3:::b/k, ListObjectsV2 s3:ListBucket on arn:aws:s3:::b (with
// s3:prefix, s3:delimiter, s3:max-keys), CopyObject s3:PutObject on the target and s3:GetObject on
// the source, DeleteObjects s3:DeleteObject per key of the body, multipart uploads s3:PutObject,
// s3:AbortMultipartUpload, s3:ListMultipartUploadParts and s3:ListBucketMultipartUploads.
// Operations this endpoint does not serve map as well, so that a refusal never depends on them.
QList<Iam::AuthorizationRequest> of(const HttpRequest& request);

// DeleteObjects: S3 decides s3:DeleteObject key by key and answers AccessDenied for the denied keys
// in its DeleteResult, deleting the rest, instead of refusing the whole request.
bool isDecidedPerKey(const HttpRequest& request);
// What deleting one key of a DeleteObjects request needs: s3:DeleteObject on arn:aws:s3:::bucket/key.
Iam::AuthorizationRequest objectDeletion(const QString& bucket, const QString& key);

} // namespace SageDesk::Local::S3Actions
