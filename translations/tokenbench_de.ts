<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Authenticator</name>
    <message>
        <source>This sign-in method has no second step.</source>
        <translation>Diese Anmeldemethode hat keinen zweiten Schritt.</translation>
    </message>
    <message>
        <source>%1 has no sign-out; the token stays valid until it expires.</source>
        <translation>%1 bietet keine Abmeldung; das Token bleibt gültig, bis es abläuft.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>%1 wird für die Anmeldung benötigt.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Try &apos;tokenbench-cli --help&apos;.</source>
        <translation>Versuchen Sie „tokenbench-cli --help“.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: tokenbench-cli [--config-dir DIR] [--no-keychain] COMMAND ...

Commands:
  list [--json]                 the profiles and the state of their tokens
  add NAME --vendor VENDOR --method METHOD --url BASE_URL [--set FIELD=VALUE]...
  remove NAME                   the profile and every secret it kept
  login NAME [--secrets-stdin] [--no-remember]
  token NAME                    print the bare token, logging in again first when
                                it expired and the stored credentials allow
  header NAME                   print the header line a request would carry
  status NAME [--json]
  decode [TOKEN|-] [--json]     decode a token given or read from standard input
  request NAME METHOD PATH_OR_URL [-H &apos;K: V&apos;]... [-d BODY | -d @FILE] [-i] [-o FILE]
  curl NAME METHOD PATH_OR_URL [-H ..] [-d ..] [--reveal]
  logout NAME

Secrets never come from arguments: --secrets-stdin reads lines field=value
(password, mfa, token, api_key, client_secret, challenge); on a terminal the CLI
asks without echo. --no-keychain keeps secrets in memory for this one call.

Vendors and methods: regscale password|token|service-account, scantrust uat|jwt,
passwordsafe apikey|oauth, generic bearer|basic|oauth2.

Exit status: 0 ok; 2 usage error or unknown profile; 3 authentication refused;
4 network, TLS or timeout; 5 HTTP status 400 or above; 6 keychain needed but
unavailable.
</source>
        <translation>Aufruf: tokenbench-cli [--config-dir DIR] [--no-keychain] COMMAND ...

Befehle:
  list [--json]                 die Profile und den Status ihrer Tokens anzeigen
  add NAME --vendor VENDOR --method METHOD --url BASE_URL [--set FIELD=VALUE]...
  remove NAME                   das Profil und alle seine Geheimnisse entfernen
  login NAME [--secrets-stdin] [--no-remember]
  token NAME                    das reine Token ausgeben; nach Ablauf vorher neu
                                anmelden, wenn gespeicherte Zugangsdaten das erlauben
  header NAME                   die Header-Zeile einer Anfrage ausgeben
  status NAME [--json]
  decode [TOKEN|-] [--json]     Token aus Argument oder Standardeingabe dekodieren
  request NAME METHOD PATH_OR_URL [-H &apos;K: V&apos;]... [-d BODY | -d @FILE] [-i] [-o FILE]
  curl NAME METHOD PATH_OR_URL [-H ..] [-d ..] [--reveal]
  logout NAME

Geheimnisse kommen nie aus Argumenten: --secrets-stdin liest Zeilen field=value
(password, mfa, token, api_key, client_secret, challenge); im Terminal fragt die
CLI ohne Echo nach. --no-keychain hält Geheimnisse nur für diesen Aufruf im Speicher.

Anbieter und Methoden: regscale password|token|service-account, scantrust uat|jwt,
passwordsafe apikey|oauth, generic bearer|basic|oauth2.

