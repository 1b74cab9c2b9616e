<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>SageDesk::Aws::AssumeRoleCredentialsProvider</name>
    <message>
        <source>profile %1 (role %2)</source>
        <translation>프로필 %1 (역할 %2)</translation>
    </message>
    <message>
        <source>Profile %1 assumes a role, but STS is not available here.</source>
        <translation>프로필 %1은(는) 역할을 수임하지만 여기서는 STS를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Profile %1 cannot assume its role: %2</source>
        <translation>프로필 %1이(가) 역할을 수임할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code, but nothing here can ask for one.</source>
        <translation>프로필 %1에는 MFA 코드가 필요하지만 여기서는 코드를 물어볼 수 없습니다.</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation>프로필 %1의 MFA 코드가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>AssumeRole for profile %1 failed: %2</source>
        <translation>프로필 %1의 AssumeRole이 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsConfig</name>
    <message>
        <source>Provided region_name '%1' doesn't match a supported format.</source>
        <translation>지정한 region_name '%1'이(가) 지원되는 형식과 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsError</name>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (요청 ID %2)</translation>
    </message>
    <message>
        <source>%1, after %2 attempts</source>
        <translation>%1, %2회 시도 후</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::AwsRequestJob</name>
    <message>
        <source>No AWS credentials are configured.</source>
        <translation>AWS 자격 증명이 구성되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1ms 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Could not connect within %1 ms.</source>
        <translation>%1ms 안에 연결하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ConfigFile</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>expected "name = value" under "%1 ="</source>
        <translation>"%1 =" 아래에 "이름 = 값"이 와야 합니다</translation>
    </message>
    <message>
        <source>the section header has no closing "]"</source>
        <translation>섹션 머리글에 닫는 "]"가 없습니다</translation>
    </message>
    <message>
        <source>the section name is empty</source>
        <translation>섹션 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>section [%1] appears again (first on line %2)</source>
        <translation>섹션 [%1]이(가) 다시 나옵니다(처음은 %2번째 줄)</translation>
    </message>
    <message>
        <source>expected "name = value" or a [section] header</source>
        <translation>"이름 = 값" 또는 [섹션] 머리글이 와야 합니다</translation>
    </message>
    <message>
        <source>the setting has no name before "="</source>
        <translation>설정의 "=" 앞에 이름이 없습니다</translation>
    </message>
    <message>
        <source>the setting is not inside a [section]</source>
        <translation>설정이 [섹션] 안에 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ConfigFileError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::Credentials</name>
    <message>
        <source>%1 from %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 from %2, valid until %3</source>
        <translation>%2의 %1, %3까지 유효</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::CredentialsProviderFactory</name>
    <message>
        <source>profile %1</source>
        <translation>프로필 %1</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source = %2; SageDesk supports only Environment (or a source_profile).</source>
        <translation>프로필 %1은(는) credential_source = %2을(를) 사용합니다. SageDesk는 Environment(또는 source_profile)만 지원합니다.</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor credential_source.</source>
        <translation>프로필 %1에 role_arn은 있지만 source_profile도 credential_source도 없습니다.</translation>
    </message>
    <message>
        <source>Profile %1 has duration_seconds = %2; it must be a number of seconds from 900 to 43200.</source>
        <translation>프로필 %1의 duration_seconds = %2입니다. 900에서 43200 사이의 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Profile %1 uses sso_session %2, but %3 has no [sso-session %2] section.</source>
        <translation>프로필 %1은(는) sso_session %2을(를) 사용하지만 %3에 [sso-session %2] 섹션이 없습니다.</translation>
    </message>
    <message>
        <source>The source_profile chain of profile %1 loops back to itself.</source>
        <translation>프로필 %1의 source_profile 연결이 자기 자신으로 되돌아옵니다.</translation>
    </message>
    <message>
        <source>The profile %1 is not in %2 or %3.</source>
        <translation>프로필 %1이(가) %2 또는 %3에 없습니다.</translation>
    </message>
    <message>
        <source>Profile %1 has aws_access_key_id but no aws_secret_access_key.</source>
        <translation>프로필 %1에 aws_access_key_id는 있지만 aws_secret_access_key가 없습니다.</translation>
    </message>
    <message>
        <source>Profile %1 has no credentials (aws_access_key_id, credential_process, role_arn or sso_session).</source>
        <translation>프로필 %1에 자격 증명(aws_access_key_id, credential_process, role_arn 또는 sso_session)이 없습니다.</translation>
    </message>
    <message>
        <source>No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run "aws configure", or choose a profile.</source>
        <translation>AWS 자격 증명을 찾을 수 없습니다. AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY를 설정하거나, "aws configure"를 실행하거나, 프로필을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::EnvironmentCredentialsProvider</name>
    <message>
        <source>environment variables</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is not set.</source>
        <translation>AWS_ACCESS_KEY_ID가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID는 설정되었지만 AWS_SECRET_ACCESS_KEY는 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ExecutionRoleRecipe</name>
    <message>
        <source>(cleaning up failed too: %1)</source>
        <translation>(정리도 실패했습니다: %1)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::JsonProtocol</name>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>응답이 JSON 객체가 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::NotebookInstanceWaiter</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>%1 is still %2 after %3 seconds</source>
        <translation>%3초가 지났지만 %1은(는) 아직 %2 상태입니다</translation>
    </message>
    <message>
        <source>%1 is still %2 after %3 attempts</source>
        <translation>%3번 시도했지만 %1은(는) 아직 %2 상태입니다</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::ProcessCredentialsProvider</name>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>프로필 %1 (credential_process)</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not print a JSON object.</source>
        <translation>프로필 %1의 credential_process가 JSON 객체를 출력하지 않았습니다.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed an unsupported Version (1 is required).</source>
        <translation>프로필 %1의 credential_process가 지원되지 않는 Version을 출력했습니다(1이어야 합니다).</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed no AccessKeyId or SecretAccessKey.</source>
        <translation>프로필 %1의 credential_process가 AccessKeyId 또는 SecretAccessKey를 출력하지 않았습니다.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed an Expiration that is not an ISO 8601 time: %2</source>
        <translation>프로필 %1의 credential_process가 ISO 8601 형식이 아닌 Expiration을 출력했습니다: %2</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 has an unterminated quote.</source>
        <translation>프로필 %1의 credential_process에 닫히지 않은 따옴표가 있습니다.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 is empty.</source>
        <translation>프로필 %1의 credential_process가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not finish in %2 seconds.</source>
        <translation>프로필 %1의 credential_process가 %2초 안에 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 could not be started: %2</source>
        <translation>프로필 %1의 credential_process를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 failed with exit code %2: %3</source>
        <translation>프로필 %1의 credential_process가 종료 코드 %2(으)로 실패했습니다: %3</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed more than %2 bytes, so it was stopped.</source>
        <translation>프로필 %1의 credential_process가 %2바이트보다 많이 출력하여 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::QueryProtocol</name>
    <message>
        <source>The answer is not an XML document.</source>
        <translation>응답이 XML 문서가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::SageMakerClient</name>
    <message>
        <source>The sign-in URL for %1 leads to %2, which is not the notebook instance's own address, so it was not opened.</source>
        <translation>%1의 로그인 URL이 노트북 인스턴스 자신의 주소가 아닌 %2(으)로 이어지므로 열지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::SsoCredentialsProvider</name>
    <message>
        <source>profile %1 (IAM Identity Center)</source>
        <translation>프로필 %1 (IAM Identity Center)</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 has expired or is missing. Sign in again with: aws sso login --profile %1</source>
        <translation>프로필 %1의 IAM Identity Center 로그인이 만료되었거나 없습니다. 다음 명령으로 다시 로그인하세요: aws sso login --profile %1</translation>
    </message>
    <message>
        <source>Profile %1 needs sso_account_id, sso_role_name and sso_region (in the profile or its sso-session).</source>
        <translation>프로필 %1에는 sso_account_id, sso_role_name, sso_region이 필요합니다(프로필 또는 해당 sso-session에).</translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 failed: %2</source>
        <translation>프로필 %1의 GetRoleCredentials가 실패했습니다: %2</translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 failed (HTTP %2): %3</source>
        <translation>프로필 %1의 GetRoleCredentials가 실패했습니다(HTTP %2): %3</translation>
    </message>
    <message>
        <source>GetRoleCredentials for profile %1 returned no credentials.</source>
        <translation>프로필 %1의 GetRoleCredentials가 자격 증명을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Provided region_name '%1' doesn't match a supported format.</source>
        <translation>지정한 region_name '%1'이(가) 지원되는 형식과 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::StaticCredentialsProvider</name>
    <message>
        <source>The credentials of %1 expired at %2.</source>
        <translation>%1의 자격 증명이 %2에 만료되었습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Aws::StsClient</name>
    <message>
        <source>The AWS connection was closed.</source>
        <translation>AWS 연결이 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliApplication</name>
    <message>
        <source>note: the new execution role %1 could not be removed: %2</source>
        <translation>참고: 새 실행 역할 %1을(를) 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>--s3: is required (any, none or a comma-separated list of buckets)</source>
        <translation>--s3: 필수입니다(any, none 또는 쉼표로 구분한 버킷 목록)</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Enter MFA code for %1: </source>
        <translation>MFA 코드 입력(%1): </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>--since: %1 is not a duration such as 90s, 10m, 2h or 1d.</source>
        <translation>--since: %1은(는) 90s, 10m, 2h, 1d 같은 기간이 아닙니다.</translation>
    </message>
    <message>
        <source>No log yet for %1 (%2).</source>
        <translation>%1(%2)의 로그가 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliCommands</name>
    <message>
        <source>Instance type, e.g. ml.t3.medium.</source>
        <translation>인스턴스 유형(예: ml.t3.medium).</translation>
    </message>
    <message>
        <source>Execution role ARN.</source>
        <translation>실행 역할 ARN.</translation>
    </message>
    <message>
        <source>Create a new execution role with S3 access to any bucket, none, or the listed buckets.</source>
        <translation>모든 버킷, 없음 또는 나열한 버킷에 대한 S3 액세스 권한으로 새 실행 역할을 만듭니다.</translation>
    </message>
    <message>
        <source>ML storage volume size in GB (5-16384).</source>
        <translation>ML 스토리지 볼륨 크기(GB, 5-16384).</translation>
    </message>
    <message>
        <source>Platform identifier, e.g. notebook-al2023-v1.</source>
        <translation>플랫폼 식별자(예: notebook-al2023-v1).</translation>
    </message>
    <message>
        <source>Lifecycle configuration name.</source>
        <translation>수명 주기 구성 이름.</translation>
    </message>
    <message>
        <source>Root access for notebook users.</source>
        <translation>노트북 사용자의 루트 액세스.</translation>
    </message>
    <message>
        <source>Default Git repository.</source>
        <translation>기본 Git 리포지토리.</translation>
    </message>
    <message>
        <source>Minimum instance metadata service version.</source>
        <translation>최소 인스턴스 메타데이터 서비스 버전.</translation>
    </message>
    <message>
        <source>Remove the lifecycle configuration.</source>
        <translation>수명 주기 구성을 제거합니다.</translation>
    </message>
    <message>
        <source>Remove the default Git repository.</source>
        <translation>기본 Git 리포지토리를 제거합니다.</translation>
    </message>
    <message>
        <source>VPC subnet ID.</source>
        <translation>VPC 서브넷 ID.</translation>
    </message>
    <message>
        <source>Security group ID (repeatable, at most 5).</source>
        <translation>보안 그룹 ID(반복 가능, 최대 5개).</translation>
    </message>
    <message>
        <source>Direct internet access; disabled needs --subnet.</source>
        <translation>직접 인터넷 액세스. disabled에는 --subnet이 필요합니다.</translation>
    </message>
    <message>
        <source>KMS key for the ML storage volume.</source>
        <translation>ML 스토리지 볼륨의 KMS 키.</translation>
    </message>
    <message>
        <source>Tag (repeatable, at most 50).</source>
        <translation>태그(반복 가능, 최대 50개).</translation>
    </message>
    <message>
        <source>Show the account, user and region in use.</source>
        <translation>사용 중인 계정, 사용자, 리전을 표시합니다.</translation>
    </message>
    <message>
        <source>List notebook instances.</source>
        <translation>노트북 인스턴스를 나열합니다.</translation>
    </message>
    <message>
        <source>Only instances in this status, e.g. InService.</source>
        <translation>이 상태의 인스턴스만(예: InService).</translation>
    </message>
    <message>
        <source>Only instances whose name contains TEXT.</source>
        <translation>이름에 TEXT가 포함된 인스턴스만.</translation>
    </message>
    <message>
        <source>Sort order.</source>
        <translation>정렬 기준.</translation>
    </message>
    <message>
        <source>Describe one notebook instance.</source>
        <translation>노트북 인스턴스 하나를 설명합니다.</translation>
    </message>
    <message>
        <source>Create a notebook instance.</source>
        <translation>노트북 인스턴스를 생성합니다.</translation>
    </message>
    <message>
        <source>Change a stopped notebook instance.</source>
        <translation>중지된 노트북 인스턴스를 변경합니다.</translation>
    </message>
    <message>
        <source>Start a stopped or failed notebook instance.</source>
        <translation>중지되었거나 실패한 노트북 인스턴스를 시작합니다.</translation>
    </message>
    <message>
        <source>Stop a running notebook instance.</source>
        <translation>실행 중인 노트북 인스턴스를 중지합니다.</translation>
    </message>
    <message>
        <source>Delete a stopped or failed notebook instance.</source>
        <translation>중지되었거나 실패한 노트북 인스턴스를 삭제합니다.</translation>
    </message>
    <message>
        <source>Wait until a notebook instance reaches a status.</source>
        <translation>노트북 인스턴스가 지정한 상태가 될 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>The status to wait for.</source>
        <translation>기다릴 상태.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 1800).</source>
        <translation>이 시간(초)이 지나면 포기합니다(기본값 1800).</translation>
    </message>
    <message>
        <source>Print a presigned URL that opens Jupyter (valid for 5 minutes).</source>
        <translation>Jupyter를 여는 미리 서명된 URL을 출력합니다(5분간 유효).</translation>
    </message>
    <message>
        <source>Open JupyterLab instead of the classic view.</source>
        <translation>클래식 보기 대신 JupyterLab을 엽니다.</translation>
    </message>
    <message>
        <source>List IAM roles that SageMaker can assume.</source>
        <translation>SageMaker가 수임할 수 있는 IAM 역할을 나열합니다.</translation>
    </message>
    <message>
        <source>Create a SageMaker execution role as the AWS console does; prints its ARN.</source>
        <translation>AWS 콘솔과 같은 방식으로 SageMaker 실행 역할을 생성하고 ARN을 출력합니다.</translation>
    </message>
    <message>
        <source>S3 access of the role.</source>
        <translation>역할의 S3 액세스.</translation>
    </message>
    <message>
        <source>List S3 buckets.</source>
        <translation>S3 버킷을 나열합니다.</translation>
    </message>
    <message>
        <source>List lifecycle configurations.</source>
        <translation>수명 주기 구성을 나열합니다.</translation>
    </message>
    <message>
        <source>Create a lifecycle configuration from shell scripts.</source>
        <translation>셸 스크립트로 수명 주기 구성을 만듭니다.</translation>
    </message>
    <message>
        <source>Script run on the first start only.</source>
        <translation>처음 시작할 때만 실행하는 스크립트.</translation>
    </message>
    <message>
        <source>Script run on every start.</source>
        <translation>시작할 때마다 실행하는 스크립트.</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: %2 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>%1: must be %2 or %3</source>
        <translation>%1: %2 또는 %3여야 합니다</translation>
    </message>
    <message>
        <source>Print a notebook instance's lifecycle or Jupyter log (CloudWatch Logs).</source>
        <translation>노트북 인스턴스의 수명 주기 또는 Jupyter 로그(CloudWatch Logs)를 출력합니다.</translation>
    </message>
    <message>
        <source>Which log: the OnCreate or OnStart script, or Jupyter (default: the one that explains the instance's state).</source>
        <translation>출력할 로그: OnCreate 또는 OnStart 스크립트, 또는 Jupyter(기본값: 인스턴스 상태를 설명하는 로그).</translation>
    </message>
    <message>
        <source>Keep printing new lines, one per line, while the instance writes them.</source>
        <translation>인스턴스가 새 줄을 쓰는 동안 한 줄씩 계속 출력합니다.</translation>
    </message>
    <message>
        <source>Only lines of the last 90s, 10m, 2h, 1d...</source>
        <translation>최근 90s, 10m, 2h, 1d... 동안의 줄만 출력합니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliConnection</name>
    <message>
        <source>--region: no region is configured; give --region, set AWS_REGION or add region to the profile</source>
        <translation>--region: 구성된 리전이 없습니다. --region을 지정하거나 AWS_REGION을 설정하거나 프로필에 region을 추가하세요</translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliParser</name>
    <message>
        <source>Named profile of ~/.aws/config.</source>
        <translation>~/.aws/config의 명명된 프로필.</translation>
    </message>
    <message>
        <source>AWS region, e.g. eu-west-1.</source>
        <translation>AWS 리전(예: eu-west-1).</translation>
    </message>
    <message>
        <source>Send every service call to this endpoint.</source>
        <translation>모든 서비스 호출을 이 엔드포인트로 보냅니다.</translation>
    </message>
    <message>
        <source>Log every request and response to stderr, secrets masked.</source>
        <translation>모든 요청과 응답을 비밀 정보를 가린 채 stderr에 기록합니다.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Usage: sagedesk-cli [options] COMMAND [arguments]</source>
        <translation>사용법: sagedesk-cli [옵션] 명령 [인수]</translation>
    </message>
    <message>
        <source>Command-line companion of SageDesk for Amazon SageMaker notebook instances.</source>
        <translation>Amazon SageMaker 노트북 인스턴스를 위한 SageDesk의 명령줄 도구입니다.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run 'sagedesk-cli COMMAND --help' for the options of one command.</source>
        <translation>명령별 옵션은 'sagedesk-cli 명령 --help'로 확인하세요.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>Command options:</source>
        <translation>명령 옵션:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>전역 옵션:</translation>
    </message>
    <message>
        <source>'%1' is not a command; run 'sagedesk-cli --help' for the list</source>
        <translation>'%1'은(는) 명령이 아닙니다. 목록은 'sagedesk-cli --help'로 확인하세요</translation>
    </message>
    <message>
        <source>--%1: not an option of '%2'; run 'sagedesk-cli %2 --help'</source>
        <translation>--%1: '%2'의 옵션이 아닙니다. 'sagedesk-cli %2 --help'를 실행하세요</translation>
    </message>
    <message>
        <source>--%1: not an option; run 'sagedesk-cli --help'</source>
        <translation>--%1: 옵션이 아닙니다. 'sagedesk-cli --help'를 실행하세요</translation>
    </message>
    <message>
        <source>--%1: needs a value (%2)</source>
        <translation>--%1: 값이 필요합니다(%2)</translation>
    </message>
    <message>
        <source>--%1: takes no value</source>
        <translation>--%1: 값을 받지 않습니다</translation>
    </message>
    <message>
        <source>--%1: may be given only once</source>
        <translation>--%1: 한 번만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>%1: missing argument of '%2'</source>
        <translation>%1: '%2'의 인수가 없습니다</translation>
    </message>
    <message>
        <source>'%1': unexpected argument of '%2'</source>
        <translation>'%1': '%2'에 예상하지 않은 인수입니다</translation>
    </message>
    <message>
        <source>--lang: must be en or ko</source>
        <translation>--lang: en 또는 ko여야 합니다</translation>
    </message>
    <message>
        <source>Output format (default json; text prints values only, for scripts).</source>
        <translation>출력 형식 (기본값 json, text는 스크립트용으로 값만 출력)</translation>
    </message>
    <message>
        <source>--output: must be json, table or text</source>
        <translation>--output: json, table 또는 text여야 합니다</translation>
    </message>
</context>
<context>
    <name>SageDesk::Cli::CliRequests</name>
    <message>
        <source>--tag: must be KEY=VALUE, got '%1'</source>
        <translation>--tag: KEY=VALUE 형식이어야 하는데 '%1'이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>%1: must be a whole number of at least %2</source>
        <translation>%1: %2 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--role-arn, --create-role: give exactly one of them</source>
        <translation>--role-arn, --create-role: 둘 중 정확히 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--instance-type: is required</source>
        <translation>--instance-type: 필수입니다</translation>
    </message>
</context>
<context>
    <name>SageDesk::CreatePlan</name>
    <message>
        <source>S3Buckets: name at least one bucket</source>
        <translation>S3Buckets: 버킷을 하나 이상 입력하세요</translation>
    </message>
    <message>
        <source>Stop when idle adds an OnStart script on AWS: choose no lifecycle configuration or a new one</source>
        <translation>유휴 시 중지는 AWS에서 OnStart 스크립트를 추가합니다. 수명 주기 구성 없음 또는 새 구성을 선택하세요</translation>
    </message>
    <message>
        <source>Stop when idle adds to the OnStart script, which must then be a bash or sh script (#!/bin/bash)</source>
        <translation>유휴 시 중지는 OnStart 스크립트에 추가되므로 그 스크립트는 bash 또는 sh 스크립트(#!/bin/bash)여야 합니다</translation>
    </message>
</context>
<context>
    <name>SageDesk::CreateRunner</name>
    <message>
        <source>The notebook instance %1 is Failed.</source>
        <translation>노트북 인스턴스 %1이(가) Failed 상태입니다.</translation>
    </message>
    <message>
        <source>The account's connection was closed.</source>
        <translation>계정 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>IAM role %1</source>
        <translation>IAM 역할 %1</translation>
    </message>
    <message>
        <source>IAM policy %1</source>
        <translation>IAM 정책 %1</translation>
    </message>
    <message>
        <source>attachment of %1 to %2</source>
        <translation>%2에 연결된 %1</translation>
    </message>
    <message>
        <source>lifecycle configuration %1</source>
        <translation>수명 주기 구성 %1</translation>
    </message>
    <message>
        <source>notebook instance %1</source>
        <translation>노트북 인스턴스 %1</translation>
    </message>
</context>
<context>
    <name>SageDesk::InstanceTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>InService</source>
        <translation>InService</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>현재까지 비용</translation>
    </message>
    <message>
        <source>Compute cost since the instance entered service, from the price catalog; — where the price is unknown or the instance is not running.</source>
        <translation>인스턴스가 서비스를 시작한 이후의 컴퓨팅 비용이며 가격표를 기준으로 합니다. 가격을 알 수 없거나 실행 중이 아니면 —로 표시합니다.</translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation>가격 출처: %1</translation>
    </message>
    <message>
        <source>Price date: %1</source>
        <translation>가격 기준일: %1</translation>
    </message>
    <message>
        <source>What this instance would have cost on AWS in %1 so far. It runs on this computer, at no charge.</source>
        <translation>이 인스턴스를 AWS %1 리전에서 실행했다면 지금까지 청구되었을 금액입니다. 이 컴퓨터에서는 무료로 실행됩니다.</translation>
    </message>
    <message>
        <source>Local mode: what each instance would have cost on AWS in %1 since it entered service, from the price catalog. Instances on this computer cost nothing; — where the price is unknown or the instance is not running.</source>
        <translation>로컬 모드: 각 인스턴스가 서비스를 시작한 이후 AWS %1 리전에서 청구되었을 금액으로, 가격 카탈로그에서 계산합니다. 이 컴퓨터의 인스턴스는 비용이 들지 않습니다. 가격을 알 수 없거나 인스턴스가 실행 중이 아니면 —로 표시합니다.</translation>
    </message>
    <message>
        <source>Cost on AWS</source>
        <translation>AWS 기준 비용</translation>
    </message>
</context>
<context>
    <name>SageDesk::Local::LocalCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a sagedesk-local credentials file.</source>
        <translation>%1은(는) sagedesk-local 자격 증명 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SageDesk::Local::LocalEndpoint</name>
    <message>
        <source>Local SageMaker endpoint of SageDesk (SageMaker, IAM, STS and S3 on 127.0.0.1, notebook instances as Jupyter servers).</source>
        <translation>SageDesk의 로컬 SageMaker 엔드포인트(127.0.0.1의 SageMaker, IAM, STS, S3, Jupyter 서버로 실행되는 노트북 인스턴스).</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>127.0.0.1의 포트(0: 사용 가능한 아무 포트).</translation>
    </message>
    <message>
        <source>Directory for state, volumes and buckets.</source>
        <translation>상태, 볼륨, 버킷을 저장할 디렉터리.</translation>
    </message>
    <message>
        <source>On SIGTERM, leave notebook instances running for the next start.</source>
        <translation>SIGTERM을 받으면 다음 시작을 위해 노트북 인스턴스를 계속 실행해 둡니다.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>잘못된 포트: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1에서 수신 대기 중</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>데이터 디렉터리 %1을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the state database: %1</source>
        <translation>상태 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1에서 수신 대기할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This sign-in link is no longer valid</source>
        <translation>이 로그인 링크는 더 이상 유효하지 않습니다</translation>
    </message>
    <message>
        <source>A presigned notebook URL can be used once, within 5 minutes of its creation. Open the notebook instance again from SageDesk, or create a new URL with create-presigned-notebook-instance-url.</source>
        <translation>미리 서명된 노트북 URL은 생성 후 5분 이내에 한 번만 사용할 수 있습니다. SageDesk에서 노트북 인스턴스를 다시 열거나 create-presigned-notebook-instance-url로 새 URL을 만드세요.</translation>
    </message>
    <message>
        <source>The notebook instance is not running</source>
        <translation>노트북 인스턴스가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>Start the notebook instance %1 and open it again once it is InService.</source>
        <translation>노트북 인스턴스 %1을(를) 시작하고 InService 상태가 되면 다시 여세요.</translation>
    </message>
    <message>
        <source>JupyterLab is not installed locally</source>
        <translation>이 컴퓨터에는 JupyterLab이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>This computer has no JupyterLab, so the notebook instance opens in the classic Jupyter view instead. Install JupyterLab and start the notebook instance again to use it.</source>
        <translation>이 컴퓨터에는 JupyterLab이 없으므로 노트북 인스턴스가 대신 클래식 Jupyter 보기로 열립니다. JupyterLab을 사용하려면 JupyterLab을 설치한 다음 노트북 인스턴스를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Continue to the classic Jupyter view</source>
        <translation>클래식 Jupyter 보기로 계속</translation>
    </message>
    <message>
        <source>Print AWS_* variables for a shell: of the running endpoint (waiting for one that is starting), or with --port of one started here if none runs.</source>
        <translation>셸용 AWS_* 변수를 출력합니다: 실행 중인 엔드포인트의 변수(시작 중이면 기다림), 또는 실행 중인 것이 없으면 --port로 여기서 시작한 엔드포인트의 변수.</translation>
    </message>
    <message>
        <source>No sagedesk-local serves %1. Start one (sagedesk-local --port 0 &amp;), or give --port to start one here.</source>
        <translation>%1을(를) 제공하는 sagedesk-local이 없습니다. 하나를 시작하거나(sagedesk-local --port 0 &amp;) --port를 지정해 여기서 시작하세요.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>빌드되지 않음</translation>
    </message>
    <message>
        <source>JupyterLab: %1</source>
        <translation>JupyterLab: %1</translation>
    </message>
    <message>
        <source>Cannot open the log database: %1</source>
        <translation>로그 데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation>데이터 디렉터리 %1을(를) 잠글 수 없습니다.</translation>
    </message>
    <message>
        <source>Another sagedesk-local (process %1) already serves %2 on port %3; it was left running as it is. Stop it first, or give this one another --data-dir.</source>
        <translation>다른 sagedesk-local(프로세스 %1)이(가) 이미 포트 %3에서 %2을(를) 제공하고 있으며, 그대로 두었습니다. 먼저 그것을 중지하거나, 이번 것에 다른 --data-dir을 지정하세요.</translation>
    </message>
    <message>
        <source>Another sagedesk-local (process %1) is starting on %2; it was left as it is. Stop it first, or give this one another --data-dir.</source>
        <translation>다른 sagedesk-local(프로세스 %1)이(가) %2에서 시작하는 중이며, 그대로 두었습니다. 먼저 그것을 중지하거나, 이번 것에 다른 --data-dir을 지정하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::LogStreamTail</name>
    <message>
        <source>There is no connection.</source>
        <translation>연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::PrivateFiles</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it is not used. Remove it, or start sagedesk-local with a data directory of your own (--data-dir).</source>
        <translation>%1은(는) 다른 사용자의 파일이므로 사용하지 않습니다. 이 파일을 지우거나, 본인의 데이터 디렉터리(--data-dir)로 sagedesk-local을 시작하세요.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users, so it is not used. Make it private (chmod 600) or remove it.</source>
        <translation>%1은(는) 다른 사용자가 읽거나 바꿀 수 있으므로 사용하지 않습니다. 비공개로 만들거나(chmod 600) 지우세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::RegionCatalog</name>
    <message>
        <source>Africa (Cape Town)</source>
        <translation>아프리카(케이프타운)</translation>
    </message>
    <message>
        <source>Asia Pacific (Hong Kong)</source>
        <translation>아시아 태평양(홍콩)</translation>
    </message>
    <message>
        <source>Asia Pacific (Taipei)</source>
        <translation>아시아 태평양(타이베이)</translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation>아시아 태평양(도쿄)</translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation>아시아 태평양(서울)</translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation>아시아 태평양(오사카)</translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation>아시아 태평양(뭄바이)</translation>
    </message>
    <message>
        <source>Asia Pacific (Hyderabad)</source>
        <translation>아시아 태평양(하이데라바드)</translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation>아시아 태평양(싱가포르)</translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation>아시아 태평양(시드니)</translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation>아시아 태평양(자카르타)</translation>
    </message>
    <message>
        <source>Asia Pacific (Melbourne)</source>
        <translation>아시아 태평양(멜버른)</translation>
    </message>
    <message>
        <source>Asia Pacific (Malaysia)</source>
        <translation>아시아 태평양(말레이시아)</translation>
    </message>
    <message>
        <source>Asia Pacific (New Zealand)</source>
        <translation>아시아 태평양(뉴질랜드)</translation>
    </message>
    <message>
        <source>Asia Pacific (Thailand)</source>
        <translation>아시아 태평양(태국)</translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation>캐나다(중부)</translation>
    </message>
    <message>
        <source>Canada West (Calgary)</source>
        <translation>캐나다 서부(캘거리)</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>유럽(프랑크푸르트)</translation>
    </message>
    <message>
        <source>Europe (Zurich)</source>
        <translation>유럽(취리히)</translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation>유럽(스톡홀름)</translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation>유럽(밀라노)</translation>
    </message>
    <message>
        <source>Europe (Spain)</source>
        <translation>유럽(스페인)</translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation>유럽(아일랜드)</translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation>유럽(런던)</translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation>유럽(파리)</translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation>이스라엘(텔아비브)</translation>
    </message>
    <message>
        <source>Middle East (UAE)</source>
        <translation>중동(UAE)</translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation>중동(바레인)</translation>
    </message>
    <message>
        <source>Mexico (Central)</source>
        <translation>멕시코(중부)</translation>
    </message>
    <message>
        <source>South America (Sao Paulo)</source>
        <translation>남아메리카(상파울루)</translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>미국 동부(버지니아 북부)</translation>
    </message>
    <message>
        <source>US East (Ohio)</source>
        <translation>미국 동부(오하이오)</translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation>미국 서부(캘리포니아 북부)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>미국 서부(오레곤)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::AboutDialog</name>
    <message>
        <source>About SageDesk</source>
        <translation>SageDesk 정보</translation>
    </message>
    <message>
        <source>A desktop console for Amazon SageMaker notebook instances.</source>
        <translation>Amazon SageMaker 노트북 인스턴스를 위한 데스크톱 콘솔입니다.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1(으)로 빌드되어 Qt %2에서 실행 중입니다.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>타사 고지</translation>
    </message>
    <message>
        <source>SageDesk %1</source>
        <translation>SageDesk %1</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::AccountBar</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Local (this computer)</source>
        <translation>로컬(이 컴퓨터)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Offline — as of %1</source>
        <translation>오프라인 — %1 기준</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ApiValueText</name>
    <message>
        <source>Enabled</source>
        <translation>활성화됨</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation>버전 1</translation>
    </message>
    <message>
        <source>Version 2 (IMDSv2 only)</source>
        <translation>버전 2(IMDSv2만)</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4만</translation>
    </message>
    <message>
        <source>Dual stack (IPv4 and IPv6)</source>
        <translation>듀얼 스택(IPv4 및 IPv6)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ConsoleView</name>
    <message>
        <source>Warn about &amp;long-running instances…</source>
        <translation>장시간 실행 인스턴스 경고(&amp;L)…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>The offline cache could not be opened: %1</source>
        <translation>오프라인 캐시를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached. Showing the list as of %1.</source>
        <translation>엔드포인트에 연결할 수 없습니다. %1 기준 목록을 표시합니다.</translation>
    </message>
    <message>
        <source>The endpoint cannot be reached and no list is cached yet.</source>
        <translation>엔드포인트에 연결할 수 없으며 저장된 목록도 아직 없습니다.</translation>
    </message>
    <message>
        <source>Delete notebook instance</source>
        <translation>노트북 인스턴스 삭제</translation>
    </message>
    <message>
        <source>Delete the notebook instance “%1”?</source>
        <translation>노트북 인스턴스 “%1”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its ML storage volume is deleted with it: everything saved on the instance is lost. This cannot be undone.</source>
        <translation>ML 스토리지 볼륨도 함께 삭제되어 인스턴스에 저장된 모든 내용이 사라집니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Long-running instances</source>
        <translation>장시간 실행 인스턴스</translation>
    </message>
    <message>
        <source>Warn when an instance has been in service for more than this many hours (0: never):</source>
        <translation>인스턴스가 이 시간보다 오래 InService 상태이면 경고합니다(0: 경고 안 함):</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA 코드</translation>
    </message>
    <message>
        <source>Profile %1 assumes a role that needs a code from the MFA device %2.
Enter the 6-digit code:</source>
        <translation>프로필 %1은(는) MFA 장치 %2의 코드가 필요한 역할을 수임합니다.
6자리 코드를 입력하세요:</translation>
    </message>
    <message>
        <source>Connect to an account or to the local endpoint first.</source>
        <translation>먼저 계정이나 로컬 엔드포인트에 연결하세요.</translation>
    </message>
    <message>
        <source>Notebook instances</source>
        <translation>노트북 인스턴스</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::CreateProgressPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Clean &amp;up</source>
        <translation>정리(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>대기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Creating the notebook instance</source>
        <translation>노트북 인스턴스 생성 중</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>AWS 오류</translation>
    </message>
    <message>
        <source>Retry from the failed step</source>
        <translation>실패한 단계부터 다시 시도</translation>
    </message>
    <message>
        <source>Clean up what this run created</source>
        <translation>이번 실행에서 생성한 항목 정리</translation>
    </message>
    <message>
        <source>Stop waiting for InService</source>
        <translation>InService 대기 중지</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 호출 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The notebook instance %1 was created.</source>
        <translation>노트북 인스턴스 %1을(를) 생성했습니다.</translation>
    </message>
    <message>
        <source>Cleaning up: %1 %2…</source>
        <translation>정리 중: %1 %2…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cleaned up: nothing this run created is left.</source>
        <translation>정리 완료: 이번 실행에서 생성한 항목이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Clean up could not remove: %1</source>
        <translation>정리하지 못한 항목: %1</translation>
    </message>
    <message>
        <source>Stopped waiting; the instance goes on starting and the table shows it.</source>
        <translation>대기를 중지했습니다. 인스턴스는 계속 시작되며 표에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The run stopped. Retry from the failed step, or clean up what it created.</source>
        <translation>실행이 중지되었습니다. 실패한 단계부터 다시 시도하거나 생성된 항목을 정리하세요.</translation>
    </message>
    <message>
        <source>Code: %1
Message: %2
Request id: %3</source>
        <translation>코드: %1
메시지: %2
요청 ID: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::CreateWizard</name>
    <message>
        <source>Create notebook instance</source>
        <translation>노트북 인스턴스 생성</translation>
    </message>
    <message>
        <source>Restore the unfinished notebook instance?</source>
        <translation>완료하지 않은 노트북 인스턴스를 복원할까요?</translation>
    </message>
    <message>
        <source>SageDesk closed while you were creating %1 (last change %2). Restore those choices?</source>
        <translation>%1을(를) 만드는 중에 SageDesk가 종료되었습니다(마지막 변경 %2). 그 선택을 복원할까요?</translation>
    </message>
    <message>
        <source>a notebook instance</source>
        <translation>노트북 인스턴스</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::DetailValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::EmptyTableWelcome</name>
    <message>
        <source>Create notebook instance</source>
        <translation>노트북 인스턴스 생성</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No notebook instances here yet&lt;/h3&gt;&lt;p&gt;A notebook instance is a machine running Jupyter for you. Create one to choose its type, its IAM role and the S3 buckets it may use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;아직 노트북 인스턴스가 없습니다&lt;/h3&gt;&lt;p&gt;노트북 인스턴스는 Jupyter를 실행하는 머신입니다. 인스턴스를 만들어 유형, IAM 역할, 사용할 S3 버킷을 선택하세요.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::GitPage</name>
    <message>
        <source>Git repository problem</source>
        <translation>Git 리포지토리 문제</translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation>Git 리포지토리</translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation>기본 리포지토리</translation>
    </message>
    <message>
        <source>Additional repository %1</source>
        <translation>추가 리포지토리 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Could not list stored repositories: %1</source>
        <translation>저장된 리포지토리 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Optional: repositories cloned into /home/ec2-user/SageMaker, from this account's stored repositories or an https:// URL. For a private repository, store it as a code repository with a Secrets Manager secret, as AWS advises, rather than a password in the URL.</source>
        <translation>선택 사항: /home/ec2-user/SageMaker에 복제할 리포지토리로, 이 계정에 저장된 리포지토리나 https:// URL을 지정합니다. 비공개 리포지토리는 URL에 암호를 넣지 말고, AWS의 권고대로 Secrets Manager 보안 암호와 함께 코드 리포지토리로 저장하세요.</translation>
    </message>
    <message>
        <source>A password in a repository URL is stored with the instance and shown by Describe. Use a code repository with a Secrets Manager secret instead.</source>
        <translation>리포지토리 URL의 암호는 인스턴스와 함께 저장되고 Describe에 표시됩니다. 대신 Secrets Manager 보안 암호가 있는 코드 리포지토리를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceActions</name>
    <message>
        <source>Open &amp;Jupyter</source>
        <translation>Jupyter 열기(&amp;J)</translation>
    </message>
    <message>
        <source>Open Jupyter&amp;Lab</source>
        <translation>JupyterLab 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Update settings…</source>
        <translation>설정 업데이트(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create notebook instance…</source>
        <translation>노트북 인스턴스 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation>태그 편집(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceDetailsPane</name>
    <message>
        <source>Failure reason</source>
        <translation>실패 이유</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation>이유 복사</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>마지막 수정</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM 역할</translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation>수명 주기 구성</translation>
    </message>
    <message>
        <source>Root access</source>
        <translation>루트 액세스</translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation>직접 인터넷 액세스</translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation>최소 IMDS 버전</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS 키</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>네트워크 인터페이스</translation>
    </message>
    <message>
        <source>Default repository</source>
        <translation>기본 리포지토리</translation>
    </message>
    <message>
        <source>Additional repositories</source>
        <translation>추가 리포지토리</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>상태 기록</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>%1  first seen %2</source>
        <translation>%1  처음 확인: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>No instance selected. Select one in the table to see its settings, tags and status history.</source>
        <translation>선택한 인스턴스가 없습니다. 표에서 인스턴스를 선택하면 설정, 태그, 상태 기록이 표시됩니다.</translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation>IP 주소 유형</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::InstanceLogsView</name>
    <message>
        <source>OnCreate</source>
        <translation>OnCreate</translation>
    </message>
    <message>
        <source>OnStart</source>
        <translation>OnStart</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>로그 복사</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>텍스트로 저장…</translation>
    </message>
    <message>
        <source>Select an instance to see its logs.</source>
        <translation>로그를 보려면 인스턴스를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No log yet.</source>
        <translation>아직 로그가 없습니다.</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>로그를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Lines: %1, following new lines.</source>
        <translation>줄: %1, 새 줄을 따라가는 중.</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>줄: %1</translation>
    </message>
    <message>
        <source>The highlighted line is where the script failed.</source>
        <translation>강조 표시된 줄에서 스크립트가 실패했습니다.</translation>
    </message>
    <message>
        <source>Save log as text</source>
        <translation>로그를 텍스트로 저장</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt)</source>
        <translation>텍스트 파일 (*.log *.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1.</source>
        <translation>로그를 %1에 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::LifecycleLogLink</name>
    <message>
        <source>Last run's log: &lt;a href="on-create"&gt;OnCreate&lt;/a&gt; · &lt;a href="on-start"&gt;OnStart&lt;/a&gt;</source>
        <translation>마지막 실행의 로그: &lt;a href="on-create"&gt;OnCreate&lt;/a&gt; · &lt;a href="on-start"&gt;OnStart&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>%1의 로그</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::LocalEndpointConnector</name>
    <message>
        <source>sagedesk-local was not found next to SageDesk or on the PATH.</source>
        <translation>SageDesk 옆이나 PATH에서 sagedesk-local을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>sagedesk-local could not be started (%1).</source>
        <translation>sagedesk-local을 시작할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>sagedesk-local did not start within 15 seconds.</source>
        <translation>sagedesk-local이 15초 안에 시작되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::MainWindow</name>
    <message>
        <source>SageDesk</source>
        <translation>SageDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>인스턴스(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SageDesk</source>
        <translation>SageDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>세부 정보 창(&amp;D)</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>Local instances are running</source>
        <translation>로컬 인스턴스가 실행 중입니다</translation>
    </message>
    <message>
        <source>Local notebook instances are still running: %1.</source>
        <translation>로컬 노트북 인스턴스가 아직 실행 중입니다: %1.</translation>
    </message>
    <message>
        <source>Stop them now, or keep them running after SageDesk quits?</source>
        <translation>지금 중지하시겠습니까, 아니면 SageDesk를 종료한 뒤에도 계속 실행하시겠습니까?</translation>
    </message>
    <message>
        <source>Stop them</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Keep them running</source>
        <translation>계속 실행</translation>
    </message>
    <message>
        <source>Clear &amp;Browsing Data…</source>
        <translation>탐색 데이터 지우기(&amp;B)…</translation>
    </message>
    <message>
        <source>Clear browsing data</source>
        <translation>탐색 데이터 지우기</translation>
    </message>
    <message>
        <source>Clear the cookies, cache and storage of the Jupyter tabs of every account?</source>
        <translation>모든 계정의 Jupyter 탭 쿠키, 캐시, 저장소를 지울까요?</translation>
    </message>
    <message>
        <source>Open tabs sign in again when they next need to. Notebooks on the instances are not touched.</source>
        <translation>열린 탭은 다음에 필요할 때 다시 로그인합니다. 인스턴스의 노트북은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::NetworkPage</name>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation>직접 인터넷 액세스</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>네트워크 문제</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Optional: put the notebook instance in one of your VPCs.</source>
        <translation>선택 사항: 노트북 인스턴스를 VPC 중 하나에 배치하세요.</translation>
    </message>
    <message>
        <source>No VPC</source>
        <translation>VPC 없음</translation>
    </message>
    <message>
        <source>Enabled — access the internet through SageMaker</source>
        <translation>Enabled — SageMaker를 통해 인터넷에 액세스</translation>
    </message>
    <message>
        <source>Disabled — only through the VPC</source>
        <translation>Disabled — VPC를 통해서만 액세스</translation>
    </message>
    <message>
        <source>&amp;VPC:</source>
        <translation>VPC(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>서브넷(&amp;S):</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>보안 그룹(&amp;G):</translation>
    </message>
    <message>
        <source>Direct &amp;internet access:</source>
        <translation>직접 인터넷 액세스(&amp;I):</translation>
    </message>
    <message>
        <source>The local endpoint runs instances on this computer, outside any VPC.</source>
        <translation>로컬 엔드포인트는 VPC 밖의 이 컴퓨터에서 인스턴스를 실행합니다.</translation>
    </message>
    <message>
        <source>Loading VPCs…</source>
        <translation>VPC를 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list VPCs: %1</source>
        <translation>VPC 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Loading subnets…</source>
        <translation>서브넷을 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading security groups…</source>
        <translation>보안 그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>Choose a subnet</source>
        <translation>서브넷을 선택하세요</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1(%2, %3)</translation>
    </message>
    <message>
        <source>Security groups take effect only with a subnet.</source>
        <translation>보안 그룹은 서브넷이 있어야 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::NewRoleDialog</name>
    <message>
        <source>&amp;Specific S3 buckets</source>
        <translation>특정 S3 버킷(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Any S3 bucket</source>
        <translation>모든 S3 버킷(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>없음(&amp;N)</translation>
    </message>
    <message>
        <source>Create an IAM role</source>
        <translation>IAM 역할 생성</translation>
    </message>
    <message>
        <source>Specific S3 buckets</source>
        <translation>특정 S3 버킷</translation>
    </message>
    <message>
        <source>Any S3 bucket</source>
        <translation>모든 S3 버킷</translation>
    </message>
    <message>
        <source>No S3 buckets</source>
        <translation>S3 버킷 없음</translation>
    </message>
    <message>
        <source>Bucket names, separated by commas</source>
        <translation>쉼표로 구분한 버킷 이름</translation>
    </message>
    <message>
        <source>Buckets of this account</source>
        <translation>이 계정의 버킷</translation>
    </message>
    <message>
        <source>Bucket name problem</source>
        <translation>버킷 이름 문제</translation>
    </message>
    <message>
        <source>&amp;Create role</source>
        <translation>역할 생성(&amp;C)</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>역할 생성</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>e.g. team-data, team-models</source>
        <translation>예: team-data, team-models</translation>
    </message>
    <message>
        <source>The role can also use any bucket with "sagemaker" in its name, through the AmazonSageMakerFullAccess policy.</source>
        <translation>이 역할은 AmazonSageMakerFullAccess 정책을 통해 이름에 "sagemaker"가 들어간 모든 버킷도 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>S3 buckets you specify – optional</source>
        <translation>지정하는 S3 버킷 – 선택 사항</translation>
    </message>
    <message>
        <source>Loading buckets…</source>
        <translation>버킷을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list buckets (type their names): %1</source>
        <translation>버킷 목록을 가져오지 못했습니다(이름을 직접 입력하세요): %1</translation>
    </message>
    <message>
        <source>No buckets in this account</source>
        <translation>이 계정에 버킷이 없습니다</translation>
    </message>
    <message>
        <source>Name at least one bucket.</source>
        <translation>버킷을 하나 이상 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::PermissionsPage</name>
    <message>
        <source>IAM role</source>
        <translation>IAM 역할</translation>
    </message>
    <message>
        <source>Existing IAM role</source>
        <translation>기존 IAM 역할</translation>
    </message>
    <message>
        <source>Create a new role…</source>
        <translation>새 역할 생성…</translation>
    </message>
    <message>
        <source>Create a new role</source>
        <translation>새 역할 생성</translation>
    </message>
    <message>
        <source>New role summary</source>
        <translation>새 역할 요약</translation>
    </message>
    <message>
        <source>Custom IAM role ARN</source>
        <translation>사용자 지정 IAM 역할 ARN</translation>
    </message>
    <message>
        <source>Role ARN problem</source>
        <translation>역할 ARN 문제</translation>
    </message>
    <message>
        <source>Give users &amp;root access to the notebook</source>
        <translation>사용자에게 노트북 루트 액세스 권한 부여(&amp;R)</translation>
    </message>
    <message>
        <source>Root access</source>
        <translation>루트 액세스</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>암호화 키</translation>
    </message>
    <message>
        <source>Encryption key problem</source>
        <translation>암호화 키 문제</translation>
    </message>
    <message>
        <source>Permissions and encryption</source>
        <translation>권한 및 암호화</translation>
    </message>
    <message>
        <source>The IAM role the notebook instance works with.</source>
        <translation>노트북 인스턴스가 사용하는 IAM 역할입니다.</translation>
    </message>
    <message>
        <source>Use an existing role</source>
        <translation>기존 역할 사용</translation>
    </message>
    <message>
        <source>Enter a custom IAM role ARN</source>
        <translation>사용자 지정 IAM 역할 ARN 입력</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>역할을 불러오는 중…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Role ARN:</source>
        <translation>역할 ARN:</translation>
    </message>
    <message>
        <source>&amp;IAM role:</source>
        <translation>IAM 역할(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>암호화 키(&amp;E):</translation>
    </message>
    <message>
        <source>No custom encryption (AWS managed key)</source>
        <translation>사용자 지정 암호화 없음(AWS 관리형 키)</translation>
    </message>
    <message>
        <source>Could not list KMS aliases: %1</source>
        <translation>KMS 별칭 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Could not list roles: %1</source>
        <translation>역할 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No role that SageMaker may assume; create a new one</source>
        <translation>SageMaker가 수임할 수 있는 역할이 없습니다. 새 역할을 생성하세요</translation>
    </message>
    <message>
        <source>A new role with no S3 access beyond buckets with "sagemaker" in the name.</source>
        <translation>이름에 "sagemaker"가 들어간 버킷 외에는 S3 액세스 권한이 없는 새 역할입니다.</translation>
    </message>
    <message>
        <source>A new role with access to any S3 bucket.</source>
        <translation>모든 S3 버킷에 액세스할 수 있는 새 역할입니다.</translation>
    </message>
    <message>
        <source>A new role with access to these S3 buckets: %1</source>
        <translation>다음 S3 버킷에 액세스할 수 있는 새 역할입니다: %1</translation>
    </message>
    <message>
        <source>Choose the S3 buckets the new role may use.</source>
        <translation>새 역할이 사용할 S3 버킷을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::ReviewPage</name>
    <message>
        <source>Summary of the choices</source>
        <translation>선택 항목 요약</translation>
    </message>
    <message>
        <source>Request bodies</source>
        <translation>요청 본문</translation>
    </message>
    <message>
        <source>AWS CLI commands</source>
        <translation>AWS CLI 명령</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>JSON 복사(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the request bodies</source>
        <translation>요청 본문 복사</translation>
    </message>
    <message>
        <source>Copy the AWS CLI commands</source>
        <translation>AWS CLI 명령 복사</translation>
    </message>
    <message>
        <source>&amp;Wait until the instance is InService</source>
        <translation>인스턴스가 InService가 될 때까지 대기(&amp;W)</translation>
    </message>
    <message>
        <source>Wait until InService</source>
        <translation>InService까지 대기</translation>
    </message>
    <message>
        <source>Problems to fix before creating</source>
        <translation>생성하기 전에 해결할 문제</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>검토 및 생성</translation>
    </message>
    <message>
        <source>These are the exact requests that will be sent, in order.</source>
        <translation>다음은 순서대로 전송될 정확한 요청입니다.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>생성(&amp;C)</translation>
    </message>
    <message>
        <source>Request bodies:</source>
        <translation>요청 본문:</translation>
    </message>
    <message>
        <source>Equivalent aws CLI commands:</source>
        <translation>동일한 aws CLI 명령:</translation>
    </message>
    <message>
        <source>Waiting for the account's identity (GetCallerIdentity)…</source>
        <translation>계정 자격 증명(GetCallerIdentity)을 기다리는 중…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>볼륨 크기</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation>수명 주기 구성</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>새로 생성: %1</translation>
    </message>
    <message>
        <source>any S3 bucket</source>
        <translation>모든 S3 버킷</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>IAM 역할</translation>
    </message>
    <message>
        <source>S3 buckets</source>
        <translation>S3 버킷</translation>
    </message>
    <message>
        <source>Root access</source>
        <translation>루트 액세스</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Direct internet access</source>
        <translation>직접 인터넷 액세스</translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation>Git 리포지토리</translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation>최소 IMDS 버전</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>암호화 키</translation>
    </message>
    <message>
        <source>AWS managed key</source>
        <translation>AWS 관리형 키</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation>유휴 시 중지</translation>
    </message>
    <message>
        <source>after %1 minutes</source>
        <translation>%1분 후</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Create &amp;anyway, despite the warnings</source>
        <translation>경고를 무시하고 생성(&amp;A)</translation>
    </message>
    <message>
        <source>Create despite the warnings</source>
        <translation>경고를 무시하고 생성</translation>
    </message>
    <message>
        <source>Warnings (AWS may refuse these):
%1</source>
        <translation>경고(AWS가 거부할 수 있음):
%1</translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation>IP 주소 유형</translation>
    </message>
    <message>
        <source>Copy C&amp;LI</source>
        <translation>CLI 복사(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::SettingsPage</name>
    <message>
        <source>Notebook instance name</source>
        <translation>노트북 인스턴스 이름</translation>
    </message>
    <message>
        <source>Notebook instance name problem</source>
        <translation>노트북 인스턴스 이름 문제</translation>
    </message>
    <message>
        <source>Notebook instance type</source>
        <translation>노트북 인스턴스 유형</translation>
    </message>
    <message>
        <source>Platform identifier</source>
        <translation>플랫폼 식별자</translation>
    </message>
    <message>
        <source>Platform warning</source>
        <translation>플랫폼 경고</translation>
    </message>
    <message>
        <source>Volume size in GB</source>
        <translation>볼륨 크기(GB)</translation>
    </message>
    <message>
        <source>Minimum IMDS version</source>
        <translation>최소 IMDS 버전</translation>
    </message>
    <message>
        <source>Lifecycle configuration</source>
        <translation>수명 주기 구성</translation>
    </message>
    <message>
        <source>Existing lifecycle configuration</source>
        <translation>기존 수명 주기 구성</translation>
    </message>
    <message>
        <source>New lifecycle configuration name</source>
        <translation>새 수명 주기 구성 이름</translation>
    </message>
    <message>
        <source>Start notebook script (OnCreate)</source>
        <translation>노트북 생성 스크립트(OnCreate)</translation>
    </message>
    <message>
        <source>Start notebook script (OnStart)</source>
        <translation>노트북 시작 스크립트(OnStart)</translation>
    </message>
    <message>
        <source>Lifecycle script warnings</source>
        <translation>수명 주기 스크립트 경고</translation>
    </message>
    <message>
        <source>Notebook instance settings</source>
        <translation>노트북 인스턴스 설정</translation>
    </message>
    <message>
        <source>Name the instance and choose what it runs on.</source>
        <translation>인스턴스 이름을 정하고 실행 환경을 선택하세요.</translation>
    </message>
    <message>
        <source>e.g. team-notebook</source>
        <translation>예: team-notebook</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1(지원 종료)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Version 2 (IMDSv2 only)</source>
        <translation>버전 2(IMDSv2만)</translation>
    </message>
    <message>
        <source>Version 1</source>
        <translation>버전 1</translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation>구성 없음</translation>
    </message>
    <message>
        <source>An existing configuration</source>
        <translation>기존 구성</translation>
    </message>
    <message>
        <source>A new configuration</source>
        <translation>새 구성</translation>
    </message>
    <message>
        <source>Loading lifecycle configurations…</source>
        <translation>수명 주기 구성을 불러오는 중…</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>구성:</translation>
    </message>
    <message>
        <source>Configuration name:</source>
        <translation>구성 이름:</translation>
    </message>
    <message>
        <source>Create notebook (OnCreate):</source>
        <translation>노트북 생성(OnCreate):</translation>
    </message>
    <message>
        <source>Start notebook (OnStart):</source>
        <translation>노트북 시작(OnStart):</translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation>인스턴스 유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>플랫폼(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Volume size:</source>
        <translation>볼륨 크기(&amp;V):</translation>
    </message>
    <message>
        <source>Minimum &amp;IMDS version:</source>
        <translation>최소 IMDS 버전(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Lifecycle configuration:</source>
        <translation>수명 주기 구성(&amp;L):</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1 제품군</translation>
    </message>
    <message>
        <source>Could not list configurations: %1</source>
        <translation>구성 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No lifecycle configurations in this region</source>
        <translation>이 리전에 수명 주기 구성이 없습니다</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수입니다.</translation>
    </message>
    <message>
        <source>AWS no longer creates instances on %1; choose %2.</source>
        <translation>AWS는 더 이상 %1에서 인스턴스를 생성하지 않습니다. %2을(를) 선택하세요.</translation>
    </message>
    <message>
        <source>%1: the script has no shebang line (e.g. #!/bin/bash).</source>
        <translation>%1: 스크립트에 shebang 줄(예: #!/bin/bash)이 없습니다.</translation>
    </message>
    <message>
        <source>Write an OnCreate or an OnStart script.</source>
        <translation>OnCreate 또는 OnStart 스크립트를 작성하세요.</translation>
    </message>
    <message>
        <source>IP address type</source>
        <translation>IP 주소 유형</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4만</translation>
    </message>
    <message>
        <source>Dual stack (IPv4 and IPv6; needs a subnet with IPv6)</source>
        <translation>듀얼 스택(IPv4 및 IPv6, IPv6 서브넷 필요)</translation>
    </message>
    <message>
        <source>IP &amp;address type:</source>
        <translation>IP 주소 유형(&amp;A):</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation>vCPU %1개</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1GiB</translation>
    </message>
    <message>
        <source>%1 %2 per hour</source>
        <translation>시간당 %1 %2</translation>
    </message>
    <message>
        <source>price not in the catalog</source>
        <translation>카탈로그에 가격 없음</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>NotebookInstanceLifecycleConfigName: a configuration named %1 already exists in this region; choose it under "An existing configuration" or pick another name.</source>
        <translation>NotebookInstanceLifecycleConfigName: 이 리전에 %1 구성이 이미 있습니다. "기존 구성"에서 고르거나 다른 이름을 정하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TagEditorDialog</name>
    <message>
        <source>Edit tags of %1</source>
        <translation>%1의 태그 편집</translation>
    </message>
    <message>
        <source>Tag editor status</source>
        <translation>태그 편집기 상태</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>태그 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>태그를 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list the tags: %1</source>
        <translation>태그를 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>DeleteTags failed: %1</source>
        <translation>DeleteTags 실패: %1</translation>
    </message>
    <message>
        <source>AddTags failed: %1</source>
        <translation>AddTags 실패: %1</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TagsPage</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>태그 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>태그 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <source>Tag problems</source>
        <translation>태그 문제</translation>
    </message>
    <message>
        <source>&amp;Stop when idle for</source>
        <translation>유휴 상태가 지속되면 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop when idle</source>
        <translation>유휴 시 중지</translation>
    </message>
    <message>
        <source>Idle minutes before stopping</source>
        <translation>중지하기 전 유휴 시간(분)</translation>
    </message>
    <message>
        <source>At most %1 tags; keys up to 128 characters, values up to 256.</source>
        <translation>태그는 최대 %1개이며, 키는 128자, 값은 256자까지입니다.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>How stop when idle works</source>
        <translation>유휴 시 중지 작동 방식</translation>
    </message>
    <message>
        <source>The local endpoint stops the instance itself (the tag %1).</source>
        <translation>로컬 엔드포인트가 인스턴스를 직접 중지합니다(태그 %1).</translation>
    </message>
    <message>
        <source>SageDesk adds an OnStart script that watches the instance's own Jupyter server and stops the instance after that many idle minutes; it needs no internet access. A new role gets exactly the permission sagemaker:StopNotebookInstance on this instance; an existing role must already allow it.</source>
        <translation>SageDesk는 인스턴스 자체의 Jupyter 서버를 지켜보다가 지정한 시간(분) 동안 유휴 상태이면 인스턴스를 중지하는 OnStart 스크립트를 추가합니다. 인터넷 연결은 필요하지 않습니다. 새 역할에는 이 인스턴스에 대한 sagemaker:StopNotebookInstance 권한만 추가되며, 기존 역할은 이미 이 권한을 허용해야 합니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::TrayNotifier</name>
    <message>
        <source>SageDesk</source>
        <translation>SageDesk</translation>
    </message>
    <message>
        <source>%1 is in service</source>
        <translation>%1: InService 상태가 되었습니다</translation>
    </message>
    <message>
        <source>The notebook instance is ready to open.</source>
        <translation>노트북 인스턴스를 열 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 중지됨</translation>
    </message>
    <message>
        <source>The notebook instance is no longer billed for compute.</source>
        <translation>이제 이 노트북 인스턴스에 컴퓨팅 요금이 부과되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>이유가 제공되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 아직 실행 중</translation>
    </message>
    <message>
        <source>It has been in service for %1 hours. Stop it if it is not needed.</source>
        <translation>%1시간째 InService 상태입니다. 필요하지 않으면 중지하세요.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::UpdateSettingsDialog</name>
    <message>
        <source>Update settings of %1</source>
        <translation>%1 설정 업데이트</translation>
    </message>
    <message>
        <source>Problems with the new settings</source>
        <translation>새 설정의 문제</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>업데이트 상태</translation>
    </message>
    <message>
        <source>Settings to update</source>
        <translation>업데이트할 설정</translation>
    </message>
    <message>
        <source>Notebook instance settings</source>
        <translation>노트북 인스턴스 설정</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation>Git 리포지토리</translation>
    </message>
    <message>
        <source>UpdateNotebookInstance request body</source>
        <translation>UpdateNotebookInstance 요청 본문</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>Update the notebook instance</source>
        <translation>노트북 인스턴스 업데이트</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Request body (UpdateNotebookInstance):</source>
        <translation>요청 본문(UpdateNotebookInstance):</translation>
    </message>
    <message>
        <source>Loading the current settings (DescribeNotebookInstance)…</source>
        <translation>현재 설정을 불러오는 중(DescribeNotebookInstance)…</translation>
    </message>
    <message>
        <source>DescribeNotebookInstance failed: %1</source>
        <translation>DescribeNotebookInstance 실패: %1</translation>
    </message>
    <message>
        <source>%1 is %2: AWS updates the settings of a Stopped instance only.</source>
        <translation>%1의 상태는 %2입니다. AWS는 Stopped 상태인 인스턴스의 설정만 업데이트합니다.</translation>
    </message>
    <message>
        <source>Sending UpdateNotebookInstance…</source>
        <translation>UpdateNotebookInstance 보내는 중…</translation>
    </message>
    <message>
        <source>UpdateNotebookInstance failed: %1</source>
        <translation>UpdateNotebookInstance 실패: %1</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterPage</name>
    <message>
        <source>Leave the notebook?</source>
        <translation>노트북을 닫을까요?</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>The notebook has changes that are not saved. Close it anyway?</source>
        <translation>노트북에 저장하지 않은 변경 사항이 있습니다. 그래도 닫을까요?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterWebView</name>
    <message>
        <source>The certificate of %1 is not valid: %2
SageDesk does not open pages whose certificate cannot be trusted.</source>
        <translation>%1의 인증서가 유효하지 않습니다: %2
SageDesk는 신뢰할 수 없는 인증서의 페이지를 열지 않습니다.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>분리</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>페이지에서 찾기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Starting the notebook instance… The notebook comes back here once it is InService.</source>
        <translation>노트북 인스턴스를 시작하는 중입니다… InService가 되면 노트북이 여기에 다시 나타납니다.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>다시 연결</translation>
    </message>
    <message>
        <source>The notebook instance %1 has been deleted.</source>
        <translation>노트북 인스턴스 %1이(가) 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Instance stopped — start %1 to continue working in it. Its notebooks are kept.</source>
        <translation>인스턴스가 중지됨 — 계속 작업하려면 %1을(를) 시작하세요. 노트북은 보존됩니다.</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>다시 붙이기</translation>
    </message>
    <message>
        <source>JupyterLab is not installed on this computer, so the classic Jupyter view is open instead.</source>
        <translation>이 컴퓨터에 JupyterLab이 설치되어 있지 않아 클래식 Jupyter 화면을 대신 엽니다.</translation>
    </message>
    <message>
        <source>The Jupyter session has ended or was refused. Reconnect to sign in again.</source>
        <translation>Jupyter 세션이 끝났거나 거부되었습니다. 다시 로그인하려면 다시 연결하세요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1을(를) 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save download</source>
        <translation>다운로드 저장</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::JupyterWorkspace</name>
    <message>
        <source>Jupyter opens in the web browser: %1</source>
        <translation>Jupyter를 웹 브라우저에서 엽니다: %1</translation>
    </message>
    <message>
        <source>JupyterLab</source>
        <translation>JupyterLab</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — SageDesk</source>
        <translation>%1 — SageDesk</translation>
    </message>
    <message>
        <source>Signing in to %1 needs the account it was opened in. Switch back to that account and choose Reconnect.</source>
        <translation>%1에 로그인하려면 탭을 연 계정이 필요합니다. 그 계정으로 돌아간 뒤 다시 연결을 선택하세요.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>%1에 로그인하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 stayed on the notebook instance; it wanted to open %2</source>
        <translation>%1은(는) 노트북 인스턴스에 머물렀습니다. 페이지가 %2을(를) 열려고 했습니다</translation>
    </message>
    <message>
        <source>Open outside SageDesk?</source>
        <translation>SageDesk 밖에서 열까요?</translation>
    </message>
    <message>
        <source>The notebook wants to open a page that is not part of the notebook instance:
%1</source>
        <translation>노트북이 노트북 인스턴스에 속하지 않은 페이지를 열려고 합니다:
%1</translation>
    </message>
    <message>
        <source>SageDesk keeps notebook tabs on their instance. Open it in your web browser?</source>
        <translation>SageDesk는 노트북 탭을 해당 인스턴스 안에 둡니다. 웹 브라우저에서 열까요?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Browsing data cleared: cookies, cache and storage of every account.</source>
        <translation>탐색 데이터를 지웠습니다: 모든 계정의 쿠키, 캐시, 저장소.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Ui::Web::WebEngineLoader</name>
    <message>
        <source>The web view module %1 belongs to another version of SageDesk.</source>
        <translation>웹 보기 모듈 %1은(는) 다른 버전의 SageDesk용입니다.</translation>
    </message>
    <message>
        <source>The web view module (%1) is not installed.</source>
        <translation>웹 보기 모듈(%1)이 설치되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SageDesk::Validation</name>
    <message>
        <source>must be 1–63 characters of letters, digits and hyphens, starting and ending with a letter or digit</source>
        <translation>영문자, 숫자, 하이픈으로 된 1–63자여야 하며 영문자나 숫자로 시작하고 끝나야 합니다</translation>
    </message>
    <message>
        <source>“%1” is not a notebook instance type (for example ml.t3.medium)</source>
        <translation>“%1”은(는) 노트북 인스턴스 유형이 아닙니다(예: ml.t3.medium)</translation>
    </message>
    <message>
        <source>must be an IAM role ARN of 20–2048 characters, like arn:aws:iam::123456789012:role/service-role/MyRole</source>
        <translation>arn:aws:iam::123456789012:role/service-role/MyRole 같은 20–2048자의 IAM 역할 ARN이어야 합니다</translation>
    </message>
    <message>
        <source>“%1” can no longer be used for new notebook instances; use one of %2</source>
        <translation>“%1”은(는) 새 노트북 인스턴스에 더 이상 사용할 수 없습니다. %2 중 하나를 사용하세요</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number of GB from 5 to 16384</source>
        <translation>5에서 16384 사이의 GB 단위 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be Enabled or Disabled</source>
        <translation>Enabled 또는 Disabled여야 합니다</translation>
    </message>
    <message>
        <source>must be at most 2048 characters of letters, digits, “:”, “/”, “_” and “-”</source>
        <translation>영문자, 숫자, “:”, “/”, “_”, “-”로 된 최대 2048자여야 합니다</translation>
    </message>
    <message>
        <source>must be at most 32 letters, digits and hyphens</source>
        <translation>영문자, 숫자, 하이픈으로 된 최대 32자여야 합니다</translation>
    </message>
    <message>
        <source>must list at most 5 security groups</source>
        <translation>보안 그룹은 최대 5개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>“%1” must be 1–32 letters, digits and hyphens</source>
        <translation>“%1”은(는) 영문자, 숫자, 하이픈으로 된 1–32자여야 합니다</translation>
    </message>
    <message>
        <source>Disabled requires a SubnetId, or the instance has no network at all</source>
        <translation>Disabled에는 SubnetId가 필요합니다. 없으면 인스턴스가 네트워크에 전혀 연결되지 않습니다</translation>
    </message>
    <message>
        <source>must be 1 or 2</source>
        <translation>1 또는 2여야 합니다</translation>
    </message>
    <message>
        <source>must be a code repository name or an https:// URL of 1–1024 characters</source>
        <translation>1–1024자의 코드 리포지토리 이름 또는 https:// URL이어야 합니다</translation>
    </message>
    <message>
        <source>must list at most 3 repositories</source>
        <translation>리포지토리는 최대 3개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>must list at most 50 tags</source>
        <translation>태그는 최대 50개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>“%1” must be 1–128 letters, digits, spaces and _ . : / = + - @</source>
        <translation>“%1”은(는) 문자, 숫자, 공백 및 _ . : / = + - @로 된 1–128자여야 합니다</translation>
    </message>
    <message>
        <source>“%1” must not start with aws:, which AWS reserves</source>
        <translation>“%1”은(는) AWS가 예약한 aws:로 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” appears more than once</source>
        <translation>“%1”이(가) 두 번 이상 나옵니다</translation>
    </message>
    <message>
        <source>the value of “%1” must be 0–256 letters, digits, spaces and _ . : / = + - @</source>
        <translation>“%1”의 값은 문자, 숫자, 공백 및 _ . : / = + - @로 된 0–256자여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not available on %2 (Amazon Linux 2023 has no ml.p2, ml.p3, ml.p3dn, ml.inf1 or ml.g3 instances)</source>
        <translation>%2에서는 %1을(를) 사용할 수 없습니다(Amazon Linux 2023에는 ml.p2, ml.p3, ml.p3dn, ml.inf1, ml.g3 인스턴스가 없습니다)</translation>
    </message>
    <message>
        <source>need a SubnetId in the same VPC</source>
        <translation>같은 VPC의 SubnetId가 필요합니다</translation>
    </message>
    <message>
        <source>can only grow: the volume has %1 GB and cannot shrink to %2 GB</source>
        <translation>늘리기만 할 수 있습니다. 볼륨이 %1GB이므로 %2GB로 줄일 수 없습니다</translation>
    </message>
    <message>
        <source>the script must not be empty</source>
        <translation>스크립트가 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>the script has Windows line endings (CRLF) and would fail with “^M: bad interpreter”; save it with Unix line endings (LF)</source>
        <translation>스크립트에 Windows 줄 끝(CRLF)이 있어 “^M: bad interpreter” 오류로 실패합니다. Unix 줄 끝(LF)으로 저장하세요</translation>
    </message>
    <message>
        <source>the script is %1 bytes; encoded as base64 it must fit in 16384 characters (about 12 KB)</source>
        <translation>스크립트가 %1바이트입니다. base64로 인코딩하여 16384자(약 12KB) 이내여야 합니다</translation>
    </message>
    <message>
        <source>must be base64 text of 1–16384 characters</source>
        <translation>1–16384자의 base64 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>“%1” must be 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit</source>
        <translation>“%1”은(는) 영문 소문자, 숫자, 점, 하이픈으로 된 3–63자여야 하며 영문자나 숫자로 시작하고 끝나야 합니다</translation>
    </message>
    <message>
        <source>“%1” must not contain two dots in a row</source>
        <translation>“%1”에 점이 두 개 연속으로 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>“%1” must not look like an IP address</source>
        <translation>“%1”은(는) IP 주소 형식이면 안 됩니다</translation>
    </message>
    <message>
        <source>“%1” must not start with xn-- or end with -s3alias</source>
        <translation>“%1”은(는) xn--로 시작하거나 -s3alias로 끝나면 안 됩니다</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits and + = , . @ _ -</source>
        <translation>영문자, 숫자 및 + = , . @ _ -로 된 1–64자여야 합니다</translation>
    </message>
    <message>
        <source>must be 1–63 letters, digits and hyphens</source>
        <translation>영문자, 숫자, 하이픈으로 된 1–63자여야 합니다</translation>
    </message>
    <message>
        <source>must be ipv4 or dualstack</source>
        <translation>ipv4 또는 dualstack이어야 합니다</translation>
    </message>
    <message>
        <source>must be 1–63 letters, digits and hyphens, starting and ending with a letter or digit</source>
        <translation>문자, 숫자, 하이픈으로 1–63자여야 하며 문자나 숫자로 시작하고 끝나야 합니다</translation>
    </message>
    <message>
        <source>must be an https:// URL of a Git repository</source>
        <translation>Git 저장소의 https:// URL이어야 합니다</translation>
    </message>
    <message>
        <source>must be a branch name without spaces or ~ ^ : ? * [</source>
        <translation>공백이나 ~ ^ : ? * [ 가 없는 브랜치 이름이어야 합니다</translation>
    </message>
    <message>
        <source>must be the ARN of a Secrets Manager secret</source>
        <translation>Secrets Manager 보안 암호의 ARN이어야 합니다</translation>
    </message>
    <message>
        <source>dualstack needs a SubnetId of a subnet with an IPv6 range</source>
        <translation>dualstack에는 IPv6 범위가 있는 서브넷의 SubnetId가 필요합니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon SageMaker notebook instances.</source>
        <translation>Amazon SageMaker 노트북 인스턴스를 위한 데스크톱 콘솔입니다.</translation>
    </message>
    <message>
        <source>Use this language instead of the system's (en or ko).</source>
        <translation>시스템 언어 대신 이 언어를 사용합니다(en 또는 ko).</translation>
    </message>
</context>
</TS>