<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Countries</name>
    <message>
        <source>Regional office: %1</source>
        <translation>Bureau régional&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>Présence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Covered from the regional office in %1</source>
        <translation>Couvert depuis le Bureau régional de %1</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 sur la carte</translation>
    </message>
    <message>
        <source>The office&apos;s work in this country</source>
        <translation>L’action du Bureau dans ce pays</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Unofficial translation</source>
        <extracomment>A small note under the title of every screen in a language whose translation nobody fluent has reviewed yet: the text is not the office&apos;s official version.</extracomment>
        <translation>Traduction non officielle</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n seconds.</source>
        <translation>
            <numerusform>Retour au début dans %n seconde.</numerusform>
            <numerusform>Retour au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MandateScreen</name>
    <message>
        <source>The office&apos;s page online (not opened by this kiosk): %1</source>
        <translation>La page du Bureau en ligne (cette borne ne l’ouvre pas)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Revenir à l’écran précédent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Take this page with you</source>
        <translation>Emportez cette page</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Revenir à l’écran d’accueil</translation>
    </message>
    <message>
        <source>The office&apos;s page online, as a QR code</source>
        <translation>La page du Bureau en ligne, en code QR</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Taille du texte&#xa0;: normale</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Taille du texte&#xa0;: grande</translation>
    </message>
    <message>
        <source>Text size: larger</source>
        <translation>Taille du texte&#xa0;: très grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>The content was not reloaded: %n problem(s). The current content stays.</source>
        <translation>
            <numerusform>Le contenu n’a pas été rechargé&#xa0;: %n problème. Le contenu actuel est conservé.</numerusform>
            <numerusform>Le contenu n’a pas été rechargé&#xa0;: %n problèmes. Le contenu actuel est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content reloaded: %1</source>
        <translation>Contenu rechargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operator panel</source>
        <translation>Panneau de l’opérateur</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Langues proposées</translation>
    </message>
    <message>
        <source>Idle time before reset</source>
        <translation>Inactivité avant réinitialisation</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recharger le contenu</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquets de contenu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>Proposez au moins une langue.</translation>
    </message>
    <message>
        <source>The default language must be one of the languages offered.</source>
        <translation>La langue par défaut doit faire partie des langues proposées.</translation>
    </message>
    <message>
        <source>Usage counts</source>
        <translation>Statistiques d’utilisation</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Inbox: %1</source>
        <translation>Boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removable media: %1</source>
        <translation>Support amovible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Waiting for its files: %1</source>
        <translation>En attente de ses fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Signé par la clé %1</translation>
    </message>
    <message>
        <source>Unsigned (allowed by the settings)</source>
        <translation>Non signé (autorisé par les réglages)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affiché maintenant</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Install older version</source>
        <translation>Installer une version antérieure</translation>
    </message>
    <message>
        <source>No packs in the inbox or on removable media.</source>
        <translation>Aucun paquet dans la boîte de réception ni sur un support amovible.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Installer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Install %1 instead of the newer %2?</source>
        <translation>Installer %1 à la place de la version plus récente %2&#xa0;?</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Non installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <translation>Revenu à %1</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Retour impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Operator PIN</source>
        <translation>Code PIN de l’opérateur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No page has these words.</source>
        <translation>Aucune page ne contient ces mots.</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <source>Take this page with you</source>
        <translation>Emportez cette page</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code, or type the address.</source>
        <translation>Pointez l’appareil photo de votre téléphone vers le code, ou saisissez l’adresse.</translation>
    </message>
    <message>
        <source>The office&apos;s website has no page in this language: this one is in %1.</source>
        <translation>Le site du Bureau n’a pas de page dans cette langue : celle-ci est en %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <translation>Code QR de l’adresse %1</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Visitor sessions, last 14 days</source>
        <translation>Sessions de visiteurs, 14 derniers jours</translation>
    </message>
    <message>
        <source>Sessions by language</source>
        <translation>Sessions par langue</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>No visitor sessions yet.</source>
        <translation>Aucune session de visiteur pour l’instant.</translation>
    </message>
    <message>
        <source>No USB stick or outbox found.</source>
        <translation>Ni clé USB ni boîte d’envoi trouvée.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
</TS>
