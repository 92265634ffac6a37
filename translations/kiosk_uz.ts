<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Mintaqaviy vakolatxona: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Idora: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>%1dagi mintaqaviy vakolatxona orqali qamrab olinadi</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 xaritada</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Vakolatxonaning bu mamlakatdagi faoliyati</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Norasmiy tarjima</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Xush kelibsiz</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Tilni tanlang</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Shu yerdamisiz?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n soniyadan soʻng qaytadan boshlanadi.</numerusform>
            <numerusform>%n soniyadan soʻng qaytadan boshlanadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davom etish</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Qaytadan boshlash</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Tilni tanlang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Vakolatxonaning internetdagi sahifasi (bu kiosk uni ochmaydi): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Oldingi ekranga qaytish</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Bu sahifani oʻzingiz bilan oling</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Boshlangʻich ekranga qaytish</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Vakolatxonaning internetdagi sahifasi, QR kod koʻrinishida</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Matn oʻlchami: oddiy</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Matn oʻlchami: katta</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Matn oʻlchami: juda katta</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yuqori kontrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ovoz chiqarib oʻqish</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Tilni tanlang</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Saqlanmadi: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saqlandi: %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Kontent qayta yuklanmadi: %n ta muammo. Joriy kontent oʻzgarmaydi.</numerusform>
            <numerusform>Kontent qayta yuklanmadi: %n ta muammo. Joriy kontent oʻzgarmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Kontent qayta yuklandi: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Operator paneli</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standart til</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Taklif etiladigan tillar</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Qayta boshlashgacha harakatsizlik vaqti</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n soniya</numerusform>
            <numerusform>%n soniya</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Sozlamalarni saqlash</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Kontentni qayta yuklash</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kiosk rejimidan chiqish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Kontent paketlari</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-kod notoʻgʻri.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Notoʻgʻri PIN-kod juda koʻp marta kiritildi. %n soniyadan soʻng qayta urinib koʻring.</numerusform>
            <numerusform>Notoʻgʻri PIN-kod juda koʻp marta kiritildi. %n soniyadan soʻng qayta urinib koʻring.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Kamida bitta tilni taklif eting.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Standart til taklif etiladigan tillardan biri boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Foydalanish statistikasi</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Kiruvchi jild: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Olinadigan tashuvchi: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Tekshirilmoqda...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Fayllari kutilmoqda: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rad etildi: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 kaliti bilan imzolangan</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Imzosiz (sozlamalar ruxsat beradi)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Hozir koʻrsatilmoqda</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Oʻrnatish</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Eski versiyani oʻrnatish</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Kiruvchi jildda ham, olinadigan tashuvchilarda ham paket yoʻq.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Orqaga qaytarish</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Baribir oʻrnatish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Koʻrsatilmoqda: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Yangiroq %2 oʻrniga %1 oʻrnatilsinmi?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Oʻrnatildi: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Oʻrnatilmadi: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>%1 versiyasiga qaytarildi</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Orqaga qaytarilmadi: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>Operator PIN-kodi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Bu soʻzlar hech bir sahifada yoʻq.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Bu sahifani oʻzingiz bilan oling</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Telefon kamerasini kodga qarating yoki manzilni yozing.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Vakolatxona saytida bu tilda sahifa yoʻq. Bu sahifa quyidagi tilda: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>%1 manzilining QR kodi</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Tashrif buyuruvchilar seanslari, soʻnggi 14 kun</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Tillar boʻyicha seanslar</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV sifatida eksport qilish</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Hozircha tashrif buyuruvchilar seanslari yoʻq.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>USB xotira ham, chiquvchi jild ham topilmadi.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Eksport qilinmadi: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksport qilindi: %1</translation>
    </message>
</context>
</TS>
