#pragma once

#include "local/runtime/InstanceFolder.h"
#include "local/runtime/NotebookRuntimeSpec.h"

#include <QProcessEnvironment>

namespace SageDesk::Local::NotebookEnvironment {

// Writes what the environment of an instance's processes points at: a new credentials token, empty
// AWS config and credentials files, and the sitecustomize.py of pythonPath(). False with AWS's
// FailureReason text in `failure`.
bool prepareFiles(const InstanceFolder& folder, QString* failure);

// The environment of everything an instance runs (Jupyter, its kernels and terminals, lifecycle
// scripts, git): `base` (the endpoint's) without any AWS_* variable, so that nothing of the person's
// own AWS identity reaches notebook code, plus
//   AWS_DEFAULT_REGION, AWS_REGION                  the instance's region
//   AWS_ENDPOINT_URL                                the local endpoint (botocore >= 1.31 reads it)
//   AWS_CONTAINER_CREDENTIALS_FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN
//                                                   the execution role's credentials, as on ECS
//   AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE    empty files of the instance (never ~/.aws)
//   AWS_EC2_METADATA_DISABLED=true                  no instance-metadata probe off this machine
//   PYTHONPATH                                      pythonPath() first: older botocore (Debian's 1.29,
//                                                   the aws CLI 2.9) is pointed at AWS_ENDPOINT_URL
// Without a credentials URL in `spec`, `base` is returned unchanged.
QProcessEnvironment build(const QProcessEnvironment& base, const InstanceFolder& folder,
                          const NotebookRuntimeSpec& spec);

} // namespace SageDesk::Local::NotebookEnvironment
