<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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