<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Sebitleýin edara: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Wekilhana: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>Iş %1 şäherindäki sebitleýin edaradan alnyp barylýar</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 kartada</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Edaranyň bu ýurtdaky işi</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Resmi däl terjime</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiňiz</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dili saýlaň</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Heniz şu ýerdemisiňiz?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>%n sekuntdan täzeden başlanar.</numerusform>
            <numerusform>%n sekuntdan täzeden başlanar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dowam etmek</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Täzeden başlamak</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Dili saýlaň</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýapmak</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>Edaranyň internetdäki sahypasy (bu kiosk ony açmaýar): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Öňki ekrana dolanmak</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Baş sahypa</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Bu sahypany özüňiz bilen alyň</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Başlangyç ekrana dolanmak</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Edaranyň internetdäki sahypasy, QR kod görnüşinde</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Tekstiň ölçegi: adaty</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Tekstiň ölçegi: uly</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Tekstiň ölçegi: has uly</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Ýokary kontrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli okamak</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dili saýlaň</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Ýatda saklanmady: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Ýatda saklandy: %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Mazmun täzeden ýüklenmedi: %n mesele. Häzirki mazmun galýar.</numerusform>
            <numerusform>Mazmun täzeden ýüklenmedi: %n mesele. Häzirki mazmun galýar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Mazmun täzeden ýüklendi: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Operatoryň paneli</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Deslapky dil</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Hödürlenýän diller</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Täzeden başlamazdan öňki hereketsiz wagt</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekunt</numerusform>
            <numerusform>%n sekunt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Sazlamalary ýatda saklamak</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Mazmuny täzeden ýüklemek</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kioskdan çykmak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýapmak</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Mazmun paketleri</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Nädogry PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Nädogry PIN gaty köp girizildi. %n sekuntdan soň gaýtadan synanyşyň.</numerusform>
            <numerusform>Nädogry PIN gaty köp girizildi. %n sekuntdan soň gaýtadan synanyşyň.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Iň bolmanda bir dil hödürläň.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Deslapky dil hödürlenýän dilleriň biri bolmaly.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Ulanyş statistikasy</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Gelýän bukja: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Aýrylýan göteriji: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Barlanýar...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Faýllaryna garaşylýar: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ret edildi: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 açary bilen gol çekilen</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Golsuz (sazlamalar rugsat berýär)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Häzir görkezilýär</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Gurnamak</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Köne wersiýany gurnamak</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Gelýän bukjada-da, aýrylýan göterijilerde-de paket ýok.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Täzelemek</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Yzyna gaýtarmak</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Barybir gurnamak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyrmak</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Görkezilýär: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Has täze %2 ýerine %1 gurnalsynmy?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Gurnaldy: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Gurnalmady: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>%1 wersiýasyna gaýtaryldy</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Yzyna gaýtarylmady: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>Operatoryň PIN-kody</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Arassalamak</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyrmak</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Gözle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýapmak</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Bu sözler hiç bir sahypada ýok.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Bu sahypany özüňiz bilen alyň</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Telefonyňyzyň kamerasyny koda gönükdiriň ýa-da salgyny ýazyň.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Edaranyň saýtynda bu dilde sahypa ýok. Bu sahypa şu dilde: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýapmak</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>%1 salgysynyň QR kody</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Myhmanlaryň sessiýalary, soňky 14 gün</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Diller boýunça sessiýalar</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV görnüşinde eksport etmek</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Entek myhman sessiýasy ýok.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>USB fleşkasy hem, çykýan bukja hem tapylmady.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Eksport edilmedi: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksport edildi: %1</translation>
    </message>
</context>
</TS>
