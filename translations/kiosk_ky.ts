<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Аймактык кеңсе: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Өкүлчүлүк: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>%1 шаарындагы аймактык кеңсе камтыйт</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 картада</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Кеңсенин бул өлкөдөгү иши</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Расмий эмес котормо</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тилди тандаңыз</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Али ушул жердесизби?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n секунддан кийин башынан башталат.</numerusform>
            <numerusform>%n секунддан кийин башынан башталат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Башынан баштоо</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Тилди тандаңыз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Кеңсенин интернеттеги барагы (бул киоск аны ачпайт): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Мурунку экранга кайтуу</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Бул баракты өзүңүз менен алыңыз</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Баштапкы экранга кайтуу</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Кеңсенин интернеттеги барагы, QR-код түрүндө</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Тексттин өлчөмү: кадимки</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Тексттин өлчөмү: чоң</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Тексттин өлчөмү: өтө чоң</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жогорку контраст</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Үн чыгарып окуу</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Тил: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Тилди тандаңыз</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Сакталган жок: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Мазмун кайра жүктөлгөн жок: %n көйгөй. Учурдагы мазмун сакталат.</numerusform>
            <numerusform>Мазмун кайра жүктөлгөн жок: %n көйгөй. Учурдагы мазмун сакталат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Мазмун кайра жүктөлдү: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Оператордун панели</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Демейки тил</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Сунушталган тилдер</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Кайра баштоого чейинки аракетсиз убакыт</translation>
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
        <translation>Жөндөөлөрдү сактоо</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Мазмунду кайра жүктөө</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Киоск режиминен чыгуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Мазмун пакеттери</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код туура эмес.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Туура эмес PIN-код өтө көп киргизилди. %n секунддан кийин кайталаңыз.</numerusform>
            <numerusform>Туура эмес PIN-код өтө көп киргизилди. %n секунддан кийин кайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Жок дегенде бир тилди сунуштаңыз.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Демейки тил сунушталган тилдердин бири болушу керек.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Колдонуу статистикасы</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Кирүүчү папка: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Алынуучу алып жүрүүчү: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Текшерилүүдө...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Файлдары күтүлүүдө: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Четке кагылды: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 ачкычы менен кол коюлган</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Колтамгасыз (жөндөөлөр уруксат берет)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Азыр көрсөтүлүүдө</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Орнотуу</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Эски версияны орнотуу</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Кирүүчү папкада да, алынуучу алып жүрүүчүдө да пакет жок.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Баары бир орнотуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Көрсөтүлүүдө: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Жаңыраак %2 ордуна %1 орнотулсунбу?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Орнотулду: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Орнотулган жок: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>%1 версиясына кайтарылды</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Артка кайтарылган жок: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>Оператордун PIN-коду</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Бул сөздөр эч бир бетте жок.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Бул баракты өзүңүз менен алыңыз</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Телефондун камерасын кодго багыттаңыз же даректи териңиз.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Кеңсенин сайтында бул тилде барак жок. Бул барак төмөнкү тилде: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>%1 дарегинин QR-коду</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Келүүчүлөрдүн сеанстары, акыркы 14 күн</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Тилдер боюнча сеанстар</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV катары экспорттоо</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Азырынча келүүчүлөрдүн сеанстары жок.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>USB түзүлүшү да, чыгуучу папка да табылган жок.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Экспорттолгон жок: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспорттолду: %1</translation>
    </message>
</context>
</TS>
