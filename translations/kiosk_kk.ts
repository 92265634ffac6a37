<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Өңірлік кеңсе: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Өкілдік: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>%1 қаласындағы өңірлік кеңсе қамтиды</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 картада</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Кеңсенің осы елдегі жұмысы</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Ресми емес аударма</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Әлі осындасыз ба?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n секундтан кейін басынан басталады.</numerusform>
            <numerusform>%n секундтан кейін басынан басталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Басынан бастау</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Кеңсенің интернеттегі беті (бұл киоск оны ашпайды): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Алдыңғы экранға оралу</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Бұл бетті өзіңізбен алыңыз</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Бастапқы экранға оралу</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Кеңсенің интернеттегі беті, QR-код түрінде</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Мәтін өлшемі: қалыпты</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Мәтін өлшемі: үлкен</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Мәтін өлшемі: өте үлкен</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Дауыстап оқу</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тіл: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Мазмұн қайта жүктелмеді: %n мәселе. Ағымдағы мазмұн сақталады.</numerusform>
            <numerusform>Мазмұн қайта жүктелмеді: %n мәселе. Ағымдағы мазмұн сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Мазмұн қайта жүктелді: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Оператор панелі</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Әдепкі тіл</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Ұсынылатын тілдер</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Қайта бастауға дейінгі әрекетсіздік уақыты</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунд</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Мазмұнды қайта жүктеу</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Киоск режимінен шығу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Мазмұн пакеттері</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код қате.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Қате PIN-код тым көп енгізілді. %n секундтан кейін қайталаңыз.</numerusform>
            <numerusform>Қате PIN-код тым көп енгізілді. %n секундтан кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Кемінде бір тілді ұсыныңыз.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Әдепкі тіл ұсынылатын тілдердің бірі болуы керек.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Пайдалану статистикасы</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Кіріс қалтасы: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Алынбалы тасымалдағыш: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Тексерілуде...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Файлдары күтілуде: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 кілтімен қол қойылған</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Қолтаңбасыз (баптаулар рұқсат етеді)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Қазір көрсетілуде</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Ескі нұсқаны орнату</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Кіріс қалтасында да, алынбалы тасымалдағышта да пакет жоқ.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Бәрібір орнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Көрсетілуде: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Жаңарақ %2 орнына %1 орнатылсын ба?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Орнатылды: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Орнатылмады: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>%1 нұсқасына қайтарылды</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Кері қайтарылмады: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>Оператордың PIN-коды</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Бұл сөздер ешбір бетте жоқ.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Бұл бетті өзіңізбен алыңыз</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Телефон камерасын кодқа бағыттаңыз немесе мекенжайды теріңіз.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Кеңсе сайтында бұл тілде бет жоқ. Бұл бет мына тілде: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>%1 мекенжайының QR-коды</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Келушілер сеанстары, соңғы 14 күн</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Тілдер бойынша сеанстар</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV ретінде экспорттау</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Әзірге келушілер сеанстары жоқ.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>USB жинақтағышы да, шығыс қалтасы да табылмады.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Экспортталмады: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
</context>
</TS>