Exit-Status: 0 OK; 2 Aufruffehler oder unbekanntes Profil; 3 Authentifizierung
abgelehnt; 4 Netzwerk, TLS oder Zeitüberschreitung; 5 HTTP-Status 400 oder höher;
6 Schlüsselbund benötigt, aber nicht verfügbar.
</translation>
    </message>
    <message>
        <source>--config-dir needs a directory.</source>
        <translation>--config-dir benötigt ein Verzeichnis.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The secrets on standard input exceed 1 MiB.</source>
        <translation>Die Geheimnisse auf der Standardeingabe überschreiten 1 MiB.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is not field=value with a field of %2.</source>
        <translation>Zeile %1 der Standardeingabe hat nicht die Form field=value mit einem dieser Felder: %2.</translation>
    </message>
    <message>
        <source>No profile named &apos;%1&apos;.</source>
        <translation>Kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list: unknown argument &apos;%1&apos;.</source>
        <translation>list: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tokenbench-cli add NAME --vendor VENDOR --method METHOD --url BASE_URL</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: tokenbench-cli add NAME --vendor VENDOR --method METHOD --url BASE_URL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VENDOR/METHOD</source>
        <translation>ANBIETER/METHODE</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: %1 needs a value.</source>
        <translation>add: %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>add: unknown option &apos;%1&apos;.</source>
        <translation>add: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>add: give one profile name.</source>
        <translation>add: geben Sie genau einen Profilnamen an.</translation>
    </message>
    <message>
        <source>add: give the profile a name.</source>
        <translation>add: geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>add: unknown vendor/method &apos;%1/%2&apos;; known: %3.</source>
        <translation>add: unbekannte Kombination aus Anbieter und Methode „%1/%2“; bekannt sind: %3.</translation>
    </message>
    <message>
        <source>add: --url needs an http or https URL with a host.</source>
        <translation>add: --url benötigt eine http- oder https-URL mit Host.</translation>
    </message>
    <message>
        <source>add: --set takes FIELD=VALUE, not &apos;%1&apos;.</source>
        <translation>add: --set erwartet FIELD=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>add: %1 is a secret; secrets never come from arguments. Give it to login with --secrets-stdin, or let login ask for it.</source>
        <translation>add: %1 ist ein Geheimnis; Geheimnisse werden nie als Argumente übergeben. Übergeben Sie es an login mit --secrets-stdin oder lassen Sie login danach fragen.</translation>
    </message>
    <message>
        <source>add: %1/%2 needs --set %3=...</source>
        <translation>add: %1/%2 benötigt --set %3=...</translation>
    </message>
    <message>
        <source>Warning: %1 is not https; secrets would cross the network in clear.</source>
        <translation>Warnung: %1 verwendet kein https; Geheimnisse würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>remove: give one profile name.</source>
        <translation>remove: geben Sie genau einen Profilnamen an.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Its secrets could not all be removed from the keychain: %1</source>
        <translation>Nicht alle seine Geheimnisse konnten aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>status: unknown argument &apos;%1&apos;.</source>
        <translation>status: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>status: give a profile name.</source>
        <translation>status: geben Sie einen Profilnamen an.</translation>
    </message>
    <message>
        <source>no token; log in with: tokenbench-cli login %1</source>
        <translation>kein Token; anmelden mit: tokenbench-cli login %1</translation>
    </message>
    <message>
        <source>token held, expiry unknown</source>
        <translation>Token vorhanden, Ablauf unbekannt</translation>
    </message>
    <message>
        <source>token expired %1 (%2)</source>
        <translation>Token %1 abgelaufen (%2)</translation>
    </message>
    <message>
        <source>token valid, expires %1 (%2)</source>
        <translation>Token gültig, läuft %1 ab (%2)</translation>
    </message>
    <message>
        <source>%1: -H takes &apos;Name: value&apos;.</source>
        <translation>%1: -H erwartet „Name: Wert“.</translation>
    </message>
    <message>
        <source>%1: -d needs a body.</source>
        <translation>%1: -d benötigt einen Body.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: -o needs a file.</source>
        <translation>%1: -o benötigt eine Datei.</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;.</source>
        <translation>%1: unbekannte Option „%2“.</translation>
    </message>
    <message>
        <source>%1: give NAME METHOD PATH_OR_URL.</source>
        <translation>%1: geben Sie NAME METHOD PATH_OR_URL an.</translation>
    </message>
    <message>
        <source>%1: unknown method &apos;%2&apos;.</source>
        <translation>%1: unbekannte Methode „%2“.</translation>
    </message>
    <message>
        <source>Note: %1 is not on %2&apos;s origin (%3), so no credentials are sent.</source>
        <translation>Hinweis: %1 gehört nicht zum Ursprung von %2 (%3), daher werden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>%1: unknown argument &apos;%2&apos;.</source>
        <translation>%1: unbekanntes Argument „%2“.</translation>
    </message>
    <message>
        <source>%1: give a profile name.</source>
        <translation>%1: geben Sie einen Profilnamen an.</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>The token expires %1 (%2).</source>
        <translation>Das Token läuft %1 ab (%2).</translation>
    </message>
    <message>
        <source>The token does not say when it expires.</source>
        <translation>Das Token gibt nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>Nothing was remembered.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>give one token, or &apos;-&apos; to read standard input.</source>
        <translation>geben Sie ein Token an oder „-“, um von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Signed JWT (JWS), algorithm %1. The signature was not verified.</source>
        <translation>Signiertes JWT (JWS), Algorithmus %1. Die Signatur wurde nicht verifiziert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unsecured JWT: &quot;alg&quot; is &quot;none&quot;, so nothing vouches for its contents.</source>
        <translation>Ungesichertes JWT: „alg“ ist „none“, daher bürgt nichts für seinen Inhalt.</translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE): only the header can be read.</source>
        <translation>Verschlüsseltes JWT (JWE): Nur der Header kann gelesen werden.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>expired %1 at %2</source>
        <translation>abgelaufen %1, am %2</translation>
    </message>
    <message>
        <source>expires %1 at %2</source>
        <translation>läuft %1 ab, am %2</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
