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
        <source>%1 on the map</source>
        <translation>%1 на карте</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>Работа отделения в этой стране</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Неофициальный перевод</translation>
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
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Вы еще здесь?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>Начнем заново через %n секунду.</numerusform>
            <numerusform>Начнем заново через %n секунды.</numerusform>
            <numerusform>Начнем заново через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <source>Take this page with you</source>
        <translation>Возьмите эту страницу с собой</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Вернуться на начальный экран</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>Страница отделения в интернете в виде QR-кода</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Размер текста: обычный</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Размер текста: крупный</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Размер текста: очень крупный</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Содержимое не перезагружено: %n проблема. Текущее содержимое сохранено.</numerusform>
            <numerusform>Содержимое не перезагружено: %n проблемы. Текущее содержимое сохранено.</numerusform>
            <numerusform>Содержимое не перезагружено: %n проблем. Текущее содержимое сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Содержимое перезагружено: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Панель оператора</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Доступные языки</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Время бездействия до сброса</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Перезагрузить содержимое</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Пакеты содержимого</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Выберите хотя бы один язык.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>Язык по умолчанию должен быть среди доступных языков.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Статистика использования</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Входящая папка: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Съёмный носитель: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Проверка...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Ожидание файлов: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Подписан ключом %1</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Без подписи (разрешено настройками)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показан сейчас</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Установить старую версию</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Нет пакетов во входящей папке и на съёмных носителях.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Всё равно установить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Установить %1 вместо более новой %2?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Установлено: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Не установлено: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>Возвращено к %1</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Откат не выполнен: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>PIN-код оператора</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Ни на одной странице нет этих слов.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Возьмите эту страницу с собой</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Наведите камеру телефона на код или введите адрес.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>На сайте отделения нет страницы на этом языке. Эта страница на языке: %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR-код адреса %1</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Сеансы посетителей за последние 14 дней</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Сеансы по языкам</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Сеансов посетителей пока нет.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>Не найдены ни USB-накопитель, ни исходящая папка.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
</TS>
