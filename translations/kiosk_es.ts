<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Oficina Regional: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Presencia: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>Cubierto desde la Oficina Regional en %1</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 en el mapa</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>La labor de la Oficina en este país</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Traducción no oficial</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>Volverá al inicio en %n segundo.</numerusform>
            <numerusform>Volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>La página de la Oficina en internet (este quiosco no la abre): %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Llévese esta página</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>La página de la Oficina en línea, como código QR</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Tamaño del texto: normal</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Tamaño del texto: grande</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Tamaño del texto: muy grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>No se ha recargado el contenido: %n problema. Se mantiene el contenido actual.</numerusform>
            <numerusform>No se ha recargado el contenido: %n problemas. Se mantiene el contenido actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Contenido recargado: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Panel del operador</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Idiomas ofrecidos</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Inactividad antes de reiniciar</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recargar el contenido</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Ofrezca al menos un idioma.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>El idioma predeterminado debe ser uno de los idiomas ofrecidos.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Estadísticas de uso</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Medio extraíble: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>Esperando sus archivos: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Firmado con la clave %1</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Sin firma (permitido por la configuración)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>En pantalla ahora</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Instalar versión anterior</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>No hay paquetes en la bandeja de entrada ni en medios extraíbles.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Instalar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>En pantalla: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>¿Instalar %1 en lugar de la más reciente %2?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Instalado: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>No instalado: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>Revertido a %1</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>No revertido: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>PIN del operador</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Ninguna página contiene estas palabras.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Llévese esta página</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Apunte la cámara de su teléfono al código o escriba la dirección.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>El sitio web de la Oficina no tiene una página en este idioma; esta está en %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Código QR de la dirección %1</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Sesiones de visitantes, últimos 14 días</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Sesiones por idioma</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Aún no hay sesiones de visitantes.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>No se encontró ninguna memoria USB ni bandeja de salida.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
</TS>