</context>
<context>
    <name>DemoProfiles</name>
    <message>
        <source>RegScale (password)</source>
        <translation>RegScale (Passwort)</translation>
    </message>
    <message>
        <source>RegScale (password + MFA)</source>
        <translation>RegScale (Passwort + MFA)</translation>
    </message>
    <message>
        <source>The sandbox asks for an MFA code: %1</source>
        <translation>Die Sandbox fragt nach einem MFA-Code: %1</translation>
    </message>
    <message>
        <source>RegScale (My Profile token)</source>
        <translation>RegScale (Token aus „My Profile“)</translation>
    </message>
    <message>
        <source>RegScale (service account)</source>
        <translation>RegScale (Dienstkonto)</translation>
    </message>
    <message>
        <source>Scantrust (e-mail + password)</source>
        <translation>Scantrust (E-Mail + Passwort)</translation>
    </message>
    <message>
        <source>Scantrust (UAT)</source>
        <translation>Scantrust (UAT)</translation>
    </message>
    <message>
        <source>Password Safe (API key)</source>
        <translation>Password Safe (API-Schlüssel)</translation>
    </message>
    <message>
        <source>Password Safe (API key + 2FA)</source>
        <translation>Password Safe (API-Schlüssel + 2FA)</translation>
    </message>
    <message>
        <source>The sandbox asks for a one-time passcode: %1</source>
        <translation>Die Sandbox fragt nach einem Einmal-Code: %1</translation>
    </message>
    <message>
        <source>Password Safe (OAuth)</source>
        <translation>Password Safe (OAuth)</translation>
    </message>
    <message>
        <source>Generic (Bearer token)</source>
        <translation>Generisch (Bearer-Token)</translation>
    </message>
    <message>
        <source>Generic (X-Api-Key)</source>
        <translation>Generisch (X-Api-Key)</translation>
    </message>
    <message>
        <source>Generic (HTTP Basic)</source>
        <translation>Generisch (HTTP Basic)</translation>
    </message>
    <message>
        <source>Generic (OAuth2 client credentials)</source>
        <translation>Generisch (OAuth2 Client Credentials)</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tagen %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h %2 min %3 s</source>
        <translation>
            <numerusform>%n Tag %1 h %2 min %3 s</numerusform>
            <numerusform>%n Tagen %1 h %2 min %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>GenericAuthenticator</name>
    <message>
        <source>Generic API</source>
        <translation>Generische API</translation>
    </message>
    <message>
        <source>&quot;Who am I&quot; path</source>
        <translation>„Wer bin ich“-Pfad</translation>
    </message>
    <message>
        <source>Static token</source>
        <translation>Statisches Token</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 Client Credentials</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>A token</source>
        <translation>Ein Token</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Ein Benutzername</translation>
    </message>
    <message>
        <source>HTTP Basic cannot carry a user name with a colon.</source>
        <translation>HTTP Basic kann keinen Benutzernamen mit Doppelpunkt übertragen.</translation>
    </message>
    <message>
        <source>A token URL</source>
        <translation>Eine Token-URL</translation>
    </message>
    <message>
        <source>A client ID</source>
        <translation>Eine Client-ID</translation>
    </message>
    <message>
        <source>A client secret</source>
        <translation>Ein Client-Geheimnis</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile to test this token.</source>
        <translation>Geben Sie im Profil einen „Wer bin ich“-Pfad an, um dieses Token zu testen.</translation>
    </message>
    <message>
        <source>accepted (HTTP %1)</source>
        <translation>akzeptiert (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 is not a valid http or https URL.</source>
        <translation>Die Adresse %1 ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>The network is not available to Tokenbench.</source>
        <translation>Das Netzwerk ist für Tokenbench nicht verfügbar.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The request to %1 was dropped: the network access was shut down.</source>
        <translation>Die Anfrage an %1 wurde verworfen: Der Netzwerkzugriff wurde beendet.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2, the most Tokenbench accepts.</source>
        <translation>Die Antwort von %1 ist größer als %2, die Höchstgröße, die Tokenbench akzeptiert.</translation>
    </message>
    <message>
        <source>The response could not be saved to %1: %2</source>
        <translation>Die Antwort konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The large response from %1 could not be stored in %2: %3</source>
        <translation>Die große Antwort von %1 konnte nicht in %2 abgelegt werden: %3</translation>
    </message>
    <message>
        <source>The response from %1 expands far beyond its compressed size (a possible decompression bomb) and was refused.</source>
        <translation>Die Antwort von %1 wird beim Entpacken weit größer als ihre komprimierte Größe (möglicherweise eine Dekompressionsbombe) und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the address and that the service is running.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt. Überprüfen Sie die Adresse und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the address and the network connection.</source>
        <translation>Der Host %1 wurde nicht gefunden. Überprüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The proxy failed to reach %1: %2</source>
        <translation>Der Proxy konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Kommunikation mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 Versuche)</translation>
    </message>
    <message>
        <source>Too many redirects: %1 sent the request on more than %2 times.</source>
        <translation>Zu viele Weiterleitungen: %1 hat die Anfrage mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Tokenbench does not follow.</source>
        <translation>%1 hat an eine Adresse weitergeleitet, der Tokenbench nicht folgt.</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (HTTP %2).</source>
        <translation>%1 hat die Zugangsdaten nicht akzeptiert (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused access: the account may lack the permission (HTTP %2).</source>
        <translation>%1 hat den Zugriff verweigert: Dem Konto fehlt möglicherweise die Berechtigung (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP %3).</source>
        <translation>%1 hat unter %2 nichts gefunden (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 gave up waiting (HTTP %2). Try again later.</source>
        <translation>%1 hat das Warten aufgegeben (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP %2); it asks to wait %3 s (Retry-After).</source>
        <translation>%1 begrenzt die Anfragen (HTTP %2) und bittet, %3 s zu warten (Retry-After).</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP %2). Try again later.</source>
        <translation>%1 begrenzt die Anfragen (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2).</source>
        <translation>%1 hatte ein internes Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be used (HTTP %2).</source>
        <translation>%1 hat eine unbrauchbare Antwort gesendet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an HTML page (perhaps a login or proxy page) instead of JSON (HTTP %2).</source>
        <translation>%1 hat eine HTML-Seite (vielleicht eine Anmelde- oder Proxy-Seite) statt JSON gesendet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2 at byte %3).</source>
        <translation>%1 hat fehlerhaftes JSON gesendet (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 von %3)</translation>
    </message>
    <message>
        <source>Retry after %1 s.</source>
        <translation>Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>%1 sent an empty answer where JSON was expected.</source>
        <translation>%1 hat eine leere Antwort gesendet, erwartet wurde JSON.</translation>
    </message>
    <message>
        <source>%1 sent JSON of an unexpected shape (not an object).</source>
        <translation>%1 hat JSON in unerwarteter Form gesendet (kein Objekt).</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>initialisation vector</source>
        <translation>Initialisierungsvektor</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>Chiffretext</translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation>Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: character %2 at position %3 is not allowed.</source>
        <translation>Das Segment „%1“ ist kein gültiges base64url: Das Zeichen %2 an Position %3 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: its length of %2 characters is impossible.</source>
        <translation>Das Segment „%1“ ist kein gültiges base64url: Eine Länge von %2 Zeichen ist nicht möglich.</translation>
    </message>
    <message>
        <source>The header is not JSON (%1 at byte %2).</source>
        <translation>Der Header ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The payload is not JSON (%1 at byte %2).</source>
        <translation>Die Payload ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The header is JSON but not an object; a JWT header must be a JSON object.</source>
        <translation>Der Header ist JSON, aber kein Objekt; ein JWT-Header muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The payload is JSON but not an object; a JWT claims set must be a JSON object.</source>
        <translation>Die Payload ist JSON, aber kein Objekt; ein JWT-Claims-Set muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds, so it was ignored.</source>
        <translation>Der Claim „%1“ ist keine Sekundenzahl und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is out of range, so it was ignored.</source>
        <translation>Der Claim „%1“ liegt außerhalb des gültigen Bereichs und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a string.</source>
        <translation>Der Claim „%1“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim holds an entry that is not a string.</source>
        <translation>Der Claim „aud“ enthält einen Eintrag, der keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim is neither a string nor an array of strings.</source>
        <translation>Der Claim „aud“ ist weder eine Zeichenkette noch ein Array von Zeichenketten.</translation>
    </message>
    <message>
        <source>The input is %1 bytes long; tokens over 1 MiB (%2 bytes) are refused.</source>
        <translation>Die Eingabe ist %1 Bytes lang; Tokens über 1 MiB (%2 Bytes) werden abgelehnt.</translation>
    </message>
    <message>
        <source>There is no token: the input is empty.</source>
        <translation>Kein Token vorhanden: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>Not a JWT: it has no dots. A JWT has 3 segments (signed) or 5 (encrypted); this may be an opaque token.</source>
        <translation>Kein JWT: Es enthält keine Punkte. Ein JWT hat 3 Segmente (signiert) oder 5 (verschlüsselt); möglicherweise ist dies ein opakes Token.</translation>
    </message>
    <message>
        <source>Not a JWT: it has %1 segments separated by dots. A JWT has 3 segments (signed) or 5 (encrypted).</source>
        <translation>Kein JWT: Es hat %1 durch Punkte getrennte Segmente. Ein JWT hat 3 Segmente (signiert) oder 5 (verschlüsselt).</translation>
    </message>
    <message>
        <source>The header segment is empty.</source>
        <translation>Das Header-Segment ist leer.</translation>
    </message>
    <message>
        <source>The header of this encrypted token names no &quot;enc&quot;.</source>
        <translation>Der Header dieses verschlüsselten Tokens nennt kein „enc“.</translation>
    </message>
    <message>
        <source>The payload segment is empty.</source>
        <translation>Das Payload-Segment ist leer.</translation>
    </message>
    <message>
        <source>The header names no algorithm (&quot;alg&quot;).</source>
        <translation>Der Header nennt keinen Algorithmus („alg“).</translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot; yet a signature segment is present.</source>
        <translation>Der Header gibt &quot;alg&quot;: &quot;none&quot; an, dennoch ist ein Signatursegment vorhanden.</translation>
    </message>
    <message>
        <source>The signature segment is empty.</source>
        <translation>Das Signatursegment ist leer.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s, so secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet, daher werden Geheimnisse nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked), so secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (möglicherweise ist er gesperrt), daher werden Geheimnisse nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available, so secrets are kept for this session only.</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar, daher werden Geheimnisse nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain reported an error, so secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet, daher werden Geheimnisse nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Vendor and login method</source>
        <translation>Anbieter und Anmeldemethode</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Why the keychain is unavailable</source>
        <translation>Warum der Schlüsselbund nicht verfügbar ist</translation>
    </message>
    <message>
        <source>The server&apos;s prompt</source>
        <translation>Aufforderung des Servers</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Second-factor code</source>
        <translation>Code des zweiten Faktors</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Log In: %1</source>
        <translation>Anmelden: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Mit diesem Code fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Only if required</source>
        <translation>Nur falls erforderlich</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what is typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server asks for a second factor.</source>
        <translation>Der Server verlangt einen zweiten Faktor.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>Profilnotizen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenbench</source>
        <translation>Tokenbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clear Clipboard After</source>
        <translation>&amp;Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Paste Token</source>
        <translation>Token ein&amp;fügen</translation>
    </message>
    <message>
        <source>C&amp;lear Token</source>
        <translation>Token &amp;leeren</translation>
    </message>
    <message>
        <source>Clear Clip&amp;board Now</source>
        <translation>&amp;Zwischenablage jetzt leeren</translation>
    </message>
    <message>
        <source>&amp;About Tokenbench</source>
        <translation>&amp;Über Tokenbench</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Only When Tokenbench Quits</source>
        <translation>Erst beim Beenden von Tokenbench</translation>
    </message>
    <message>
        <source>About Tokenbench</source>
        <translation>Über Tokenbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tokenbench %1&lt;/h3&gt;&lt;p&gt;Holds the tokens of real vendor APIs safely and makes them easy to use.&lt;/p&gt;&lt;p&gt;Tokens are decoded on this computer only; signatures are never claimed to be verified.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tokenbench %1&lt;/h3&gt;&lt;p&gt;Verwahrt die Tokens echter Anbieter-APIs sicher und macht sie einfach nutzbar.&lt;/p&gt;&lt;p&gt;Tokens werden ausschließlich auf diesem Computer dekodiert; Signaturen werden nie als verifiziert ausgegeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Copy Inspected Token</source>
        <translation>Untersuchtes Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Inspected &amp;Header Line</source>
        <translation>Untersuchte &amp;Header-Zeile kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets are kept for this session only.&lt;/b&gt; %1 Nothing you enter is written anywhere else.</source>
        <translation>&lt;b&gt;Geheimnisse werden nur für diese Sitzung aufbewahrt.&lt;/b&gt; %1 Nichts, was Sie eingeben, wird anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>%1 has no token yet: log in (Ctrl+L).</source>
        <translation>%1 hat noch kein Token: Melden Sie sich an (Ctrl+L).</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Added %1. Log in to get its token.</source>
        <translation>%1 hinzugefügt. Melden Sie sich an, um das Token zu erhalten.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its secrets and token are removed from the keychain too.</source>
        <translation>Profil „%1“ löschen? Seine Geheimnisse und sein Token werden auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Copied the token of %1.</source>
        <translation>Token von %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the header line of %1.</source>
        <translation>Header-Zeile von %1 kopiert.</translation>
    </message>
    <message>
        <source>Testing the token of %1…</source>
        <translation>Token von %1 wird getestet…</translation>
    </message>
    <message>
        <source>The token of %1 works.</source>
        <translation>Das Token von %1 funktioniert.</translation>
    </message>
    <message>
        <source>Token Works</source>
        <translation>Token funktioniert</translation>
    </message>
    <message>
        <source>The token of %1 is alive. It belongs to %2.</source>
        <translation>Das Token von %1 ist aktiv. Es gehört zu %2.</translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation>einem unbenannten Konto</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>The token of %1 expires %2.</source>
        <translation>Das Token von %1 läuft %2 ab.</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Token läuft bald ab</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>Secrets are kept for this session only (--no-keychain).</source>
        <translation>Geheimnisse werden nur für diese Sitzung aufbewahrt (--no-keychain).</translation>
    </message>
