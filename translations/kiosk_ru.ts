<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Региональное отделение: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Присутствие: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>Охватывается региональным отделением в городе %1</translation>
    </message>
    <message>
        <source>The office covers all five countries of Central Asia. Choose a country to read more.</source>
        <translation>Отделение охватывает все пять стран Центральной Азии. Выберите страну, чтобы узнать больше.</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Работа отделения в этой стране</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Страница отделения в интернете (этот киоск ее не открывает): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Вернуться на предыдущий экран</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Вернуться на начальный экран</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
</TS>
