#include <gtest/gtest.h>

#include <QFile>
#include <QXmlStreamReader>

namespace {

struct TsSummary
{
    int messages = 0;
    QStringList unfinished;
    QString language;
};

TsSummary readTs(const QString& path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return summary;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("TS")) {
            summary.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++summary.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (unfinished || xml.readElementText().isEmpty()) {
                summary.unfinished << context + QStringLiteral(": ") + source;
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return summary;
}

} // namespace

TEST(Translations, KoreanIsComplete)
{
    const TsSummary ko = readTs(QStringLiteral(SAGEDESK_SOURCE_DIR "/resources/translations/sagedesk_ko.ts"));
    EXPECT_EQ(ko.language, QStringLiteral("ko_KR"));
    EXPECT_GT(ko.messages, 10);
    EXPECT_TRUE(ko.unfinished.isEmpty()) << "untranslated into Korean:\n"
                                         << ko.unfinished.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, ContextsAreQualifiedClassNames)
{
    // tr() looks messages up by the class's full name; an unqualified context means lupdate could
    // not see the namespace and the translation would never be found at run time.
    QFile file(QStringLiteral(SAGEDESK_SOURCE_DIR "/resources/translations/sagedesk_ko.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("name")) {
            const QString context = xml.readElementText();
            EXPECT_TRUE(context.startsWith(QStringLiteral("SageDesk::")) || context == QStringLiteral("main"))
                << context.toStdString();
        }
    }
}