</context>
<context>
    <name>PasswordSafeAuthenticator</name>
    <message>
        <source>API key (PS-Auth)</source>
        <translation>API-Schlüssel (PS-Auth)</translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation>Ausführen als Benutzer</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User password</source>
        <translation>Benutzerpasswort</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuth Client Credentials</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>A run-as user</source>
        <translation>Ein Benutzer für „Ausführen als“</translation>
    </message>
    <message>
        <source>An API key</source>
        <translation>Ein API-Schlüssel</translation>
    </message>
    <message>
        <source>A client ID</source>
        <translation>Eine Client-ID</translation>
    </message>
    <message>
        <source>A client secret</source>
        <translation>Ein Client-Geheimnis</translation>
    </message>
    <message>
        <source>Password Safe answered without an access token.</source>
        <translation>Password Safe hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Password Safe signed in but set no session cookie.</source>
        <translation>Die Anmeldung bei Password Safe war erfolgreich, aber es wurde kein Sitzungscookie gesetzt.</translation>
    </message>
    <message>
        <source>There is no session to test; sign in first.</source>
        <translation>Es gibt keine Sitzung zum Testen; melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>PastedToken</name>
    <message>
        <source>quotes</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>line breaks</source>
        <translation>Zeilenumbrüche</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Invalid value for &quot;%1&quot;: %2</source>
        <translation>Ungültiger Wert für „%1“: %2</translation>
    </message>
    <message>
        <source>A profile has no &quot;%1&quot;.</source>
        <translation>Einem Profil fehlt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation>„%1“ ist keine Profil-ID.</translation>
    </message>
    <message>
        <source>expected a positive number of seconds, got &quot;%1&quot;.</source>
        <translation>erwartet wird eine positive Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; does not exist.</source>
        <translation>die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>expected true or false (yes/no, 1/0), got &quot;%1&quot;.</source>
        <translation>erwartet wird true oder false (yes/no, 1/0), nicht „%1“.</translation>
    </message>
    <message>
        <source>expected 0 to 3600 seconds (0: never), got &quot;%1&quot;.</source>
        <translation>erwartet werden 0 bis 3600 Sekunden (0: nie), nicht „%1“.</translation>
    </message>
    <message>
        <source>expected #rrggbb or nothing, got &quot;%1&quot;.</source>
        <translation>erwartet wird #rrggbb oder nichts, nicht „%1“.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>Eine Einstellung benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Profilbereiche</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. RegScale production</source>
        <translation>z. B. RegScale Produktion</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Warnung vor unverschlüsselter Verbindung</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Farbmarkierung:</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for the server before giving up</source>
        <translation>Wie lange auf den Server gewartet wird, bevor abgebrochen wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority (optional)</source>
        <translation>PEM-Datei einer privaten Zertifizierungsstelle (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>Allow &amp;insecure TLS (skip certificate checks)</source>
        <translation>&amp;Unsicheres TLS erlauben (Zertifikatsprüfung überspringen)</translation>
    </message>
    <message>
        <source>Allow insecure TLS</source>
        <translation>Unsicheres TLS erlauben</translation>
    </message>
    <message>
        <source>Insecure TLS warning</source>
        <translation>Warnung vor unsicherem TLS</translation>
    </message>
    <message>
        <source>Log in &amp;again automatically before the token expires</source>
        <translation>Vor Ablauf des Tokens automatisch &amp;erneut anmelden</translation>
    </message>
    <message>
        <source>Automatic re-login</source>
        <translation>Automatische Neuanmeldung</translation>
    </message>
    <message>
        <source>Only when the secrets this needs are remembered in the keychain</source>
        <translation>Nur wenn die dafür nötigen Geheimnisse im Schlüsselbund gespeichert sind</translation>
    </message>
    <message>
        <source>Clear c&amp;lipboard after:</source>
        <translation>Zwischenablage &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation>Zwischenablage nach so vielen Sekunden leeren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything your team should know about this account (never secrets: notes are stored in plain text)</source>
        <translation>Alles, was Ihr Team über dieses Konto wissen sollte (niemals Geheimnisse: Notizen werden im Klartext gespeichert)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>%1 must start with https:// (or http://).</source>
        <translation>%1 muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>%1 names no host.</source>
        <translation>%1 nennt keinen Host.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>This URL is not encrypted: passwords and tokens would travel in clear text to this host. Use https:// unless the server is on this computer.</source>
        <translation>Diese URL ist nicht verschlüsselt: Passwörter und Tokens würden im Klartext zu diesem Host übertragen. Verwenden Sie https://, außer der Server läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone on the network path can read this profile&apos;s secrets</source>
        <translation>Die Zertifikatsprüfung ist ausgeschaltet: Jeder auf dem Netzwerkpfad kann die Geheimnisse dieses Profils mitlesen</translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Colour tag: %1</source>
        <translation>Farbmarkierung: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 ist bekannt</translation>
    </message>
    <message>
        <source>Leave unticked when there is no date</source>
        <translation>Nicht ankreuzen, wenn es kein Datum gibt</translation>
    </message>
    <message>
        <source>%1 when empty</source>
        <translation>%1, wenn leer</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Asked for when you log in, and kept only in the keychain: %1.</source>
        <translation>Wird bei der Anmeldung abgefragt und nur im Schlüsselbund aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>Sign-in details: %1</source>
        <translation>Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Edit Profile: %1</source>
        <translation>Profil bearbeiten: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the base URL of the API.</source>
        <translation>Geben Sie die Basis-URL der API ein.</translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation>Die Basis-URL</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>Füllen Sie „%1“ aus.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <source>Token of unknown expiry</source>
        <translation>Token mit unbekanntem Ablauf</translation>
    </message>
    <message>
        <source>Token expires %1</source>
        <translation>Token läuft %1 ab</translation>
    </message>
    <message>
        <source>Token expired %1</source>
        <translation>Token %1 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n profile(s)</source>
        <translation>
            <numerusform>%1, %n Profil</numerusform>
            <numerusform>%1, %n Profile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileListWidget</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <source>Filter profiles…</source>
        <translation>Profile filtern…</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Profilliste</translation>
    </message>
    <message>
        <source>No profiles</source>
        <translation>Keine Profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Filter Profiles</source>
        <translation>Profile &amp;filtern</translation>
    </message>
    <message>
        <source>Find a profile by name, host or vendor</source>
        <translation>Ein Profil nach Name, Host oder Anbieter suchen</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Create a profile for a vendor API</source>
        <translation>Ein Profil für die API eines Anbieters anlegen</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Log in with the selected profile</source>
        <translation>Mit dem ausgewählten Profil anmelden</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy the selected profile&apos;s token</source>
        <translation>Das Token des ausgewählten Profils kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Header</source>
        <translation>&amp;Header kopieren</translation>
    </message>
    <message>
        <source>Copy the selected profile&apos;s token as a header line</source>
        <translation>Das Token des ausgewählten Profils als Header-Zeile kopieren</translation>
    </message>
    <message>
        <source>Te&amp;st Token</source>
        <translation>Token te&amp;sten</translation>
    </message>
    <message>
        <source>Ask the vendor who the selected profile&apos;s token belongs to</source>
        <translation>Beim Anbieter nachfragen, wem das Token des ausgewählten Profils gehört</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Das ausgewählte Profil bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>Profil d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>Eine Kopie des ausgewählten Profils anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete Profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Das ausgewählte Profil löschen</translation>
    </message>
    <message>
        <source>No profiles yet — create one with New Profile</source>
        <translation>Noch keine Profile – legen Sie eines mit „Neues Profil“ an</translation>
    </message>
    <message>
        <source>No profiles match “%1”</source>
        <translation>Keine Profile passen zu „%1“</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>%1 for %2:</source>
        <translation>%1 für %2:</translation>
    </message>
    <message>
        <source>%1 of %2 is needed, the keychain is unavailable (%3), and there is no terminal to ask on: give it with --secrets-stdin.</source>
        <translation>%1 für %2 wird benötigt, der Schlüsselbund ist nicht verfügbar (%3) und es gibt kein Terminal für die Abfrage: Übergeben Sie den Wert mit --secrets-stdin.</translation>
    </message>
    <message>
        <source>%1 of %2 is needed: give it with --secrets-stdin (%3=...).</source>
        <translation>%1 für %2 wird benötigt: Übergeben Sie den Wert mit --secrets-stdin (%3=...).</translation>
    </message>
    <message>
        <source>Profile %1 names an unknown vendor or method (%2/%3).</source>
        <translation>Profil %1 nennt einen unbekannten Anbieter oder eine unbekannte Methode (%2/%3).</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>The server asks for a second factor: %1. Give it with --secrets-stdin (%2=...) or run on a terminal.</source>
        <translation>Der Server verlangt einen zweiten Faktor: %1. Übergeben Sie ihn mit --secrets-stdin (%2=...) oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Logged in, but nothing could be remembered: %1</source>
        <translation>Angemeldet, aber es konnte nichts gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token of %1 expired %2.</source>
        <translation>Das Token von %1 ist %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 has no token; run: tokenbench-cli login %1</source>
        <translation>%1 hat kein Token; führen Sie aus: tokenbench-cli login %1</translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1), so %2 cannot log in by itself; give its secrets with --secrets-stdin.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1), daher kann sich %2 nicht selbst anmelden; übergeben Sie die Geheimnisse mit --secrets-stdin.</translation>
    </message>
    <message>
        <source>The token of %1 expired and no stored credentials allow a new login; run: tokenbench-cli login %1</source>
        <translation>Das Token von %1 ist abgelaufen und keine gespeicherten Zugangsdaten erlauben eine neue Anmeldung; führen Sie aus: tokenbench-cli login %1</translation>
    </message>
    <message>
        <source>Signing out failed (%1); the session is forgotten all the same.</source>
        <translation>Abmelden fehlgeschlagen (%1); die Sitzung wird trotzdem verworfen.</translation>
    </message>
    <message>
        <source>Warning: certificate checks are OFF for %1 (insecure_tls=true); anyone on the network path can read its secrets.</source>
        <translation>Warnung: Die Zertifikatsprüfung ist für %1 AUSGESCHALTET (insecure_tls=true); jeder auf dem Netzwerkpfad kann seine Geheimnisse mitlesen.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it has no valid &quot;schema&quot; number</source>
        <translation>keine gültige „schema“-Nummer</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation>keine „profiles“-Liste</translation>
    </message>
    <message>
        <source>entry %1 of its profiles is not an object</source>
        <translation>Eintrag %1 der Profile ist kein Objekt</translation>
    </message>
    <message>
        <source>entry %1 of its profiles is invalid: %2</source>
        <translation>Eintrag %1 der Profile ist ungültig: %2</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A profile needs a name, a vendor and a method.</source>
        <translation>Ein Profil benötigt einen Namen, einen Anbieter und eine Methode.</translation>
    </message>
    <message>
        <source>The profiles are being changed by another Tokenbench; try again in a moment.</source>
        <translation>Die Profile werden gerade von einer anderen Tokenbench-Instanz geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tokenbench (schema %2; this version knows %3). It was left as it is; update Tokenbench to change profiles.</source>
        <translation>%1 wurde von einer neueren Tokenbench-Version geschrieben (Schema %2; diese Version kennt %3). Die Datei bleibt unverändert; aktualisieren Sie Tokenbench, um Profile zu ändern.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: %2. It could not be moved aside, so Tokenbench will not change it; move it away yourself to start afresh.</source>
        <translation>Die Profildatei %1 ist beschädigt: %2. Sie konnte nicht beiseitegelegt werden, daher ändert Tokenbench sie nicht; verschieben Sie sie selbst, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: %2. It was moved to %3 and Tokenbench carries on with no profiles; your old profiles are in that copy.</source>
        <translation>Die Profildatei %1 ist beschädigt: %2. Sie wurde nach %3 verschoben und Tokenbench arbeitet ohne Profile weiter; Ihre alten Profile befinden sich in dieser Kopie.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the profiles.</source>
        <translation>Der Ordner %1 für die Profile konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the profiles to %1: %2</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation>Ein Profil mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>These are not Tokenbench profiles: %1</source>
        <translation>Dies sind keine Tokenbench-Profile: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation>kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>they come from a newer Tokenbench.</source>
        <translation>sie stammen von einer neueren Tokenbench-Version.</translation>
    </message>
    <message>
        <source>there is no &quot;profiles&quot; list.</source>
        <translation>es gibt keine „profiles“-Liste.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>RegScaleAuthenticator</name>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>Token from My Profile</source>
        <translation>Token aus „My Profile“</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Service-account token</source>
        <translation>Dienstkonto-Token</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>Ein Benutzername</translation>
    </message>
    <message>
        <source>A password</source>
        <translation>Ein Passwort</translation>
    </message>
    <message>
        <source>RegScale answered the login without a token.</source>
        <translation>RegScale hat die Anmeldung ohne Token beantwortet.</translation>
    </message>
    <message>
        <source>A token</source>
        <translation>Ein Token</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31 or 2026-12-31T18:00:00Z.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-12-31 oder 2026-12-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>a RegScale user</source>
        <translation>ein RegScale-Benutzer</translation>
    </message>
