#include "core/Redaction.h"

#include <QRegularExpression>

namespace SageDesk::Redaction {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    static const auto options = QRegularExpression::CaseInsensitiveOption;
    static const QString keep = QStringLiteral("\\1") + QLatin1String(kMask);
    static const QList<Rule> list{
        // Authorization: AWS4-HMAC-SHA256 Credential=AKID/..., SignedHeaders=..., Signature=abcdef
        {QRegularExpression(QStringLiteral("(Signature=)[0-9a-f]+"), options), keep},
        {QRegularExpression(QStringLiteral("(X-Amz-Signature=)[0-9a-zA-Z%]+"), options), keep},
        // Header or query forms of session tokens.
        {QRegularExpression(QStringLiteral("(X-Amz-Security-Token[=:]\\s*)[^&\\s\"',]+"), options), keep},
        // JSON fields ("SecretAccessKey": "...", "sessionToken":"...", "accessToken": "...").
        {QRegularExpression(
             QStringLiteral("(\"(?:SecretAccessKey|SecretKey|SessionToken|Token|accessToken|"
                            "secretAccessKey|sessionToken|authToken|token|refreshToken|"
                            "clientSecret|aws_secret_access_key|aws_session_token)\"\\s*:\\s*\")"
                            "[^\"]*"),
             options),
         keep},
        // XML elements from STS (<SecretAccessKey>...</SecretAccessKey>, <SessionToken>...).
        {QRegularExpression(QStringLiteral("(<(?:SecretAccessKey|SessionToken)>)[^<]*"), options), keep},
        // INI lines and environment assignments.
        {QRegularExpression(QStringLiteral("((?:aws_secret_access_key|aws_session_token|aws_security_token|"
                                           "AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)\\s*[=:]\\s*)\\S+"),
                            options),
         keep},
        // authToken / token parameters in URLs and forms (presigned URLs, Jupyter URLs).
        {QRegularExpression(QStringLiteral("([?&](?:authToken|token|access_token)=)[^&#\\s\"'<>]+"), options),
         keep},
        // Jupyter "Authorization: token abc" and bearer tokens.
        {QRegularExpression(
             QStringLiteral("((?:Authorization|x-amz-sso_bearer_token):\\s*(?:token|bearer)?\\s*)"
                            "(?!AWS4-HMAC)[^\\s,]+"),
             options),
         keep},
        // The password of a URL's user information (a repository URL "https://user:password@host/...").
        {QRegularExpression(QStringLiteral("(\\b[a-z][a-z0-9+.-]*://[^/\\s:@'\"<>]*:)[^@/\\s'\"<>]+(?=@)"),
                            options),
         keep},
        // MFA codes (AssumeRole's TokenCode as a form parameter or a JSON field).
        {QRegularExpression(QStringLiteral("((?:^|[?&\\s])TokenCode=)[^&\\s\"']+"), options), keep},
        {QRegularExpression(QStringLiteral("(\"TokenCode\"\\s*:\\s*\")[^\"]*"), options), keep},
        // Cookies carry sessions (Jupyter's login cookie, _xsrf).
        {QRegularExpression(QStringLiteral("((?:^|\\n|\\s)(?:Set-)?Cookie:\\s*)[^\\r\\n]+"), options), keep},
        // Jupyter command lines: --NotebookApp.token=..., --ServerApp.token=...
        {QRegularExpression(QStringLiteral("(\\.token=)\\S+"), options), keep},
    };
    return list;
}

} // namespace

QString redact(const QString& text)
{
    QString result = text;
    for (const auto& rule : rules()) {
        result.replace(rule.pattern, rule.replacement);
    }
    return result;
}

QByteArray redact(const QByteArray& text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace SageDesk::Redaction
