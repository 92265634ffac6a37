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
        <source>%1 on the map</source>
        <translation>%1 على الخريطة</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>عمل المكتب في هذا البلد</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>ترجمة غير رسمية</translation>
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
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلتم هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>سنبدأ من جديد خلال %n ثانية.</numerusform>
            <numerusform>سنبدأ من جديد خلال ثانية واحدة.</numerusform>
            <numerusform>سنبدأ من جديد خلال ثانيتين.</numerusform>
            <numerusform>سنبدأ من جديد خلال %n ثوانٍ.</numerusform>
            <numerusform>سنبدأ من جديد خلال %n ثانية.</numerusform>
            <numerusform>سنبدأ من جديد خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>اختاروا لغتكم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
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
        <source>Take this page with you</source>
        <translation>خذوا هذه الصفحة معكم</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>العودة إلى شاشة البداية</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>صفحة المكتب على الإنترنت في رمز استجابة سريعة</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>حجم النص: عادي</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>حجم النص: كبير</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>حجم النص: أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختاروا لغتكم</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>لم يُعَد تحميل المحتوى: %n مشكلة. يبقى المحتوى الحالي.</numerusform>
            <numerusform>لم يُعَد تحميل المحتوى: مشكلة واحدة. يبقى المحتوى الحالي.</numerusform>
            <numerusform>لم يُعَد تحميل المحتوى: مشكلتان. يبقى المحتوى الحالي.</numerusform>
            <numerusform>لم يُعَد تحميل المحتوى: %n مشكلات. يبقى المحتوى الحالي.</numerusform>
            <numerusform>لم يُعَد تحميل المحتوى: %n مشكلة. يبقى المحتوى الحالي.</numerusform>
            <numerusform>لم يُعَد تحميل المحتوى: %n مشكلة. يبقى المحتوى الحالي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>أُعيد تحميل المحتوى: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>لوحة المشغّل</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>اللغات المتاحة</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>مدة الخمول قبل إعادة الضبط</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>إعادة تحميل المحتوى</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>حزم المحتوى</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاولوا مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>اختاروا لغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>يجب أن تكون اللغة الافتراضية إحدى اللغات المتاحة.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>إحصاءات الاستخدام</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>صندوق الوارد: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>وسائط قابلة للإزالة: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>جارٍ التحقق...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>بانتظار وصول ملفاتها: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوضة: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>موقّعة بالمفتاح %1</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>غير موقّعة (تسمح بها الإعدادات)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>معروضة الآن</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>تثبيت إصدار أقدم</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>لا توجد حزم في صندوق الوارد ولا على الوسائط القابلة للإزالة.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>الرجوع إلى الإصدار السابق</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>ثبّت رغم ذلك</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>المعروض: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>تثبيت %1 بدلًا من الإصدار الأحدث %2؟</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>ثُبّتت: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>لم تُثبَّت: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>تم الرجوع إلى %1</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>لم يتم الرجوع: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>الرقم السري للمشغّل</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>لا توجد صفحة تحتوي على هذه الكلمات.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>خذوا هذه الصفحة معكم</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>وجّهوا كاميرا الهاتف نحو الرمز، أو اكتبوا العنوان.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>لا توجد على موقع المكتب صفحة بهذه اللغة: هذه الصفحة بلغة %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>رمز الاستجابة السريعة للعنوان %1</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>جلسات الزوار، آخر ١٤ يومًا</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>الجلسات حسب اللغة</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>تصدير بصيغة CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>لا توجد جلسات زوار بعد.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>لم يُعثر على ذاكرة USB ولا على صندوق الصادر.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>لم يُصدَّر: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
</context>
</TS>