</context>
<context>
    <name>ScantrustAuthenticator</name>
    <message>
        <source>User Authorization Token (UAT)</source>
        <translation>User Authorization Token (UAT)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>UAT</source>
        <translation>UAT</translation>
    </message>
    <message>
        <source>E-mail and password (JWT)</source>
        <translation>E-Mail und Passwort (JWT)</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>A UAT</source>
        <translation>Ein UAT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-12-31.</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A password</source>
        <translation>Ein Passwort</translation>
    </message>
    <message>
        <source>Scantrust answered the login without a token.</source>
        <translation>Scantrust hat die Anmeldung ohne Token beantwortet.</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>This profile has no token yet.</source>
        <translation>Dieses Profil hat noch kein Token.</translation>
    </message>
    <message>
        <source>Log in to use this profile.</source>
        <translation>Melden Sie sich an, um dieses Profil zu verwenden.</translation>
    </message>
    <message>
        <source>This profile needs a second factor: log in.</source>
        <translation>Dieses Profil benötigt einen zweiten Faktor: Melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Clipboard settings</source>
        <translation>Einstellungen der Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Tokens &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Zwischenablage leeren nach, in Sekunden</translation>
    </message>
    <message>
        <source>Seconds before a copied token or header is wiped from the clipboard. At zero it stays until Tokenbench quits.</source>
        <translation>Sekunden, bis ein kopiertes Token oder ein Header aus der Zwischenablage gelöscht wird. Bei null bleibt es, bis Tokenbench beendet wird.</translation>
    </message>
    <message>
        <source>Only when Tokenbench quits</source>
        <translation>Erst beim Beenden von Tokenbench</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Only a token Tokenbench copied is cleared; whatever you copy afterwards is left alone.</source>
        <translation>Geleert wird nur ein Token, das Tokenbench kopiert hat; was Sie danach kopieren, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>Einstellungen der Sitzungen</translation>
    </message>
    <message>
        <source>Log in again &amp;automatically before tokens expire</source>
        <translation>Vor Ablauf der Tokens &amp;automatisch neu anmelden</translation>
    </message>
    <message>
        <source>Log in again automatically before tokens expire</source>
        <translation>Vor Ablauf der Tokens automatisch neu anmelden</translation>
    </message>
    <message>
        <source>For new profiles whose credentials are kept in the keychain</source>
        <translation>Für neue Profile, deren Zugangsdaten im Schlüsselbund liegen</translation>
    </message>
    <message>
        <source>Default request &amp;timeout:</source>
        <translation>Standard-&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Default request timeout in seconds</source>
        <translation>Standard-Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>How long new profiles wait for the server before giving up</source>
        <translation>Wie lange neue Profile auf den Server warten, bevor sie aufgeben</translation>
    </message>
    <message>
        <source>Both apply to new profiles; each profile can change them in its editor.</source>
        <translation>Beides gilt für neue Profile; jedes Profil kann es in seinem Editor ändern.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Einstellungen der Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Notify before a token expires:</source>
        <translation>Vor Ablauf eines Tokens &amp;benachrichtigen:</translation>
    </message>
    <message>
        <source>Notify before a token expires</source>
        <translation>Vor Ablauf eines Tokens benachrichtigen</translation>
    </message>
    <message>
        <source>Show a desktop notification shortly before a token runs out</source>
        <translation>Kurz vor Ablauf eines Tokens eine Desktop-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Minutes before expiry to notify</source>
        <translation>Minuten vor Ablauf für die Benachrichtigung</translation>
    </message>
    <message>
        <source>How many minutes before a token expires to notify</source>
        <translation>Wie viele Minuten vor Ablauf eines Tokens benachrichtigt wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History settings</source>
        <translation>Einstellungen des Verlaufs</translation>
    </message>
    <message>
        <source>&amp;Keep request history for:</source>
        <translation>Anfrage&amp;verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source>Days to keep the request history</source>
        <translation>Tage, die der Anfrageverlauf aufbewahrt wird</translation>
    </message>
    <message>
        <source>Applies to the request history: requests sent and their responses, with credentials redacted. Older entries are deleted; at zero nothing is kept.</source>
        <translation>Gilt für den Anfrageverlauf: gesendete Anfragen und ihre Antworten, mit geschwärzten Zugangsdaten. Ältere Einträge werden gelöscht; bei null wird nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep nothing</source>
        <translation>Nichts aufbewahren</translation>
    </message>
    <message>
        <source>Restore default settings</source>
        <translation>Standardeinstellungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>from the token&apos;s exp claim</source>
        <translation>aus dem exp-Claim des Tokens</translation>
    </message>
    <message>
        <source>from the server&apos;s expires_in</source>
        <translation>aus dem expires_in des Servers</translation>
    </message>
    <message>
        <source>as stated by you</source>
        <translation>von Ihnen angegeben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>when the idle session ends</source>
        <translation>wenn die Sitzung durch Inaktivität endet</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste a token: a JWT, an opaque API token, or a whole &quot;Authorization: Bearer …&quot; line</source>
        <translation>Fügen Sie ein Token ein: ein JWT, ein opakes API-Token oder eine ganze Zeile „Authorization: Bearer …“</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text</source>
        <translation>Das Token durch den Text aus der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Forget the token shown here</source>
        <translation>Das hier angezeigte Token verwerfen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>I know when it &amp;expires:</source>
        <translation>Ich weiß, wann es &amp;abläuft:</translation>
    </message>
    <message>
        <source>Opaque tokens and tokens without an &quot;exp&quot; claim do not say when they expire; record it here to get a countdown</source>
        <translation>Opake Tokens und Tokens ohne „exp“-Claim geben nicht an, wann sie ablaufen; tragen Sie den Zeitpunkt hier ein, um einen Countdown zu erhalten</translation>
    </message>
    <message>
        <source>Stated expiry</source>
        <translation>Angegebener Ablaufzeitpunkt</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation>Header-JSON</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation>&amp;Senden als:</translation>
    </message>
    <message>
        <source>Header scheme</source>
        <translation>Header-Schema</translation>
    </message>
    <message>
        <source>Copy &amp;Header</source>
        <translation>&amp;Header kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Clear Clipboard &amp;Now</source>
        <translation>Zwischenablage &amp;jetzt leeren</translation>
    </message>
    <message>
        <source>Copies &quot;%1: …&quot;</source>
        <translation>Kopiert „%1: …“</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Something else was copied since; the clipboard is left as it is.</source>
        <translation>Inzwischen wurde etwas anderes kopiert; die Zwischenablage bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1: &lt;token&gt;</source>
        <translation>%1: &lt;Token&gt;</translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation>Token kopiert.</translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation>Header-Zeile kopiert.</translation>
    </message>
    <message>
        <source>It stays on the clipboard until you quit Tokenbench.</source>
        <translation>Der Inhalt bleibt in der Zwischenablage, bis Sie Tokenbench beenden.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>kein Algorithmus</translation>
    </message>
    <message>
        <source>Signed JWT (JWS) · %1 · signature not verified</source>
        <translation>Signiertes JWT (JWS) · %1 · Signatur nicht verifiziert</translation>
    </message>
    <message>
        <source>Unsecured JWT · alg &quot;none&quot; · unsigned: anyone could have written it</source>
        <translation>Ungesichertes JWT · alg „none“ · unsigniert: Jeder könnte es verfasst haben</translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE) · %1 / %2 · the payload is encrypted and cannot be shown</source>
        <translation>Verschlüsseltes JWT (JWE) · %1 / %2 · die Payload ist verschlüsselt und kann nicht angezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source>Opaque token · %n character(s) · not a JWT, so it says nothing about itself</source>
        <translation>
            <numerusform>Opakes Token · %n Zeichen · kein JWT, daher verrät es nichts über sich selbst</numerusform>
            <numerusform>Opakes Token · %n Zeichen · kein JWT, daher verrät es nichts über sich selbst</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>Only the holder of the decryption key can read it.</source>
        <translation>Nur wer den Entschlüsselungsschlüssel besitzt, kann sie lesen.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified: Tokenbench does not hold the issuer&apos;s key.</source>
        <translation>Nicht verifiziert: Tokenbench besitzt den Schlüssel des Ausstellers nicht.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unsigned: nothing vouches for these claims.</source>
        <translation>Unsigniert: Nichts bürgt für diese Claims.</translation>
    </message>
    <message>
        <source>authenticated encryption</source>
        <translation>authentifizierte Verschlüsselung</translation>
    </message>
    <message>
        <source>Not checked: Tokenbench does not hold the key.</source>
        <translation>Nicht geprüft: Tokenbench besitzt den Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The payload of an encrypted token (JWE) cannot be shown.</source>
        <translation>Die Payload eines verschlüsselten Tokens (JWE) kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Content encryption</source>
        <translation>Inhaltsverschlüsselung</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Key set URL</source>
        <translation>URL des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation>Zertifikats-URL</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>Zertifikats-Fingerabdruck</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>Ablaufzeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>JWT ID</source>
        <translation>JWT-ID</translation>
    </message>
    <message>
        <source>Authentication time</source>
        <translation>Authentifizierungszeit</translation>
    </message>
    <message>
        <source>Authorised party</source>
        <translation>Autorisierte Partei</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Paste a token above to see what it is and when it expires.</source>
        <translation>Fügen Sie oben ein Token ein, um zu sehen, was es ist und wann es abläuft.</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft in %1 ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Abgelaufen vor %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid in %1</source>
        <translation>Gültig in %1</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>Valid from %1 (local) · %2</source>
        <translation>Gültig ab %1 (Ortszeit) · %2</translation>
    </message>
    <message>
        <source>Expires %1 (local) · %2 · %3</source>
        <translation>Läuft ab: %1 (Ortszeit) · %2 · %3</translation>
    </message>
    <message>
        <source>The expiry of an encrypted token is inside its encrypted payload.</source>
        <translation>Der Ablaufzeitpunkt eines verschlüsselten Tokens steht in seiner verschlüsselten Payload.</translation>
    </message>
    <message>
        <source>This token has no &quot;exp&quot; claim, so it does not say when it expires.</source>
        <translation>Dieses Token hat keinen „exp“-Claim und gibt daher nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>An opaque token does not say when it expires.</source>
        <translation>Ein opakes Token gibt nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>Token state: %1</source>
        <translation>Token-Status: %1</translation>
    </message>
    <message>
        <source>Using the token inside the pasted text; %1 left out.</source>
        <translation>Das Token aus dem eingefügten Text wird verwendet; %1 weggelassen.</translation>
    </message>
