<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>المكتب الإقليمي: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>وجود المكتب: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>يغطيه المكتب الإقليمي في %1</translation>
    </message>
    <message>
        <source>The office covers all five countries of Central Asia. Choose a country to read more.</source>
        <translation>يغطي المكتب جميع بلدان آسيا الوسطى الخمسة. اختاروا بلدًا لمعرفة المزيد.</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>عمل المكتب في هذا البلد</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختاروا لغتكم</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>صفحة المكتب على الإنترنت (لا يفتحها هذا الجهاز): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>العودة إلى الشاشة السابقة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>العودة إلى شاشة البداية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
</TS>
