<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SageDesk::Aws::AssumeRoleCredentialsProvider</name>
    <message>
        <source>profile %1 (role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 assumes a role, but STS is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 cannot assume its role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code, but nothing here can ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssumeRole for profile %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsConfig</name>
    <message>
        <source>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsError</name>
    <message>
        <source>%1 (request id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsRequestJob</name>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ConfigFile</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; under &quot;%1 =&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section header has no closing &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; or a [section] header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting has no name before &quot;=&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting is not inside a [section]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ConfigFileError</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::Credentials</name>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::CredentialsProviderFactory</name>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2; SageDesk supports only Environment (or a source_profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has duration_seconds = %2; it must be a number of seconds from 900 to 43200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 uses sso_session %2, but %3 has no [sso-session %2] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source_profile chain of profile %1 loops back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is not in %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has aws_access_key_id but no aws_secret_access_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 has no credentials (aws_access_key_id, credential_process, role_arn or sso_session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run &quot;aws configure&quot;, or choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::EnvironmentCredentialsProvider</name>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ExecutionRoleRecipe</name>
    <message>
        <source>(cleaning up failed too: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::JsonProtocol</name>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::NotebookInstanceWaiter</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still %2 after %3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still %2 after %3 attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ProcessCredentialsProvider</name>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed an unsupported Version (1 is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed no AccessKeyId or SecretAccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed an Expiration that is not an ISO 8601 time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 has an unterminated quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not finish in %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed more than %2 bytes, so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::QueryProtocol</name>
    <message>
        <source>The answer is not an XML document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::SageMakerClient</name>
    <message>
        <source>The sign-in URL for %1 leads to %2, which is not the notebook instance&apos;s own address, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::SsoCredentialsProvider</name>
    <message>
        <source>profile %1 (IAM Identity Center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 has expired or is missing. Sign in again with: aws sso login --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 needs sso_account_id, sso_role_name and sso_region (in the profile or its sso-session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 failed (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 returned no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided region_name &apos;%1&apos; doesn&apos;t match a supported format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::StaticCredentialsProvider</name>
    <message>
        <source>The credentials of %1 expired at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::StsClient</name>
    <message>
        <source>The AWS connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliApplication</name>
    <message>
        <source>note: the new execution role %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--s3: is required (any, none or a comma-separated list of buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter MFA code for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1 is not a duration such as 90s, 10m, 2h or 1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log yet for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliCommands</name>
    <message>
        <source>Instance type, e.g. ml.t3.medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution role ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new execution role with S3 access to any bucket, none, or the listed buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML storage volume size in GB (5-16384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform identifier, e.g. notebook-al2023-v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle configuration name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root access for notebook users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum instance metadata service version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lifecycle configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the default Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC subnet ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group ID (repeatable, at most 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct internet access; disabled needs --subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key for the ML storage volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (repeatable, at most 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account, user and region in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List notebook instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only instances in this status, e.g. InService.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only instances whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe one notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a stopped notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stopped or failed notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a running notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a stopped or failed notebook instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until a notebook instance reaches a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a presigned URL that opens Jupyter (valid for 5 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JupyterLab instead of the classic view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List IAM roles that SageMaker can assume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a SageMaker execution role as the AWS console does; prints its ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 access of the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List S3 buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List lifecycle configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a lifecycle configuration from shell scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script run on the first start only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script run on every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a notebook instance&apos;s lifecycle or Jupyter log (CloudWatch Logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which log: the OnCreate or OnStart script, or Jupyter (default: the one that explains the instance&apos;s state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing new lines, one per line, while the instance writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines of the last 90s, 10m, 2h, 1d...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliConnection</name>
    <message>
        <source>--region: no region is configured; give --region, set AWS_REGION or add region to the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliParser</name>
    <message>
        <source>Named profile of ~/.aws/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region, e.g. eu-west-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every service call to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagedesk-cli [options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line companion of SageDesk for Amazon SageMaker notebook instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sagedesk-cli COMMAND --help&apos; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run &apos;sagedesk-cli --help&apos; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not an option of &apos;%2&apos;; run &apos;sagedesk-cli %2 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not an option; run &apos;sagedesk-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: may be given only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing argument of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected argument of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: must be en or ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format (default json; text prints values only, for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: must be json, table or text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliRequests</name>
    <message>
        <source>--tag: must be KEY=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role-arn, --create-role: give exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-type: is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::CreatePlan</name>
    <message>
        <source>S3Buckets: name at least one bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle adds an OnStart script on AWS: choose no lifecycle configuration or a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle adds to the OnStart script, which must then be a bash or sh script (#!/bin/bash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::CreateRunner</name>
    <message>
        <source>The notebook instance %1 is Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebook instance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::InstanceTableModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute cost since the instance entered service, from the price catalog; — where the price is unknown or the instance is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this instance would have cost on AWS in %1 so far. It runs on this computer, at no charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mode: what each instance would have cost on AWS in %1 since it entered service, from the price catalog. Instances on this computer cost nothing; — where the price is unknown or the instance is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost on AWS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Local::LocalCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sagedesk-local credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Local::LocalEndpoint</name>
    <message>
        <source>Local SageMaker endpoint of SageDesk (SageMaker, IAM, STS and S3 on 127.0.0.1, notebook instances as Jupyter servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for state, volumes and buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SIGTERM, leave notebook instances running for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the state database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presigned notebook URL can be used once, within 5 minutes of its creation. Open the notebook instance again from SageDesk, or create a new URL with create-presigned-notebook-instance-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook instance is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the notebook instance %1 and open it again once it is InService.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab is not installed locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no JupyterLab, so the notebook instance opens in the classic Jupyter view instead. Install JupyterLab and start the notebook instance again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the classic Jupyter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print AWS_* variables for a shell: of the running endpoint (waiting for one that is starting), or with --port of one started here if none runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sagedesk-local serves %1. Start one (sagedesk-local --port 0 &amp;), or give --port to start one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the log database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sagedesk-local (process %1) already serves %2 on port %3; it was left running as it is. Stop it first, or give this one another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sagedesk-local (process %1) is starting on %2; it was left as it is. Stop it first, or give this one another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::LogStreamTail</name>
    <message>
        <source>There is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::PrivateFiles</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it is not used. Remove it, or start sagedesk-local with a data directory of your own (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users, so it is not used. Make it private (chmod 600) or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::RegionCatalog</name>
    <message>
        <source>Africa (Cape Town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Taipei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Hyderabad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Melbourne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Malaysia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (New Zealand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Thailand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada West (Calgary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Zurich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Spain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East (UAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico (Central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America (Sao Paulo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::AboutDialog</name>
    <message>
        <source>About SageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for Amazon SageMaker notebook instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SageDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::AccountBar</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ApiValueText</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2 (IMDSv2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual stack (IPv4 and IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ConsoleView</name>
    <message>
        <source>Warn about &amp;long-running instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint cannot be reached. Showing the list as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint cannot be reached and no list is cached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the notebook instance “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its ML storage volume is deleted with it: everything saved on the instance is lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-running instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when an instance has been in service for more than this many hours (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 assumes a role that needs a code from the MFA device %2.
Enter the 6-digit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an account or to the local endpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::CreateProgressPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry from the failed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up what this run created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for InService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook instance %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up: %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned up: nothing this run created is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up could not remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting; the instance goes on starting and the table shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped. Retry from the failed step, or clean up what it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1
Message: %2
Request id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::CreateWizard</name>
    <message>
        <source>Create notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unfinished notebook instance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SageDesk closed while you were creating %1 (last change %2). Restore those choices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::DetailValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::EmptyTableWelcome</name>
    <message>
        <source>Create notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No notebook instances here yet&lt;/h3&gt;&lt;p&gt;A notebook instance is a machine running Jupyter for you. Create one to choose its type, its IAM role and the S3 buckets it may use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::GitPage</name>
    <message>
        <source>Git repository problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list stored repositories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: repositories cloned into /home/ec2-user/SageMaker, from this account&apos;s stored repositories or an https:// URL. For a private repository, store it as a code repository with a Secrets Manager secret, as AWS advises, rather than a password in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password in a repository URL is stored with the instance and shown by Describe. Use a code repository with a Secrets Manager secret instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceActions</name>
    <message>
        <source>Open &amp;Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Jupyter&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create notebook instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceDetailsPane</name>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  first seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance selected. Select one in the table to see its settings, tags and status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceLogsView</name>
    <message>
        <source>OnCreate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnStart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1, following new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlighted line is where the script failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::LifecycleLogLink</name>
    <message>
        <source>Last run&apos;s log: &lt;a href=&quot;on-create&quot;&gt;OnCreate&lt;/a&gt; · &lt;a href=&quot;on-start&quot;&gt;OnStart&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::LocalEndpointConnector</name>
    <message>
        <source>sagedesk-local was not found next to SageDesk or on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagedesk-local could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagedesk-local did not start within 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::MainWindow</name>
    <message>
        <source>SageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local instances are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local notebook instances are still running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them now, or keep them running after SageDesk quits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Browsing Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear browsing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the cookies, cache and storage of the Jupyter tabs of every account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tabs sign in again when they next need to. Notebooks on the instances are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::NetworkPage</name>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: put the notebook instance in one of your VPCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled — access the internet through SageMaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled — only through the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct &amp;internet access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local endpoint runs instances on this computer, outside any VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading VPCs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list VPCs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading subnets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading security groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups take effect only with a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::NewRoleDialog</name>
    <message>
        <source>&amp;Specific S3 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Any S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific S3 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No S3 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team-data, team-models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role can also use any bucket with &quot;sagemaker&quot; in its name, through the AmazonSageMakerFullAccess policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 buckets you specify – optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading buckets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list buckets (type their names): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buckets in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one bucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::PermissionsPage</name>
    <message>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom IAM role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role ARN problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give users &amp;root access to the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM role the notebook instance works with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a custom IAM role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom encryption (AWS managed key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list KMS aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role that SageMaker may assume; create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role with no S3 access beyond buckets with &quot;sagemaker&quot; in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role with access to any S3 bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role with access to these S3 buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the S3 buckets the new role may use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ReviewPage</name>
    <message>
        <source>Summary of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the AWS CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait until the instance is InService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until InService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the exact requests that will be sent, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent aws CLI commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the account&apos;s identity (GetCallerIdentity)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS managed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;anyway, despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (AWS may refuse these):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;LI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::SettingsPage</name>
    <message>
        <source>Notebook instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook instance name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing lifecycle configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lifecycle configuration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start notebook script (OnCreate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start notebook script (OnStart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle script warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook instance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the instance and choose what it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team-notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2 (IMDSv2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading lifecycle configurations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create notebook (OnCreate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start notebook (OnStart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;IMDS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list configurations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifecycle configurations in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS no longer creates instances on %1; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the script has no shebang line (e.g. #!/bin/bash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an OnCreate or an OnStart script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual stack (IPv4 and IPv6; needs a subnet with IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP &amp;address type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NotebookInstanceLifecycleConfigName: a configuration named %1 already exists in this region; choose it under &quot;An existing configuration&quot; or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TagEditorDialog</name>
    <message>
        <source>Edit tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeleteTags failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AddTags failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle minutes before stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tags; keys up to 128 characters, values up to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stop when idle works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local endpoint stops the instance itself (the tag %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SageDesk adds an OnStart script that watches the instance&apos;s own Jupyter server and stops the instance after that many idle minutes; it needs no internet access. A new role gets exactly the permission sagemaker:StopNotebookInstance on this instance; an existing role must already allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TrayNotifier</name>
    <message>
        <source>SageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook instance is ready to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook instance is no longer billed for compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been in service for %1 hours. Stop it if it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::UpdateSettingsDialog</name>
    <message>
        <source>Update settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the new settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook instance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpdateNotebookInstance request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the notebook instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (UpdateNotebookInstance):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current settings (DescribeNotebookInstance)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeNotebookInstance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: AWS updates the settings of a Stopped instance only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending UpdateNotebookInstance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpdateNotebookInstance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterPage</name>
    <message>
        <source>Leave the notebook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook has changes that are not saved. Close it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterWebView</name>
    <message>
        <source>The certificate of %1 is not valid: %2
SageDesk does not open pages whose certificate cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the notebook instance… The notebook comes back here once it is InService.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook instance %1 has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance stopped — start %1 to continue working in it. Its notebooks are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab is not installed on this computer, so the classic Jupyter view is open instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jupyter session has ended or was refused. Reconnect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterWorkspace</name>
    <message>
        <source>Jupyter opens in the web browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 needs the account it was opened in. Switch back to that account and choose Reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed on the notebook instance; it wanted to open %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open outside SageDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook wants to open a page that is not part of the notebook instance:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SageDesk keeps notebook tabs on their instance. Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing data cleared: cookies, cache and storage of every account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::WebEngineLoader</name>
    <message>
        <source>The web view module %1 belongs to another version of SageDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web view module (%1) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDesk::Validation</name>
    <message>
        <source>must be 1–63 characters of letters, digits and hyphens, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a notebook instance type (for example ml.t3.medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an IAM role ARN of 20–2048 characters, like arn:aws:iam::123456789012:role/service-role/MyRole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can no longer be used for new notebook instances; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of GB from 5 to 16384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Enabled or Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 2048 characters of letters, digits, “:”, “/”, “_” and “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 32 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at most 5 security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be 1–32 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled requires a SubnetId, or the instance has no network at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a code repository name or an https:// URL of 1–1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at most 3 repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at most 50 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be 1–128 letters, digits, spaces and _ . : / = + - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not start with aws:, which AWS reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of “%1” must be 0–256 letters, digits, spaces and _ . : / = + - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available on %2 (Amazon Linux 2023 has no ml.p2, ml.p3, ml.p3dn, ml.inf1 or ml.g3 instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need a SubnetId in the same VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only grow: the volume has %1 GB and cannot shrink to %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script has Windows line endings (CRLF) and would fail with “^M: bad interpreter”; save it with Unix line endings (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script is %1 bytes; encoded as base64 it must fit in 16384 characters (about 12 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be base64 text of 1–16384 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not contain two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not look like an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not start with xn-- or end with -s3alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits and + = , . @ _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–63 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ipv4 or dualstack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–63 letters, digits and hyphens, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https:// URL of a Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a branch name without spaces or ~ ^ : ? * [</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the ARN of a Secrets Manager secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dualstack needs a SubnetId of a subnet with an IPv6 range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon SageMaker notebook instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (en or ko).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