</context>
<context>
    <name>TokenTiming</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Ablauf unbekannt</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Tokenbench: click a profile to copy a fresh token</source>
        <translation>Tokenbench: Klicken Sie auf ein Profil, um ein frisches Token zu kopieren</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Copy Token: %1</source>
        <translation>Token kopieren: %1</translation>
    </message>
    <message>
        <source>Show Tokenbench</source>
        <translation>Tokenbench anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holds API tokens safely and makes them easy to use.</source>
        <translation>Verwahrt API-Tokens sicher und macht sie einfach nutzbar.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of the usual folder.</source>
        <translation>Profile in DIR statt im üblichen Ordner aufbewahren.</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only.</source>
        <translation>Geheimnisse nur für diese Sitzung im Speicher halten.</translation>
    </message>
    <message>
        <source>Try every vendor against a local sandbox, with demo accounts; your own profiles and keychain are not touched.</source>
        <translation>Alle Anbieter an einer lokalen Sandbox mit Demo-Konten ausprobieren; Ihre eigenen Profile und Ihr Schlüsselbund bleiben unberührt.</translation>
    </message>
    <message>
        <source>Demo mode: every vendor is the local sandbox at %1, and nothing is saved.</source>
        <translation>Demo-Modus: Jeder Anbieter ist die lokale Sandbox unter %1, und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Tokenbench — Demo</source>
        <translation>Tokenbench — Demo</translation>
    </message>
</context>
</TS>
