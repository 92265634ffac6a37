<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Дафтари минтақавӣ: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Намояндагӣ: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>Аз дафтари минтақавии %1 фаро гирифта мешавад</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 дар харита</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Фаъолияти дафтар дар ин кишвар</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Тарҷумаи ғайрирасмӣ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Хуш омадед</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Забонро интихоб кунед</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Шумо ҳанӯз ҳастед?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>Пас аз %n сония аз нав оғоз мешавад.</numerusform>
            <numerusform>Пас аз %n сония аз нав оғоз мешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Идома додан</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Аз нав оғоз кардан</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Забонро интихоб кунед</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Саҳифаи дафтар дар интернет (ин киоск онро намекушояд): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Ба экрани қаблӣ баргаштан</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Асосӣ</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Ин саҳифаро бо худ гиред</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Ба экрани аввал баргаштан</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Саҳифаи дафтар дар интернет, ҳамчун рамзи QR</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Андозаи матн: муқаррарӣ</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Андозаи матн: калон</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Андозаи матн: хеле калон</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Контрасти баланд</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Бо овоз хондан</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Забон: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Забонро интихоб кунед</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Нигоҳ дошта нашуд: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Нигоҳ дошта шуд: %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Мундариҷа аз нав бор карда нашуд: %n мушкилот. Мундариҷаи ҷорӣ боқӣ мемонад.</numerusform>
            <numerusform>Мундариҷа аз нав бор карда нашуд: %n мушкилот. Мундариҷаи ҷорӣ боқӣ мемонад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Мундариҷа аз нав бор карда шуд: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Панели оператор</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Забони пешфарз</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Забонҳои пешниҳодшуда</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Вақти бефаъолиятӣ то аз нав оғоз</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n сония</numerusform>
            <numerusform>%n сония</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Танзимотро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Мундариҷаро аз нав бор кардан</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Ташхис</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Баромадан аз киоск</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Бастаҳои мундариҷа</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-коди нодуруст.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN-коди нодуруст аз ҳад зиёд ворид шуд. Пас аз %n сония боз кӯшиш кунед.</numerusform>
            <numerusform>PIN-коди нодуруст аз ҳад зиёд ворид шуд. Пас аз %n сония боз кӯшиш кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Ақаллан як забонро пешниҳод кунед.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Забони пешфарз бояд яке аз забонҳои пешниҳодшуда бошад.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Омори истифода</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Папкаи воридотӣ: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Расонаи ҷудошаванда: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Санҷиш...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Интизори файлҳои он: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Рад шуд: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Бо калиди %1 имзо шудааст</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Бе имзо (танзимот иҷозат медиҳад)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Ҳоло намоиш дода мешавад</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Насб кардан</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Насби версияи кӯҳна</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Дар папкаи воридотӣ ва расонаҳои ҷудошаванда баста нест.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Навсозӣ</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Бозгардонидан</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Бо вуҷуди ин насб кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Намоиш: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>%1 ба ҷои версияи навтари %2 насб карда шавад?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Насб шуд: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Насб нашуд: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>Ба %1 баргардонида шуд</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Бозгардонида нашуд: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>PIN-коди оператор</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тоза кардан</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Ин калимаҳо дар ягон саҳифа нестанд.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Ин саҳифаро бо худ гиред</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Камераи телефонро ба рамз равона кунед ё суроғаро нависед.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Дар сомонаи дафтар саҳифа бо ин забон нест. Ин саҳифа бо забони зерин аст: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Рамзи QR-и суроғаи %1</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Ҷаласаҳои меҳмонон, 14 рӯзи охир</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Ҷаласаҳо аз рӯи забон</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Содирот ба CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Ҳоло ягон ҷаласаи меҳмон нест.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>На флешкаи USB ёфт шуд, на папкаи содиротӣ.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Содир нашуд: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Содир шуд: %1</translation>
    </message>
</context>
</TS>
