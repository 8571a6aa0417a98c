<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppBus</name>
    <message>
        <source>No profile named &apos;%1&apos;.</source>
        <translation>Kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>im Bereich</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt auf</translation>
    </message>
    <message>
        <source>is of type</source>
        <translation>ist vom Typ</translation>
    </message>
    <message>
        <source>below (ms)</source>
        <translation>unter (ms)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>response time below %1 ms</source>
        <translation>Antwortzeit unter %1 ms</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 ist gleich %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 passt auf /%2/</translation>
    </message>
    <message>
        <source>%1 is of type %2</source>
        <translation>%1 ist vom Typ %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
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
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3 from %4).</source>
        <translation>%1: %2 (HTTP %3 von %4).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>its JSON has no &quot;%1&quot;</source>
        <translation>sein JSON hat kein „%1“</translation>
    </message>
    <message>
        <source>%1 answered the login without a token: %2 (Content-Type: %3).</source>
        <translation>%1 hat die Anmeldung ohne Token beantwortet: %2 (Content-Type: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31 or 2026-12-31T18:00:00Z.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-12-31 oder 2026-12-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>accepted (HTTP %1)</source>
        <translation>akzeptiert (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>AuthorizationPreview</name>
    <message>
        <source>No profile chosen: the request is sent without credentials.</source>
        <translation>Kein Profil ausgewählt: Die Anfrage wird ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>No credentials go with this request.</source>
        <translation>Mit dieser Anfrage gehen keine Zugangsdaten mit.</translation>
    </message>
    <message>
        <source>%1 is not on this profile&apos;s origin (%2): its token stays home.</source>
        <translation>%1 liegt nicht auf dem Ursprung dieses Profils (%2): Sein Token bleibt zu Hause.</translation>
    </message>
    <message>
        <source>%1 (from a login when the request is sent)</source>
        <translation>%1 (aus einer Anmeldung beim Senden der Anfrage)</translation>
    </message>
</context>
<context>
    <name>BodyFindBar</name>
    <message>
        <source>Search the body (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation>%1 von %2+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>BodyJobs</name>
    <message numerus="yes">
        <source>Saved %n byte(s) to %1.</source>
        <translation>
            <numerusform>%n Byte in %1 gespeichert.</numerusform>
            <numerusform>%n Bytes in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BodySource</name>
    <message>
        <source>Cannot read the body file: %1</source>
        <translation>Die Body-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot map the body file: %1</source>
        <translation>Die Body-Datei kann nicht in den Speicher eingeblendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BodyToolBar</name>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Indented JSON with folding</source>
        <translation>Eingerücktes JSON, einklappbar</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The body exactly as received</source>
        <translation>Der Body genau so, wie er empfangen wurde</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>A preview of the image</source>
        <translation>Eine Vorschau des Bildes</translation>
    </message>
    <message>
        <source>Expand all: unfold every object and array</source>
        <translation>Alle ausklappen: jedes Objekt und Array aufklappen</translation>
    </message>
    <message>
        <source>Collapse all: fold every object and array below the top</source>
        <translation>Alle einklappen: jedes Objekt und Array unterhalb der obersten Ebene zuklappen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole body</source>
        <translation>Die ausgewählten Zeilen oder den ganzen Body kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the body to a file</source>
        <translation>Den Body in einer Datei speichern</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1. Showing it as text.</source>
        <translation>%1. Anzeige als Text.</translation>
    </message>
    <message>
        <source>Not a readable image (%1). Showing it as text.</source>
        <translation>Kein lesbares Bild (%1). Anzeige als Text.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1-Bild, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>The selection is too large to copy; save the body instead.</source>
        <translation>Die Auswahl ist zu groß zum Kopieren; speichern Sie stattdessen den Body.</translation>
    </message>
    <message>
        <source>The body is too large to copy; save it instead.</source>
        <translation>Der Body ist zu groß zum Kopieren; speichern Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>There is no body to save.</source>
        <translation>Es gibt keinen Body zum Speichern.</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>Body speichern</translation>
    </message>
    <message>
        <source>What you copied holds a secret: the clipboard marks it so for clipboard managers, and Tokenbench clears it after a while.</source>
        <translation>Was Sie kopiert haben, enthält ein Geheimnis: Die Zwischenablage kennzeichnet es so für Zwischenablage-Verwaltungen, und Tokenbench leert sie nach einer Weile.</translation>
    </message>
</context>
<context>
    <name>CaTrust</name>
    <message>
        <source>There is no certificate to trust.</source>
        <translation>Es gibt kein Zertifikat, dem vertraut werden könnte.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
</context>
<context>
    <name>CheckEvaluator</name>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation>der Body ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>/%1/ is not a valid regular expression: %2</source>
        <translation>/%1/ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>%1 is not a status code</source>
        <translation>%1 ist kein Statuscode</translation>
    </message>
    <message>
        <source>status was %1, expected %2</source>
        <translation>Status war %1, erwartet %2</translation>
    </message>
    <message>
        <source>%1 is not a status range (such as 200-299 or 2xx)</source>
        <translation>%1 ist kein Statusbereich (wie 200-299 oder 2xx)</translation>
    </message>
    <message>
        <source>status was %1, expected %2–%3</source>
        <translation>Status war %1, erwartet %2–%3</translation>
    </message>
    <message>
        <source>header %1 is missing</source>
        <translation>Header %1 fehlt</translation>
    </message>
    <message>
        <source>header %1 was &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>Header %1 war „%2“, erwartet „%3“</translation>
    </message>
    <message>
        <source>header %1 &quot;%2&quot; does not match /%3/</source>
        <translation>Header %1 „%2“ passt nicht auf /%3/</translation>
    </message>
    <message>
        <source>%1: nothing there</source>
        <translation>%1: nichts vorhanden</translation>
    </message>
    <message>
        <source>%1 is not a JSON type (string, number, boolean, object, array, null)</source>
        <translation>%1 ist kein JSON-Typ (string, number, boolean, object, array, null)</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: erwartet %2, erhalten %3</translation>
    </message>
    <message>
        <source>%1: %2 does not match /%3/</source>
        <translation>%1: %2 passt nicht auf /%3/</translation>
    </message>
    <message>
        <source>%1 is not a number of milliseconds</source>
        <translation>%1 ist keine Anzahl von Millisekunden</translation>
    </message>
    <message>
        <source>response took %1 ms, expected below %2 ms</source>
        <translation>Antwort dauerte %1 ms, erwartet unter %2 ms</translation>
    </message>
    <message>
        <source>capture {{%1}} from %2</source>
        <translation>{{%1}} aus %2 erfassen</translation>
    </message>
    <message>
        <source>{{%1}}: header %2 is missing</source>
        <translation>{{%1}}: Header %2 fehlt</translation>
    </message>
    <message>
        <source>{{%1}}: %2 found nothing</source>
        <translation>{{%1}}: %2 hat nichts gefunden</translation>
    </message>
    <message>
        <source>captured in this run</source>
        <translation>in diesem Lauf erfasst</translation>
    </message>
    <message>
        <source>status below 400</source>
        <translation>Status unter 400</translation>
    </message>
    <message>
        <source>status was %1, expected below 400</source>
        <translation>Status war %1, erwartet unter 400</translation>
    </message>
</context>
<context>
    <name>ChecksEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Header or JSON path</source>
        <translation>Header oder JSON-Pfad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>JSON path or header</source>
        <translation>JSON-Pfad oder Header</translation>
    </message>
    <message>
        <source>Assertions: every one must hold for the request to pass (without any, a status below 400 passes). Expected values may use {{variables}}.</source>
        <translation>Prüfungen: Jede muss zutreffen, damit die Anfrage besteht (ohne Prüfungen besteht ein Status unter 400). Erwartete Werte können {{variables}} verwenden.</translation>
    </message>
    <message>
        <source>Captures: a value of the response kept as a {{variable}} for the requests after this one in the same run.</source>
        <translation>Erfassungen: ein Wert der Antwort, der als {{variable}} für die folgenden Anfragen im selben Lauf aufbewahrt wird.</translation>
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
        <source>--config-dir needs a directory.</source>
        <translation>--config-dir benötigt ein Verzeichnis.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Usage: tokenbench-cli [--config-dir DIR] [--no-keychain] [--no-browser] COMMAND ...
       tokenbench-cli --help | --version

Commands:
  list [--json]                 the profiles and the state of their tokens
  list --names                  profile names only, one a line (for scripts)
  list --methods                every VENDOR/METHOD pair add accepts, one a line,
                                each followed by the FIELDs it takes with --set
  add NAME --vendor VENDOR --method METHOD --url BASE_URL [--set FIELD=VALUE]...
  remove NAME                   the profile and every secret it kept
  login NAME [--secrets-stdin] [--no-remember] [--timeout SECONDS]
             [--no-browser]
                                SECONDS: how long a browser sign-in or device
                                code is waited for (300)
  token NAME                    print the bare token, logging in again first when
                                it expired and the stored credentials allow
  header NAME                   print the header line a request would carry
  status NAME [--json]
  decode [TOKEN|-] [--json]     decode a token given or read from standard input
          [--verify [--jwks URL|FILE | --key PEM | --secret-stdin]
          [--iss ISS] [--aud AUD] [--check-time]]
                                check its signature (exit 3 when it does not hold)
  request NAME METHOD PATH_OR_URL [-H &apos;K: V&apos;]... [-d BODY | -d @FILE] [-i] [-o FILE]
          [--no-history]        (every request goes into the history otherwise)
  curl NAME METHOD PATH_OR_URL [-H ..] [-d ..] [--reveal]
  run NAME COLLECTION [--only REQUEST]... [--bail] [--delay MS] [--junit FILE]
          [--json] [--secrets-stdin] [--no-history]
                                run a saved collection in order and check each
                                response (exit 5 when a check fails)
  logout NAME
  edit NAME [--url BASE_URL] [--set FIELD=VALUE]... [--rename NEW]
                                change a profile; its secrets are kept
  profiles export [--output FILE]   every profile as shareable JSON, no secret
  profiles import FILE          add the profiles of an export (- for stdin)
  exec NAME [--env VAR] [--header-env VAR] [--url-env VAR] -- COMMAND [ARG]...
                                run COMMAND with a fresh token in its environment
                                (TOKENBENCH_TOKEN, TOKENBENCH_AUTH_HEADER,
                                TOKENBENCH_BASE_URL); its exit status is returned
  git-credential [--profile NAME] get|store|erase   git&apos;s credential.helper
  kubectl-credential NAME       an ExecCredential for kubectl&apos;s exec plugin
  copy NAME [--header] [--secrets-stdin]   copy the token through the running
                                app, or without one here, cleared after the
                                clipboard delay
  import NAME FILE [--environment FILE] [--as COLLECTION]
                                a Postman Collection (v2.0, v2.1), Insomnia export
                                (v4) or HAR file into the profile&apos;s collections;
                                prints what each request does not carry over

Secrets never come from arguments: --secrets-stdin reads lines field=value
(password, mfa, token, api_key, client_secret, challenge, proxy_password,
client_key_passphrase); on a terminal the CLI asks without echo. --no-keychain
keeps secrets in memory for this one call.

Network options per profile (--set): proxy=URL|none|system (http://host:port or
socks5://host:port; unset: the system&apos;s), no_proxy=LIST, proxy_user=NAME,
ca_file=PATH (a PEM file or a folder), client_cert=PATH (PEM or .p12/.pfx),
client_key=PATH (PEM).

OAuth 2.0 (generic oauth2): grant=client_credentials|authorization_code|
device_code, issuer=URL (fills the endpoints by discovery), token_url,
authorize_url, device_url, client_id, scope, audience, resource,
extra_params=a=1&amp;b=2, redirect_port=PORT (else any free one),
client_auth=basic|body|none. A browser sign-in prints its address and opens
the browser when there is a display (--no-browser: print only); a device code
is printed to be entered on any device. Refresh tokens renew by themselves.

Vendors and methods: %1.

Exit status: 0 ok; 2 usage error, unknown profile or unusable configuration;
3 authentication refused or a login is needed; 4 network, TLS or timeout;
5 HTTP status 400 or above, or a check of run failed; 6 keychain needed but
unavailable. exec returns the command&apos;s status, 126 or 127 when it cannot be run.

TOKENBENCH_CONFIG_DIR in the environment is the same as --config-dir.
</source>
        <translation>Aufruf: tokenbench-cli [--config-dir DIR] [--no-keychain] [--no-browser] COMMAND ...
       tokenbench-cli --help | --version

Befehle:
  list [--json]                 die Profile und den Status ihrer Tokens
  list --names                  nur die Profilnamen, einer pro Zeile (für Skripte)
  list --methods                jedes Paar VENDOR/METHOD, das add akzeptiert, eines
                                pro Zeile, jeweils gefolgt von den FIELDs für --set
  add NAME --vendor VENDOR --method METHOD --url BASE_URL [--set FIELD=VALUE]...
  remove NAME                   das Profil und alle seine Geheimnisse entfernen
  login NAME [--secrets-stdin] [--no-remember] [--timeout SECONDS]
             [--no-browser]
                                SECONDS: wie lange auf eine Browser-Anmeldung oder
                                einen Gerätecode gewartet wird (300)
  token NAME                    das reine Token ausgeben; nach Ablauf vorher neu
                                anmelden, wenn gespeicherte Zugangsdaten das erlauben
  header NAME                   die Header-Zeile ausgeben, die eine Anfrage trägt
  status NAME [--json]
  decode [TOKEN|-] [--json]     ein Token aus Argument oder stdin dekodieren
          [--verify [--jwks URL|FILE | --key PEM | --secret-stdin]
          [--iss ISS] [--aud AUD] [--check-time]]
                                seine Signatur prüfen (Exit 3, wenn sie nicht hält)
  request NAME METHOD PATH_OR_URL [-H &apos;K: V&apos;]... [-d BODY | -d @FILE] [-i] [-o FILE]
          [--no-history]        (sonst kommt jede Anfrage in den Verlauf)
  curl NAME METHOD PATH_OR_URL [-H ..] [-d ..] [--reveal]
  run NAME COLLECTION [--only REQUEST]... [--bail] [--delay MS] [--junit FILE]
          [--json] [--secrets-stdin] [--no-history]
                                eine gespeicherte Sammlung der Reihe nach ausführen
                                und jede Antwort prüfen (Exit 5 bei Fehlschlag)
  logout NAME
  edit NAME [--url BASE_URL] [--set FIELD=VALUE]... [--rename NEW]
                                ein Profil ändern; seine Geheimnisse bleiben
  profiles export [--output FILE]   alle Profile als teilbares JSON, ohne Geheimnis
  profiles import FILE          die Profile eines Exports hinzufügen (- für stdin)
  exec NAME [--env VAR] [--header-env VAR] [--url-env VAR] -- COMMAND [ARG]...
                                COMMAND mit einem frischen Token in seiner Umgebung
                                ausführen (TOKENBENCH_TOKEN, TOKENBENCH_AUTH_HEADER,
                                TOKENBENCH_BASE_URL); gibt dessen Exit-Status zurück
  git-credential [--profile NAME] get|store|erase   credential.helper für git
  kubectl-credential NAME       ein ExecCredential für das exec-Plugin von kubectl
  copy NAME [--header] [--secrets-stdin]   das Token über die laufende App
                                kopieren, ohne sie hier; nach der Zwischenablage-
                                Frist geleert
  import NAME FILE [--environment FILE] [--as COLLECTION]
                                eine Postman-Collection (v2.0, v2.1), einen Insomnia-
                                Export (v4) oder eine HAR-Datei in die Sammlungen des
                                Profils; nennt, was je Anfrage nicht übernommen wird

Geheimnisse kommen nie aus Argumenten: --secrets-stdin liest Zeilen field=value
(password, mfa, token, api_key, client_secret, challenge, proxy_password,
client_key_passphrase); im Terminal fragt die CLI ohne Echo nach. --no-keychain
hält Geheimnisse nur für diesen Aufruf im Speicher.

Netzwerkoptionen pro Profil (--set): proxy=URL|none|system (http://host:port oder
socks5://host:port; nicht gesetzt: die des Systems), no_proxy=LIST,
proxy_user=NAME, ca_file=PATH (eine PEM-Datei oder ein Ordner),
client_cert=PATH (PEM oder .p12/.pfx), client_key=PATH (PEM).

OAuth 2.0 (generic oauth2): grant=client_credentials|authorization_code|
device_code, issuer=URL (füllt die Endpunkte per Discovery), token_url,
authorize_url, device_url, client_id, scope, audience, resource,
extra_params=a=1&amp;b=2, redirect_port=PORT (sonst ein beliebiger freier),
client_auth=basic|body|none. Eine Browser-Anmeldung zeigt ihre Adresse und öffnet,
wenn ein Display da ist, den Browser (--no-browser: nur anzeigen); ein Gerätecode
wird zur Eingabe auf jedem Gerät angezeigt. Refresh-Tokens erneuern sich selbst.

Anbieter und Methoden: %1.

Exit-Status: 0 OK; 2 Aufruffehler, unbekanntes Profil oder unbrauchbare Konfiguration;
3 Authentifizierung abgelehnt oder Anmeldung nötig; 4 Netzwerk, TLS oder Timeout;
5 HTTP-Status ab 400 oder Prüfung bei run fehlgeschlagen; 6 Schlüsselbund nötig,
aber nicht verfügbar. exec liefert den Befehlsstatus (126 oder 127: nicht ausführbar).

TOKENBENCH_CONFIG_DIR in der Umgebung wirkt wie --config-dir.
</translation>
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
    <message>
        <source>Several profiles serve %1 (%2): name one with --profile.</source>
        <translation>Mehrere Profile bedienen %1 (%2): Nennen Sie eines mit --profile.</translation>
    </message>
</context>
<context>
    <name>CliPrompter</name>
    <message>
        <source>%1 for %2:</source>
        <translation>%1 für %2:</translation>
    </message>
    <message>
        <source>%1 of %2 is needed, the keychain is unavailable (%3), and there is no terminal to ask on: give it with --secrets-stdin.</source>
        <translation>%1 von %2 wird gebraucht, der Schlüsselbund ist nicht verfügbar (%3), und es gibt kein Terminal zum Fragen: Geben Sie es mit --secrets-stdin an.</translation>
    </message>
    <message>
        <source>%1 of %2 is needed: give it with --secrets-stdin (%3=...) or run on a terminal.</source>
        <translation>%1 von %2 wird gebraucht: Geben Sie es mit --secrets-stdin (%3=...) an oder starten Sie in einem Terminal.</translation>
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
        <translation>Der Server verlangt einen zweiten Faktor: %1. Geben Sie ihn mit --secrets-stdin (%2=...) an oder starten Sie in einem Terminal.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>%1 needs a sign-in in the browser: run tokenbench-cli login %1.</source>
        <translation>%1 braucht eine Anmeldung im Browser: Führen Sie tokenbench-cli login %1 aus.</translation>
    </message>
    <message>
        <source>To log in to %1, open this address in a browser (Tokenbench waits until %2):</source>
        <translation>Um sich bei %1 anzumelden, öffnen Sie diese Adresse in einem Browser (Tokenbench wartet bis %2):</translation>
    </message>
    <message>
        <source>To log in to %1, go to this address on any device and enter the code below (Tokenbench waits until %2):</source>
        <translation>Um sich bei %1 anzumelden, rufen Sie diese Adresse auf einem beliebigen Gerät auf und geben Sie den folgenden Code ein (Tokenbench wartet bis %2):</translation>
    </message>
</context>
<context>
    <name>ClipboardDelayMenu</name>
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
</context>
<context>
    <name>CollectionImport</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1: disabled in the file</source>
        <translation>%1: in der Datei deaktiviert</translation>
    </message>
    <message>
        <source>%1: not a name {{variables}} allow</source>
        <translation>%1: kein Name, den {{variables}} erlauben</translation>
    </message>
    <message>
        <source>%1: a secret with no value in the file</source>
        <translation>%1: ein Geheimnis ohne Wert in der Datei</translation>
    </message>
    <message>
        <source>%1: the profile&apos;s own %1 is used</source>
        <translation>%1: Der eigene Wert des Profils für %1 wird verwendet</translation>
    </message>
    <message>
        <source>%1: the profile has a different value, which is kept</source>
        <translation>%1: Das Profil hat einen anderen Wert, der beibehalten wird</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <source>That collection or request no longer exists.</source>
        <translation>Diese Sammlung oder Anfrage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The collections could not be saved: %1.</source>
        <translation>Die Sammlungen konnten nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Sammlung namens „%1“.</translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation>Eine Anfrage benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the composer&apos;s request in the selected collection</source>
        <translation>Die Anfrage aus dem Anfrage-Editor in der ausgewählten Sammlung speichern</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the selected request</source>
        <translation>Die ausgewählte Anfrage ausführen</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run every request of the selected collection, in order</source>
        <translation>Alle Anfragen der ausgewählten Sammlung der Reihe nach ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Lauf anhalten</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannte Anfrage</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved without the %n secret(s) typed into it: %1 stand(s) in, and the values are kept in the keychain.</source>
        <translation>
            <numerusform>Ohne das eingegebene Geheimnis gespeichert: %1 steht dafür, und der Wert liegt im Schlüsselbund.</numerusform>
            <numerusform>Ohne die %n eingegebenen Geheimnisse gespeichert: %1 stehen dafür, und die Werte liegen im Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved without the %n secret(s) typed into it: %1 stand(s) in. The keychain is not available, so the values are kept for this session only: after a restart, type them into the request again.</source>
        <translation>
            <numerusform>Ohne das eingegebene Geheimnis gespeichert: %1 steht dafür. Der Schlüsselbund ist nicht verfügbar, daher wird der Wert nur für diese Sitzung aufbewahrt: Geben Sie ihn nach einem Neustart erneut in die Anfrage ein.</numerusform>
            <numerusform>Ohne die %n eingegebenen Geheimnisse gespeichert: %1 stehen dafür. Der Schlüsselbund ist nicht verfügbar, daher werden die Werte nur für diese Sitzung aufbewahrt: Geben Sie sie nach einem Neustart erneut in die Anfrage ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation>Prüfungen…</translation>
    </message>
    <message>
        <source>Assertions and captures of the selected request</source>
        <translation>Prüfungen und Erfassungen der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Checks of %1</source>
        <translation>Prüfungen von %1</translation>
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
    <message>
        <source>list: give at most one of --json, --names, --methods.</source>
        <translation>list: Geben Sie höchstens eine der Optionen --json, --names oder --methods an.</translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation>Header-Zeile kopiert.</translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation>Token kopiert.</translation>
    </message>
    <message>
        <source>%1 The clipboard is cleared in %2 s.</source>
        <translation>%1 Die Zwischenablage wird in %2 s geleert.</translation>
    </message>
    <message>
        <source>%1 It stays until something else is copied.</source>
        <translation>%1 Es bleibt, bis etwas anderes kopiert wird.</translation>
    </message>
    <message>
        <source>The Tokenbench app copied the header line of %1.</source>
        <translation>Die Tokenbench-App hat die Header-Zeile von %1 kopiert.</translation>
    </message>
    <message>
        <source>The Tokenbench app copied the token of %1.</source>
        <translation>Die Tokenbench-App hat das Token von %1 kopiert.</translation>
    </message>
    <message>
        <source>The Tokenbench app did not answer: %1</source>
        <translation>Die Tokenbench-App hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>copy: unknown argument &apos;%1&apos;.</source>
        <translation>copy: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>copy: give a profile name.</source>
        <translation>copy: Geben Sie einen Profilnamen an.</translation>
    </message>
    <message>
        <source>copy: no Tokenbench app runs, and there is no display to copy on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>copy: Keine Tokenbench-App läuft, und es gibt keine Anzeige zum Kopieren (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).</translation>
    </message>
    <message>
        <source>copy: no Tokenbench app runs, and tokenbench-clipboard is not installed next to tokenbench-cli.</source>
        <translation>copy: Keine Tokenbench-App läuft, und tokenbench-clipboard ist nicht neben tokenbench-cli installiert.</translation>
    </message>
    <message>
        <source>copy: cannot run %1.</source>
        <translation>copy: %1 kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>exec: %1 needs a variable name.</source>
        <translation>exec: %1 braucht einen Variablennamen.</translation>
    </message>
    <message>
        <source>exec: unknown option &apos;%1&apos;.</source>
        <translation>exec: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>exec: give a profile name.</source>
        <translation>exec: Geben Sie einen Profilnamen an.</translation>
    </message>
    <message>
        <source>exec: give the command to run after &apos;--&apos;.</source>
        <translation>exec: Geben Sie den Befehl nach „--“ an.</translation>
    </message>
    <message>
        <source>exec: cannot run &apos;%1&apos;: %2</source>
        <translation>exec: „%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>exec: not available on this system.</source>
        <translation>exec: auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>git-credential: --profile needs a name.</source>
        <translation>git-credential: --profile braucht einen Namen.</translation>
    </message>
    <message>
        <source>git-credential: unknown argument &apos;%1&apos;.</source>
        <translation>git-credential: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>git-credential: give get, store or erase.</source>
        <translation>git-credential: Geben Sie get, store oder erase an.</translation>
    </message>
    <message>
        <source>kubectl-credential: give one profile name.</source>
        <translation>kubectl-credential: Geben Sie genau einen Profilnamen an.</translation>
    </message>
    <message>
        <source>%1: --set takes FIELD=VALUE, not &apos;%2&apos;.</source>
        <translation>%1: --set erwartet FIELD=VALUE, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1: %2 is a secret; secrets never come from arguments. Give it to login with --secrets-stdin, or let login ask for it.</source>
        <translation>%1: %2 ist ein Geheimnis; Geheimnisse kommen nie aus Argumenten. Geben Sie es login mit --secrets-stdin, oder lassen Sie login danach fragen.</translation>
    </message>
    <message>
        <source>%1: --url needs an http or https URL with a host.</source>
        <translation>%1: --url braucht eine http- oder https-URL mit Host.</translation>
    </message>
    <message>
        <source>edit: %1 needs a value.</source>
        <translation>edit: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>edit: unknown option &apos;%1&apos;.</source>
        <translation>edit: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>edit: give one profile name.</source>
        <translation>edit: Geben Sie genau einen Profilnamen an.</translation>
    </message>
    <message>
        <source>edit: give a profile name.</source>
        <translation>edit: Geben Sie einen Profilnamen an.</translation>
    </message>
    <message>
        <source>edit: %1 has an unknown vendor/method &apos;%2/%3&apos;.</source>
        <translation>edit: %1 hat einen unbekannten Anbieter bzw. eine unbekannte Methode „%2/%3“.</translation>
    </message>
    <message>
        <source>edit: --rename needs a name.</source>
        <translation>edit: --rename braucht einen Namen.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>profiles export: unknown argument &apos;%1&apos;.</source>
        <translation>profiles export: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>profiles export: cannot write %1: %2</source>
        <translation>profiles export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the profiles to %1.</source>
        <translation>Die Profile wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>profiles import: give one file (- for standard input).</source>
        <translation>profiles import: Geben Sie genau eine Datei an (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>profiles import: cannot read %1: %2</source>
        <translation>profiles import: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>profiles: give export [--output FILE] or import FILE.</source>
        <translation>profiles: Geben Sie export [--output FILE] oder import FILE an.</translation>
    </message>
    <message>
        <source>Warning: certificate checks are OFF for %1 (insecure_tls=true); anyone on the network path can read its secrets.</source>
        <translation>Warnung: Die Zertifikatsprüfung ist für %1 AUS (insecure_tls=true); jeder auf dem Netzwerkweg kann seine Geheimnisse lesen.</translation>
    </message>
    <message>
        <source>Logged in, but nothing could be remembered: %1</source>
        <translation>Angemeldet, aber nichts konnte gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signing out failed (%1); the session is forgotten all the same.</source>
        <translation>Die Abmeldung ist fehlgeschlagen (%1); die Sitzung wird trotzdem vergessen.</translation>
    </message>
    <message>
        <source>import: cannot read %1: %2</source>
        <translation>import: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not carried: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>kept in the keychain, not in the file: %1</source>
        <translation>im Schlüsselbund aufbewahrt, nicht in der Datei: %1</translation>
    </message>
    <message>
        <source>import: %1 needs a value.</source>
        <translation>import: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;.</source>
        <translation>import: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>import: give PROFILE FILE [--environment FILE] [--as NAME].</source>
        <translation>import: Geben Sie PROFILE FILE [--environment FILE] [--as NAME] an.</translation>
    </message>
    <message>
        <source>import: %1: %2</source>
        <translation>import: %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 (%2) into the collection &quot;%3&quot; of %4; requests: %5.</source>
        <translation>%1 (%2) in die Sammlung „%3“ von %4 importiert; Anfragen: %5.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Variables set on the profile: %1</source>
        <translation>Im Profil gesetzte Variablen: %1</translation>
    </message>
    <message>
        <source>Secret variables kept in the keychain: %1</source>
        <translation>Im Schlüsselbund aufbewahrte geheime Variablen: %1</translation>
    </message>
    <message>
        <source>Variable not imported: %1</source>
        <translation>Nicht importierte Variable: %1</translation>
    </message>
    <message>
        <source>the keychain is not in use</source>
        <translation>der Schlüsselbund wird nicht verwendet</translation>
    </message>
    <message>
        <source>The secrets of the file are not kept (%1): type them in again, or import once more with the keychain.</source>
        <translation>Die Geheimnisse der Datei werden nicht aufbewahrt (%1): Geben Sie sie erneut ein, oder importieren Sie noch einmal mit Schlüsselbund.</translation>
    </message>
    <message>
        <source>run: %1 needs %2.</source>
        <translation>run: %1 braucht %2.</translation>
    </message>
    <message>
        <source>a request name</source>
        <translation>einen Anfragenamen</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>run: --delay takes milliseconds, not &apos;%1&apos;.</source>
        <translation>run: --delay erwartet Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>run: unknown option &apos;%1&apos;.</source>
        <translation>run: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>run: give PROFILE COLLECTION.</source>
        <translation>run: Geben Sie PROFILE COLLECTION an.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 has no collection named &quot;%2&quot;.</source>
        <translation>%1 hat keine Sammlung namens „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no request named %2.</source>
        <translation>„%1“ hat keine Anfrage namens %2.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>stopped at the first failure, %n not run</source>
        <translation>
            <numerusform>beim ersten Fehlschlag angehalten, %n nicht ausgeführt</numerusform>
            <numerusform>beim ersten Fehlschlag angehalten, %n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody could log in, %n not run</source>
        <translation>
            <numerusform>Anmeldung nicht möglich, %n nicht ausgeführt</numerusform>
            <numerusform>Anmeldung nicht möglich, %n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>run: cannot write %1: %2</source>
        <translation>run: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: --timeout needs a number of seconds above 0.</source>
        <translation>%1: --timeout braucht eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ComposerInterop</name>
    <message>
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <source>Copy the request as a command; the secret stays a $TOKEN placeholder unless it is revealed</source>
        <translation>Die Anfrage als Befehl kopieren; das Geheimnis bleibt ein Platzhalter $TOKEN, sofern es nicht angezeigt wird</translation>
    </message>
    <message>
        <source>This curl command cannot be imported: %1</source>
        <translation>Dieser curl-Befehl kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Imported from curl.</source>
        <translation>Aus curl importiert.</translation>
    </message>
    <message>
        <source>The command carries its own credential. It is sent as typed, except where this profile&apos;s credential uses the same header: on the profile&apos;s origin, the profile&apos;s wins.</source>
        <translation>Der Befehl enthält eigene Zugangsdaten. Sie werden wie eingegeben gesendet, außer wenn die Zugangsdaten dieses Profils denselben Header verwenden: Auf dem Ursprung des Profils haben die Zugangsdaten des Profils Vorrang.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Copied as %1, the token as $TOKEN and typed secrets as variables.</source>
        <translation>Als %1 kopiert, das Token als $TOKEN und eingegebene Geheimnisse als Variablen.</translation>
    </message>
    <message>
        <source>Copied as %1 with its secrets, marked for clipboard managers.</source>
        <translation>Als %1 mit seinen Geheimnissen kopiert, für Zwischenablage-Manager markiert.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Path on the profile&apos;s base URL (api/items?page=1), a full URL, or a pasted curl command</source>
        <translation>Pfad relativ zur Basis-URL des Profils (api/items?page=1), eine vollständige URL oder ein eingefügter curl-Befehl</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Die Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the secret that will be sent</source>
        <translation>Das Geheimnis anzeigen, das gesendet wird</translation>
    </message>
    <message>
        <source>New parameter</source>
        <translation>Neuer Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>New header</source>
        <translation>Neuer Header</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation>Anfrage &amp;abbrechen</translation>
    </message>
    <message>
        <source>{{%1}} has no value yet</source>
        <translation>{{%1}} hat noch keinen Wert</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>A quote in the command is never closed.</source>
        <translation>Ein Anführungszeichen im Befehl wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>ignored: it only changes what curl prints or saves</source>
        <translation>ignoriert: ändert nur, was curl ausgibt oder speichert</translation>
    </message>
    <message>
        <source>ignored: Tokenbench follows redirects itself and drops credentials when the origin changes</source>
        <translation>ignoriert: Tokenbench folgt Weiterleitungen selbst und verwirft die Zugangsdaten, wenn sich der Ursprung ändert</translation>
    </message>
    <message>
        <source>not carried over: accepting any certificate is a profile setting</source>
        <translation>nicht übernommen: Das Akzeptieren beliebiger Zertifikate ist eine Profileinstellung</translation>
    </message>
    <message>
        <source>ignored: Tokenbench always accepts compressed responses</source>
        <translation>ignoriert: Tokenbench akzeptiert immer komprimierte Antworten</translation>
    </message>
    <message>
        <source>ignored: Tokenbench chooses the protocol and connection itself</source>
        <translation>ignoriert: Tokenbench wählt Protokoll und Verbindung selbst</translation>
    </message>
    <message>
        <source>ignored: timeouts, retries and speed limits are Tokenbench settings</source>
        <translation>ignoriert: Zeitlimits, Wiederholungen und Geschwindigkeitsbegrenzungen sind Einstellungen von Tokenbench</translation>
    </message>
    <message>
        <source>not carried over: certificates and TLS settings belong to the profile</source>
        <translation>nicht übernommen: Zertifikate und TLS-Einstellungen gehören zum Profil</translation>
    </message>
    <message>
        <source>not carried over: a proxy is not part of a request</source>
        <translation>nicht übernommen: Ein Proxy ist nicht Teil einer Anfrage</translation>
    </message>
    <message>
        <source>ignored: the profile&apos;s session keeps its cookies</source>
        <translation>ignoriert: Die Sitzung des Profils verwaltet ihre Cookies selbst</translation>
    </message>
    <message>
        <source>not carried over: only HTTP Basic from -u is imported; a profile can hold other kinds of login</source>
        <translation>nicht übernommen: Aus -u wird nur HTTP Basic importiert; andere Anmeldearten kann ein Profil aufnehmen</translation>
    </message>
    <message>
        <source>not carried over: options from a curl config file cannot be read</source>
        <translation>nicht übernommen: Optionen aus einer curl-Konfigurationsdatei können nicht gelesen werden</translation>
    </message>
    <message>
        <source>not carried over: .netrc passwords are not read; a profile can hold them in the keychain</source>
        <translation>nicht übernommen: Passwörter aus .netrc werden nicht gelesen; ein Profil kann sie im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>ignored: Tokenbench never expands {} and [] in URLs</source>
        <translation>ignoriert: Tokenbench erweitert {} und [] in URLs nie</translation>
    </message>
    <message>
        <source>not carried over: the composer does not support it</source>
        <translation>nicht übernommen: Der Anfrage-Editor unterstützt das nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not carried over: multipart form bodies are not supported</source>
        <translation>nicht übernommen: Multipart-Formular-Bodys werden nicht unterstützt</translation>
    </message>
    <message>
        <source>not carried over: without a password curl would ask for one; a profile can hold it</source>
        <translation>nicht übernommen: Ohne Passwort würde curl danach fragen; ein Profil kann es aufbewahren</translation>
    </message>
    <message>
        <source>not carried over: it uses shell variables; a profile can hold the user name and password</source>
        <translation>nicht übernommen: Verwendet Shell-Variablen; ein Profil kann Benutzername und Passwort aufbewahren</translation>
    </message>
    <message>
        <source>The user name and password from %1 are in an Authorization header and will be sent as typed; a profile can keep them in the keychain instead.</source>
        <translation>Benutzername und Passwort aus %1 stehen in einem Authorization-Header und werden wie eingegeben gesendet; ein Profil kann sie stattdessen im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>not carried over: cookies from a file cannot be read</source>
        <translation>nicht übernommen: Cookies aus einer Datei können nicht gelesen werden</translation>
    </message>
    <message>
        <source>not carried over: a placeholder for the session; the profile&apos;s credential is attached when the request is sent</source>
        <translation>nicht übernommen: ein Platzhalter für die Sitzung; die Zugangsdaten des Profils werden beim Senden der Anfrage angefügt</translation>
    </message>
    <message>
        <source>ignored: Tokenbench does not set Referer on redirects</source>
        <translation>ignoriert: Tokenbench setzt bei Weiterleitungen keinen Referer</translation>
    </message>
    <message>
        <source>not carried over: the body comes from standard input</source>
        <translation>nicht übernommen: Der Body kommt von der Standardeingabe</translation>
    </message>
    <message>
        <source>not carried over: only the first request is imported</source>
        <translation>nicht übernommen: Nur die erste Anfrage wird importiert</translation>
    </message>
    <message>
        <source>not carried over: a placeholder for the token; the profile&apos;s credential is attached when the request is sent</source>
        <translation>nicht übernommen: ein Platzhalter für das Token; die Zugangsdaten des Profils werden beim Senden der Anfrage angefügt</translation>
    </message>
    <message>
        <source>not carried over: headers from a file cannot be read</source>
        <translation>nicht übernommen: Header aus einer Datei können nicht gelesen werden</translation>
    </message>
    <message>
        <source>not carried over: it removes a header curl would add itself</source>
        <translation>nicht übernommen: Entfernt einen Header, den curl selbst hinzufügen würde</translation>
    </message>
    <message>
        <source>not carried over: it is not a &quot;Name: value&quot; header</source>
        <translation>nicht übernommen: Kein Header der Form „Name: Wert“</translation>
    </message>
    <message>
        <source>curl %1 would remove the line breaks of %2; Tokenbench sends the file as it is.</source>
        <translation>curl %1 würde die Zeilenumbrüche von %2 entfernen; Tokenbench sendet die Datei unverändert.</translation>
    </message>
    <message>
        <source>not carried over: the value comes from a file</source>
        <translation>nicht übernommen: Der Wert kommt aus einer Datei</translation>
    </message>
    <message>
        <source>not carried over: only the first URL is imported</source>
        <translation>nicht übernommen: Nur die erste URL wird importiert</translation>
    </message>
    <message>
        <source>%1 has no scheme: it is taken as http://, as curl does.</source>
        <translation>%1 hat kein Schema: Wie bei curl wird http:// angenommen.</translation>
    </message>
    <message>
        <source>not carried over: a file cannot be combined with other data</source>
        <translation>nicht übernommen: Eine Datei kann nicht mit anderen Daten kombiniert werden</translation>
    </message>
    <message>
        <source>The data is JSON but has no Content-Type: curl would send it as a form; the draft sends it as JSON.</source>
        <translation>Die Daten sind JSON, haben aber keinen Content-Type: curl würde sie als Formular senden; der Entwurf sendet sie als JSON.</translation>
    </message>
    <message>
        <source>This is not a curl command: it should start with &quot;curl&quot;.</source>
        <translation>Dies ist kein curl-Befehl: Er sollte mit „curl“ beginnen.</translation>
    </message>
    <message>
        <source>The option %1 needs a value after it.</source>
        <translation>Die Option %1 benötigt einen nachfolgenden Wert.</translation>
    </message>
    <message>
        <source>not carried over: not an option Tokenbench knows</source>
        <translation>nicht übernommen: Tokenbench kennt diese Option nicht</translation>
    </message>
    <message>
        <source>not carried over: the rest of the shell command is not part of the request</source>
        <translation>nicht übernommen: Der Rest des Shell-Befehls gehört nicht zur Anfrage</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>Der curl-Befehl enthält keine URL.</translation>
    </message>
    <message>
        <source>$%1 is a shell variable: it is kept as typed.</source>
        <translation>$%1 ist eine Shell-Variable: Sie bleibt wie eingegeben erhalten.</translation>
    </message>
    <message>
        <source>%1: the %2 is not kept; Tokenbench asks for it when it is needed and keeps it in the keychain.</source>
        <translation>%1: %2 wird nicht übernommen; Tokenbench fragt danach, wenn es gebraucht wird, und bewahrt es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>das Proxy-Passwort</translation>
    </message>
    <message>
        <source>certificate passphrase</source>
        <translation>die Passphrase des Zertifikats</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>die Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>not carried over: only PEM and PKCS#12 (P12) certificates</source>
        <translation>nicht übernommen: nur PEM- und PKCS#12-Zertifikate (P12)</translation>
    </message>
    <message>
        <source>Settings of the profile, not of the request (its Network tab, or tokenbench-cli --set): %1.</source>
        <translation>Einstellungen des Profils, nicht der Anfrage (sein Reiter Netzwerk oder tokenbench-cli --set): %1.</translation>
    </message>
</context>
<context>
    <name>CurlNetworkDialog</name>
    <message>
        <source>Network Settings from curl</source>
        <translation>Netzwerkeinstellungen aus curl</translation>
    </message>
    <message>
        <source>The curl command sets how to reach the server. Change these settings of the profile %1? They apply to every request it sends and to its logins.</source>
        <translation>Der curl-Befehl legt fest, wie der Server erreicht wird. Diese Einstellungen des Profils %1 ändern? Sie gelten für jede Anfrage, die es sendet, und für seine Anmeldungen.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>&amp;Apply to Profile</source>
        <translation>Auf das Profil &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep the Profile as It Is</source>
        <translation>Profil &amp;unverändert lassen</translation>
    </message>
    <message>
        <source>No profile is chosen: choose one and import again to apply these settings.</source>
        <translation>Kein Profil ausgewählt: Wählen Sie eines und importieren Sie erneut, um diese Einstellungen anzuwenden.</translation>
    </message>
    <message>
        <source>Not applied to the profile: %1</source>
        <translation>Nicht auf das Profil angewendet: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s network settings were left as they were.</source>
        <translation>Die Netzwerkeinstellungen des Profils wurden nicht geändert.</translation>
    </message>
    <message>
        <source>the profile no longer exists.</source>
        <translation>das Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Applied to the profile %1: %2.</source>
        <translation>Auf das Profil %1 angewendet: %2.</translation>
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
    <message>
        <source>--jwks needs a URL or a file.</source>
        <translation>--jwks braucht eine URL oder eine Datei.</translation>
    </message>
    <message>
        <source>--key needs a PEM file.</source>
        <translation>--key braucht eine PEM-Datei.</translation>
    </message>
    <message>
        <source>--iss needs the issuer expected.</source>
        <translation>--iss braucht den erwarteten Aussteller.</translation>
    </message>
    <message>
        <source>--aud needs the audience expected.</source>
        <translation>--aud braucht die erwartete Zielgruppe.</translation>
    </message>
    <message>
        <source>--jwks, --key, --secret-stdin, --iss, --aud and --check-time go with --verify.</source>
        <translation>--jwks, --key, --secret-stdin, --iss, --aud und --check-time gehören zu --verify.</translation>
    </message>
    <message>
        <source>give one of --jwks, --key and --secret-stdin.</source>
        <translation>Geben Sie genau eines von --jwks, --key und --secret-stdin an.</translation>
    </message>
    <message>
        <source>with --secret-stdin the token is given as an argument.</source>
        <translation>mit --secret-stdin wird das Token als Argument angegeben.</translation>
    </message>
    <message>
        <source>no key was given: name a JWKS with --jwks, a PEM public key or certificate with --key, give an HMAC secret with --secret-stdin, or name the issuer expected with --iss to find its keys by OpenID Connect discovery.</source>
        <translation>kein Schlüssel angegeben: Nennen Sie ein JWKS mit --jwks, einen öffentlichen PEM-Schlüssel oder ein Zertifikat mit --key, geben Sie ein HMAC-Geheimnis mit --secret-stdin an, oder nennen Sie den erwarteten Aussteller mit --iss, um seine Schlüssel per OpenID Connect Discovery zu finden.</translation>
    </message>
    <message>
        <source>secret from standard input</source>
        <translation>Geheimnis von der Standardeingabe</translation>
    </message>
    <message>
        <source>standard input held no secret.</source>
        <translation>die Standardeingabe enthielt kein Geheimnis.</translation>
    </message>
    <message>
        <source>Signed JWT (JWS), algorithm %1.</source>
        <translation>Signiertes JWT (JWS), Algorithmus %1.</translation>
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
    <message>
        <source>OpenID Connect (browser sign-in)</source>
        <translation>OpenID Connect (Browser-Anmeldung)</translation>
    </message>
    <message>
        <source>Your browser opens the sandbox&apos;s sign-in page: user %1, password %2.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite der Sandbox: Benutzer %1, Passwort %2.</translation>
    </message>
    <message>
        <source>OpenID Connect (device code)</source>
        <translation>OpenID Connect (Gerätecode)</translation>
    </message>
    <message>
        <source>Enter the code shown at the sandbox&apos;s device page: user %1, password %2.</source>
        <translation>Geben Sie den angezeigten Code auf der Geräteseite der Sandbox ein: Benutzer %1, Passwort %2.</translation>
    </message>
    <message>
        <source>Generic (HTTPS, private CA)</source>
        <translation>Generisch (HTTPS, private CA)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s HTTPS side, signed by a certificate authority it made at start-up; this profile&apos;s CA file is %1.</source>
        <translation>Die HTTPS-Seite der Sandbox, signiert von einer Zertifizierungsstelle, die sie beim Start erzeugt hat; die CA-Datei dieses Profils ist %1.</translation>
    </message>
</context>
<context>
    <name>DockerHelper</name>
    <message>
        <source>Usage: docker-credential-tokenbench &lt;get|list|store|erase|version&gt;</source>
        <translation>Aufruf: docker-credential-tokenbench &lt;get|list|store|erase|version&gt;</translation>
    </message>
    <message>
        <source>The profiles cannot be read.</source>
        <translation>Die Profile können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DraftSecrets</name>
    <message>
        <source>the form field %1</source>
        <translation>das Formularfeld %1</translation>
    </message>
    <message>
        <source>a secret of this session</source>
        <translation>ein Geheimnis dieser Sitzung</translation>
    </message>
    <message>
        <source>the password in the URL</source>
        <translation>das Passwort in der URL</translation>
    </message>
    <message>
        <source>the query parameter %1</source>
        <translation>der Query-Parameter %1</translation>
    </message>
    <message>
        <source>the fragment&apos;s %1</source>
        <translation>%1 im Fragment</translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation>der Header %1</translation>
    </message>
    <message>
        <source>the JSON field %1</source>
        <translation>das JSON-Feld %1</translation>
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
    <name>ExplorerPanel</name>
    <message>
        <source>Where this profile&apos;s API description comes from: a URL, a path under the base URL, or a file. Empty: the vendor&apos;s usual place.</source>
        <translation>Woher die API-Beschreibung dieses Profils stammt: eine URL, ein Pfad unter der Basis-URL oder eine Datei. Leer: der übliche Ort des Anbieters.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open an OpenAPI or Swagger file (JSON or YAML)</source>
        <translation>Eine OpenAPI- oder Swagger-Datei öffnen (JSON oder YAML)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the description again with the profile&apos;s credentials</source>
        <translation>Die Beschreibung mit den Zugangsdaten des Profils erneut abrufen</translation>
    </message>
    <message>
        <source>Log In and Load</source>
        <translation>Anmelden und laden</translation>
    </message>
    <message>
        <source>Search paths, summaries and operation ids</source>
        <translation>Pfade, Zusammenfassungen und Operations-IDs durchsuchen</translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation>Pfadparameter</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <source>Put ParentModule and ParentId in the JSON body, and the module into path parameters that name one</source>
        <translation>ParentModule und ParentId in den JSON-Body einsetzen und das Modul in Pfadparameter, die eines benennen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>id </source>
        <translation>ID </translation>
    </message>
    <message>
        <source>Use in composer</source>
        <translation>Im Anfrage-Editor verwenden</translation>
    </message>
    <message>
        <source>Choose a profile to explore its API.</source>
        <translation>Wählen Sie ein Profil, um seine API zu erkunden.</translation>
    </message>
    <message>
        <source>Open an API description</source>
        <translation>Eine API-Beschreibung öffnen</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger (*.json *.yaml *.yml)</source>
        <translation>OpenAPI oder Swagger (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n operation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n Operation</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>abgerufen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Operation id:</source>
        <translation>Operations-ID:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Request body (required)</source>
        <translation>Anfrage-Body (erforderlich)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>{{%1}} stays a variable when empty</source>
        <translation>{{%1}} bleibt eine Variable, wenn das Feld leer ist</translation>
    </message>
    <message>
        <source>%1 parent record</source>
        <translation>Übergeordneter Datensatz (%1)</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 von %3)</translation>
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
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile to test this token.</source>
        <translation>Geben Sie im Profil einen „Wer bin ich“-Pfad an, um dieses Token zu testen.</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>the %1 header (the browser&apos;s credential; the profile&apos;s is sent instead)</source>
        <translation>der Header %1 (die Zugangsdaten des Browsers; stattdessen werden die des Profils gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) of the browser</source>
        <translation>
            <numerusform>%n Cookie des Browsers</numerusform>
            <numerusform>%n Cookies des Browsers</numerusform>
        </translation>
    </message>
    <message>
        <source>the headers %1 (set for each send)</source>
        <translation>die Header %1 (werden bei jedem Senden gesetzt)</translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation>das Dateifeld %1 (%2): Tokenbench sendet keine Multipart-Formulare</translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation>Das Multipart-Formular wird URL-kodiert gesendet: Tokenbench sendet keine Multipart-Formulare.</translation>
    </message>
    <message>
        <source>Not carried: entry %1 (%2), which is not an HTTP request.</source>
        <translation>Nicht übernommen: Eintrag %1 (%2), der keine HTTP-Anfrage ist.</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1
Profile: %2</source>
        <translation>%1
Profil: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search by URL, method, status or profile</source>
        <translation>Nach URL, Methode, Status oder Profil suchen</translation>
    </message>
    <message>
        <source>Search the request history</source>
        <translation>Den Anfrageverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Anfrageverlauf</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>Header und Body der Anfrage</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>Header und Body der Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>Im Anfrage-Editor &amp;öffnen</translation>
    </message>
    <message>
        <source>Open this request in the composer to edit and send it again</source>
        <translation>Diese Anfrage im Anfrage-Editor öffnen, um sie zu bearbeiten und erneut zu senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this request from the history (Del)</source>
        <translation>Diese Anfrage aus dem Verlauf löschen (Del)</translation>
    </message>
    <message>
        <source>Clear &amp;all…</source>
        <translation>&amp;Alle löschen…</translation>
    </message>
    <message>
        <source>Delete every request from the history</source>
        <translation>Alle Anfragen aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The request history is not available.</source>
        <translation>Der Anfrageverlauf ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>That entry is no longer in the history.</source>
        <translation>Dieser Eintrag ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete every request from the history?</source>
        <translation>Alle Anfragen aus dem Verlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n Anfrage wird gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Anfragen werden gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>(The body was not kept.)</source>
        <translation>(Der Body wurde nicht aufbewahrt.)</translation>
    </message>
    <message>
        <source>(%1 of binary data)</source>
        <translation>(%1 Binärdaten)</translation>
    </message>
    <message>
        <source>… (cut: the history keeps the first %1)</source>
        <translation>… (gekürzt: Der Verlauf bewahrt die ersten %1 auf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 in %2 ms, %3</source>
        <translation>%1 in %2 ms, %3</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database at %1 cannot be opened: %2</source>
        <translation>Die Verlaufsdatenbank unter %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The request history is not available.</source>
        <translation>Der Anfrageverlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>its folder %1 could not be created</source>
        <translation>ihr Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>der Pfad ist ein Ordner</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it was written by a newer version of Tokenbench</source>
        <translation>sie wurde von einer neueren Version von Tokenbench geschrieben</translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside</source>
        <translation>sie ist beschädigt (%1) und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The history database at %1 was damaged (%2). It was moved to %3 and a new, empty history started.</source>
        <translation>Die Verlaufsdatenbank unter %1 war beschädigt (%2). Sie wurde nach %3 verschoben, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The request could not be added to the history: %1</source>
        <translation>Die Anfrage konnte nicht zum Verlauf hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Old requests could not be deleted from the history: %1</source>
        <translation>Alte Anfragen konnten nicht aus dem Verlauf gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The entry could not be deleted from the history: %1</source>
        <translation>Der Eintrag konnte nicht aus dem Verlauf gelöscht werden: %1</translation>
    </message>
    <message>
        <source>That entry is no longer in the history.</source>
        <translation>Dieser Eintrag ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>Der Verlauf konnte nicht geleert werden: %1</translation>
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
    <message>
        <source>%1 sent the sign-in on to %2. Tokenbench does not follow a sign-in to another server or from https to http: check the base URL of the profile.</source>
        <translation>%1 hat die Anmeldung an %2 weitergeleitet. Tokenbench folgt einer Anmeldung nicht zu einem anderen Server oder von https zu http: Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>%1 asked for the request to be sent again to %2. Its body holds a secret, which Tokenbench does not send to another server or from https to http.</source>
        <translation>%1 hat verlangt, die Anfrage erneut an %2 zu senden. Ihr Body enthält ein Geheimnis, das Tokenbench nicht an einen anderen Server oder von https zu http sendet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate and none was given: set the profile&apos;s client certificate (client_cert).</source>
        <translation>%1 verlangt ein Client-Zertifikat, und keines wurde angegeben: Setzen Sie das Client-Zertifikat des Profils (client_cert).</translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2 (issued by %3).</source>
        <translation>%1 hat das Client-Zertifikat %2 abgelehnt (ausgestellt von %3).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <source>Its certificate: %1.</source>
        <translation>Sein Zertifikat: %1.</translation>
    </message>
    <message>
        <source>The proxy %1 failed to reach %2: %3</source>
        <translation>Der Proxy %1 konnte %2 nicht erreichen: %3</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password: set the proxy user (proxy_user) and give its password (proxy_password).</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort: Setzen Sie den Proxy-Benutzer (proxy_user) und geben Sie sein Passwort an (proxy_password).</translation>
    </message>
    <message>
        <source>The proxy %1 asks for the password of %2 (proxy_password).</source>
        <translation>Der Proxy %1 verlangt das Passwort von %2 (proxy_password).</translation>
    </message>
    <message>
        <source>The proxy %1 refused the user name %2 and its password.</source>
        <translation>Der Proxy %1 hat den Benutzernamen %2 und sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The CA certificate folder %1 holds no certificate.</source>
        <translation>Der CA-Zertifikatsordner %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be read: %2</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be opened: a wrong or missing passphrase (client_key_passphrase), or not a PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei %1 konnte nicht geöffnet werden: eine falsche oder fehlende Passphrase (client_key_passphrase), oder keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: %2</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key: give the key file as client_key.</source>
        <translation>%1 enthält keinen privaten Schlüssel: Geben Sie die Schlüsseldatei als client_key an.</translation>
    </message>
    <message>
        <source>The private key in %1 could not be read: a wrong or missing passphrase (client_key_passphrase), or a key of an unknown kind.</source>
        <translation>Der private Schlüssel in %1 konnte nicht gelesen werden: eine falsche oder fehlende Passphrase (client_key_passphrase), oder ein Schlüssel unbekannter Art.</translation>
    </message>
    <message>
        <source>issued by %1 to %2 for %3; valid from %4 to %5; SHA-256 %6</source>
        <translation>ausgestellt von %1 für %2 (%3); gültig von %4 bis %5; SHA-256 %6</translation>
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
    <name>ImportRequestsDialog</name>
    <message>
        <source>Import Requests</source>
        <translation>Anfragen importieren</translation>
    </message>
    <message>
        <source>%1 (%2) into the collections of %3. Secrets in it go to the keychain as {{variables}}, never into the collection file.</source>
        <translation>%1 (%2) in die Sammlungen von %3. Enthaltene Geheimnisse kommen als {{variables}} in den Schlüsselbund, nie in die Sammlungsdatei.</translation>
    </message>
    <message>
        <source>Collection &amp;name:</source>
        <translation>&amp;Name der Sammlung:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Add &amp;Environment…</source>
        <translation>&amp;Umgebung hinzufügen…</translation>
    </message>
    <message>
        <source>A Postman environment whose variables become the profile&apos;s; secret values go to the keychain</source>
        <translation>Eine Postman-Umgebung, deren Variablen zu Variablen des Profils werden; geheime Werte kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Variables of the file: %1 (they become the profile&apos;s; secret ones go to the keychain).</source>
        <translation>Variablen der Datei: %1 (sie werden zu Variablen des Profils; geheime kommen in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Postman environments (*.json)</source>
        <translation>Postman-Umgebungen (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Environment “%1”. Variables for the profile: %2. Secrets for the keychain: %3.</source>
        <translation>Umgebung „%1“. Variablen für das Profil: %2. Geheimnisse für den Schlüsselbund: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Postman, Insomnia or HAR files (*.json *.yaml *.yml *.har)</source>
        <translation>Postman-, Insomnia- oder HAR-Dateien (*.json *.yaml *.yml *.har)</translation>
    </message>
</context>
<context>
    <name>InsomniaImport</name>
    <message>
        <source>a WebSocket request</source>
        <translation>eine WebSocket-Anfrage</translation>
    </message>
    <message>
        <source>a gRPC request</source>
        <translation>eine gRPC-Anfrage</translation>
    </message>
    <message>
        <source>the API document</source>
        <translation>das API-Dokument</translation>
    </message>
    <message>
        <source>the proto file</source>
        <translation>die Proto-Datei</translation>
    </message>
    <message>
        <source>the test suite</source>
        <translation>die Testsuite</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n workspaces: each request&apos;s name starts with its workspace&apos;s.</source>
        <translation>
            <numerusform>Der Export enthält %n Arbeitsbereich: Der Name jeder Anfrage beginnt mit dem ihres Arbeitsbereichs.</numerusform>
            <numerusform>Der Export enthält %n Arbeitsbereiche: Der Name jeder Anfrage beginnt mit dem ihres Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>der Ordner %1</translation>
    </message>
    <message numerus="yes">
        <source>Not carried: %n cookie(s) of the cookie jar.</source>
        <translation>
            <numerusform>Nicht übernommen: %n Cookie aus dem Cookie-Speicher.</numerusform>
            <numerusform>Nicht übernommen: %n Cookies aus dem Cookie-Speicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not carried: &quot;%1&quot;, %2 (Tokenbench sends HTTP requests only).</source>
        <translation>Nicht übernommen: „%1“, %2 (Tokenbench sendet nur HTTP-Anfragen).</translation>
    </message>
    <message>
        <source>Not carried: %1 &quot;%2&quot;.</source>
        <translation>Nicht übernommen: %1 „%2“.</translation>
    </message>
    <message>
        <source>Not carried: the environment &quot;%1&quot; (only the base environment is imported; make a profile for each).</source>
        <translation>Nicht übernommen: die Umgebung „%1“ (nur die Basisumgebung wird importiert; legen Sie für jede Umgebung ein Profil an).</translation>
    </message>
    <message>
        <source>Not carried: the environment &quot;%1&quot;.</source>
        <translation>Nicht übernommen: die Umgebung „%1“.</translation>
    </message>
    <message>
        <source>Not carried: the environment value %1 (nested values are not variables here).</source>
        <translation>Nicht übernommen: der Umgebungswert %1 (verschachtelte Werte sind hier keine Variablen).</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>the disabled header %1</source>
        <translation>der deaktivierte Header %1</translation>
    </message>
    <message>
        <source>the disabled query parameter %1</source>
        <translation>der deaktivierte Query-Parameter %1</translation>
    </message>
    <message>
        <source>its %1 (scripts do not run in Tokenbench)</source>
        <translation>sein %1 (Skripte laufen in Tokenbench nicht)</translation>
    </message>
    <message>
        <source>Insomnia template tags ({% ... %}): they are kept as text and will not be filled in</source>
        <translation>Insomnia-Template-Tags ({% ... %}): Sie bleiben als Text erhalten und werden nicht ausgefüllt</translation>
    </message>
    <message>
        <source>the disabled form field %1</source>
        <translation>das deaktivierte Formularfeld %1</translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation>das Dateifeld %1 (%2): Tokenbench sendet keine Multipart-Formulare</translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation>Das Multipart-Formular wird URL-kodiert gesendet: Tokenbench sendet keine Multipart-Formulare.</translation>
    </message>
    <message>
        <source>The body is the file %1 on this computer.</source>
        <translation>Der Body ist die Datei %1 auf diesem Computer.</translation>
    </message>
    <message>
        <source>The GraphQL query is sent as JSON {&quot;query&quot;, &quot;variables&quot;}.</source>
        <translation>Die GraphQL-Abfrage wird als JSON {&quot;query&quot;, &quot;variables&quot;} gesendet.</translation>
    </message>
    <message>
        <source>This Insomnia export is format %1; Tokenbench reads format 4 (Insomnia&apos;s &quot;Export Data&quot; in JSON or YAML).</source>
        <translation>Dieser Insomnia-Export hat das Format %1; Tokenbench liest Format 4 („Export Data“ von Insomnia als JSON oder YAML).</translation>
    </message>
</context>
<context>
    <name>JsonLineIndex</name>
    <message>
        <source>Formatting was cancelled.</source>
        <translation>Das Formatieren wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>%1 is not a JSON path Tokenbench understands: %2.</source>
        <translation>%1 ist kein JSON-Pfad, den Tokenbench versteht: %2.</translation>
    </message>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation>der Body ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>it must start with $</source>
        <translation>er muss mit $ beginnen</translation>
    </message>
    <message>
        <source>recursive descent (..) is not supported</source>
        <translation>rekursiver Abstieg (..) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a name is missing after a dot</source>
        <translation>nach einem Punkt fehlt ein Name</translation>
    </message>
    <message>
        <source>a [ is not closed</source>
        <translation>eine [ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>filters are not supported</source>
        <translation>Filter werden nicht unterstützt</translation>
    </message>
    <message>
        <source>[%1] is neither an index, * nor a quoted name</source>
        <translation>[%1] ist weder ein Index noch * noch ein Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
</context>
<context>
    <name>JsonTokenizer</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a member name or &apos;}&apos;</source>
        <translation>Schlüssel oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einem String</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>unexpected end of the body</source>
        <translation>unerwartetes Ende des Bodys</translation>
    </message>
</context>
<context>
    <name>JwksSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is over 1 MiB; that is no key file.</source>
        <translation>%1 ist größer als 1 MiB; das ist keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a key set.</source>
        <translation>%1 antwortete mit HTTP %2 statt mit einem Schlüsselsatz.</translation>
    </message>
    <message>
        <source>%1 sent over 1 MiB; that is no key set.</source>
        <translation>%1 sandte mehr als 1 MiB; das ist kein Schlüsselsatz.</translation>
    </message>
    <message>
        <source>The metadata at %1 names no &quot;jwks_uri&quot;.</source>
        <translation>Die Metadaten unter %1 nennen kein „jwks_uri“.</translation>
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
    <name>JwtKeySet</name>
    <message>
        <source>OpenSSL refused the key.</source>
        <translation>OpenSSL hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;</source>
        <translation>ein RSA-Schlüssel braucht base64url-„n“ und -„e“</translation>
    </message>
    <message>
        <source>OpenSSL could not hold the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht aufnehmen.</translation>
    </message>
    <message>
        <source>the EC curve &quot;%1&quot; is not supported</source>
        <translation>die EC-Kurve „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>an EC key on %1 needs base64url &quot;x&quot; and &quot;y&quot; of %2 bytes each</source>
        <translation>ein EC-Schlüssel auf %1 braucht base64url-„x“ und -„y“ von je %2 Bytes</translation>
    </message>
    <message>
        <source>the OKP curve &quot;%1&quot; is not supported</source>
        <translation>die OKP-Kurve „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>an Ed25519 key needs a base64url &quot;x&quot; of 32 bytes</source>
        <translation>ein Ed25519-Schlüssel braucht ein base64url-„x“ von 32 Bytes</translation>
    </message>
    <message>
        <source>an oct key needs a base64url &quot;k&quot;</source>
        <translation>ein oct-Schlüssel braucht ein base64url-„k“</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported</source>
        <translation>der Schlüsseltyp „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The key is of a kind JWT signatures do not use.</source>
        <translation>Der Schlüssel ist von einer Art, die JWT-Signaturen nicht verwenden.</translation>
    </message>
    <message>
        <source>an RSA public key</source>
        <translation>ein öffentlicher RSA-Schlüssel</translation>
    </message>
    <message>
        <source>an EC public key</source>
        <translation>ein öffentlicher EC-Schlüssel</translation>
    </message>
    <message>
        <source>an Ed25519 public key</source>
        <translation>ein öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>an HMAC secret</source>
        <translation>ein HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>%1 is not a JSON Web Key Set: it is not a JSON object.</source>
        <translation>%1 ist kein JSON Web Key Set: Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation>%1 enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds no usable key (%2).</source>
        <translation>%1 enthält keinen brauchbaren Schlüssel (%2).</translation>
    </message>
    <message>
        <source>%1 holds no PEM public key (&quot;BEGIN PUBLIC KEY&quot;) or certificate.</source>
        <translation>%1 enthält keinen öffentlichen PEM-Schlüssel („BEGIN PUBLIC KEY“) und kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>JwtVerifier</name>
    <message>
        <source>%1 cannot check %2</source>
        <translation>%1 kann %2 nicht prüfen</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits, and %2 needs at least 2048</source>
        <translation>der RSA-Schlüssel hat %1 Bit, und %2 braucht mindestens 2048</translation>
    </message>
    <message>
        <source>%2 needs a %3 key; this one is on %1</source>
        <translation>%2 braucht einen %3-Schlüssel; dieser liegt auf %1</translation>
    </message>
    <message>
        <source>the key is for %1 only</source>
        <translation>der Schlüssel ist nur für %1</translation>
    </message>
    <message>
        <source>the key&apos;s use is &quot;%1&quot;, not &quot;sig&quot;</source>
        <translation>die Verwendung des Schlüssels ist „%1“, nicht „sig“</translation>
    </message>
    <message>
        <source>The token is over 1 MiB.</source>
        <translation>Das Token ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); only signed tokens can be verified.</source>
        <translation>Dieses Token ist verschlüsselt (JWE); nur signierte Tokens können geprüft werden.</translation>
    </message>
    <message>
        <source>A signed token has three segments separated by dots.</source>
        <translation>Ein signiertes Token hat drei durch Punkte getrennte Segmente.</translation>
    </message>
    <message>
        <source>A segment of the token is not valid base64url.</source>
        <translation>Ein Segment des Tokens ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>Der Header des Tokens ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The signature is valid (%1), but </source>
        <translation>Die Signatur ist gültig (%1), aber </translation>
    </message>
    <message>
        <source>its claims cannot be read: %1</source>
        <translation>seine Claims können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the issuer is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>der Aussteller ist „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>the audience (%1) does not include &quot;%2&quot;.</source>
        <translation>die Zielgruppe (%1) enthält „%2“ nicht.</translation>
    </message>
    <message>
        <source>the token expired at %1.</source>
        <translation>das Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>the token is not valid before %1.</source>
        <translation>das Token ist nicht vor %1 gültig.</translation>
    </message>
    <message>
        <source>Refused: &quot;alg&quot; is &quot;none&quot;, so the token carries no signature.</source>
        <translation>Abgelehnt: „alg“ ist „none“, das Token trägt also keine Signatur.</translation>
    </message>
    <message>
        <source>Refused: the header names no algorithm.</source>
        <translation>Abgelehnt: Der Header nennt keinen Algorithmus.</translation>
    </message>
    <message>
        <source>Refused: the algorithm &quot;%1&quot; is not supported.</source>
        <translation>Abgelehnt: Der Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Refused: the header lists critical extensions (&quot;crit&quot;) that are not supported.</source>
        <translation>Abgelehnt: Der Header nennt kritische Erweiterungen („crit“), die nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; in %2.</source>
        <translation>Kein Schlüssel mit kid „%1“ in %2.</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2</source>
        <translation>Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>Refused: no key in %1 fits %2 (%3).</source>
        <translation>Abgelehnt: Kein Schlüssel in %1 passt zu %2 (%3).</translation>
    </message>
    <message>
        <source>The %1 signature does not match the key from %2.</source>
        <translation>Die %1-Signatur passt nicht zum Schlüssel aus %2.</translation>
    </message>
    <message>
        <source>The %1 signature matches none of the %2 keys tried from %3.</source>
        <translation>Die %1-Signatur passt zu keinem der %2 geprüften Schlüssel aus %3.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; in %2; of the keys that name no kid: %3</source>
        <translation>Kein Schlüssel mit kid „%1“ in %2; von den Schlüsseln ohne kid: %3</translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation>Signatur nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Signature valid: %1, key from %2.</source>
        <translation>Signatur gültig: %1, Schlüssel aus %2.</translation>
    </message>
    <message>
        <source>Signature valid: %1, key &quot;%2&quot; from %3.</source>
        <translation>Signatur gültig: %1, Schlüssel „%2“ aus %3.</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Untick to keep the row without sending it.</source>
        <translation>Deaktivieren, um die Zeile zu behalten, ohne sie zu senden.</translation>
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
    <message>
        <source>The keychain could not be reached to remove a secret (%1).</source>
        <translation>Der Schlüsselbund war nicht erreichbar, um ein Geheimnis zu entfernen (%1).</translation>
    </message>
</context>
<context>
    <name>LibCrypto</name>
    <message>
        <source>Signatures cannot be checked: OpenSSL&apos;s libcrypto 3 could not be loaded.</source>
        <translation>Signaturen können nicht geprüft werden: libcrypto 3 von OpenSSL ließ sich nicht laden.</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate Authority…</source>
        <translation>Dieser Zertifizierungsstelle &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>Waiting for the code…</source>
        <translation>Warten auf den Code…</translation>
    </message>
    <message>
        <source>The certificate authority could not be kept: %1</source>
        <translation>Die Zertifizierungsstelle konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LoginPrompter</name>
    <message>
        <source>Password Needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>Password or passphrase (kept in the keychain):</source>
        <translation>Passwort oder Passphrase (wird im Schlüsselbund aufbewahrt):</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Cannot wait for the browser on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf den Browser gewartet werden: %2</translation>
    </message>
    <message>
        <source>Tokenbench waits for the browser here.</source>
        <translation>Tokenbench wartet hier auf den Browser.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
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
        <source>&amp;Preferences…</source>
        <translation>Tokenbench &amp;einrichten…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Import Requests…</source>
        <translation>Anfragen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a Postman collection, an Insomnia export or a browser&apos;s HAR file into the profile&apos;s collections</source>
        <translation>Eine Postman-Collection, einen Insomnia-Export oder die HAR-Datei eines Browsers in die Sammlungen des Profils importieren</translation>
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
    <name>MethodFieldsForm</name>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
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
</context>
<context>
    <name>OAuth2Authenticator</name>
    <message>
        <source>The code expired before anyone entered it; log in again for a new one.</source>
        <translation>Der Code ist abgelaufen, bevor ihn jemand eingegeben hat; melden Sie sich erneut an, um einen neuen zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came from the browser within %n second(s); log in again to start over.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Antwort vom Browser; melden Sie sich erneut an, um neu zu beginnen.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Antwort vom Browser; melden Sie sich erneut an, um neu zu beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>Issuer (discovery)</source>
        <translation>Aussteller (Discovery)</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>from the issuer</source>
        <translation>vom Aussteller</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Device authorization URL</source>
        <translation>Geräteautorisierungs-URL</translation>
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
        <source>Resource (RFC 8707)</source>
        <translation>Ressource (RFC 8707)</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect-Port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>&quot;Who am I&quot; path</source>
        <translation>„Wer bin ich“-Pfad</translation>
    </message>
    <message>
        <source>userinfo of the issuer</source>
        <translation>userinfo des Ausstellers</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>A token URL (or an issuer)</source>
        <translation>Eine Token-URL (oder ein Aussteller)</translation>
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
        <source>An authorization URL (or an issuer)</source>
        <translation>Eine Autorisierungs-URL (oder ein Aussteller)</translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Redirect-Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Tokenbench started, so it was ignored. You can close this tab.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Tokenbench gestartet hat, und wurde daher ignoriert. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in did not complete (%1). You can close this tab and try again in Tokenbench.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (%1). Sie können diesen Tab schließen und es in Tokenbench erneut versuchen.</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and go back to Tokenbench.</source>
        <translation>Angemeldet. Sie können diesen Tab schließen und zu Tokenbench zurückkehren.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state differs); nothing was accepted.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (ihr state weicht ab); nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>The sign-in in the browser did not complete: %1</source>
        <translation>Die Anmeldung im Browser wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <source>A device authorization URL (or an issuer)</source>
        <translation>Eine Geräteautorisierungs-URL (oder ein Aussteller)</translation>
    </message>
    <message>
        <source>The device authorization answer lacks device_code, user_code or verification_uri.</source>
        <translation>Der Antwort der Geräteautorisierung fehlt device_code, user_code oder verification_uri.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
    </message>
    <message>
        <source>The ID token was refused: %1</source>
        <translation>Das ID-Token wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>es wurde von „%1“ ausgestellt, nicht von „%2“.</translation>
    </message>
    <message>
        <source>it is meant for &quot;%1&quot;, not this client (&quot;%2&quot;).</source>
        <translation>es ist für „%1“ bestimmt, nicht für diesen Client („%2“).</translation>
    </message>
    <message>
        <source>it expired at %1.</source>
        <translation>es ist abgelaufen (%1).</translation>
    </message>
    <message>
        <source>its nonce is not the one this sign-in sent (a replayed token?).</source>
        <translation>seine Nonce ist nicht die, die diese Anmeldung gesendet hat (ein wiederverwendetes Token?).</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile, or an issuer with a userinfo endpoint, to test this token.</source>
        <translation>Nennen Sie im Profil einen „Wer bin ich“-Pfad oder einen Aussteller mit userinfo-Endpunkt, um dieses Token zu testen.</translation>
    </message>
</context>
<context>
    <name>OAuthMetadata</name>
    <message>
        <source>%1 is not an authorization server&apos;s metadata (a JSON object).</source>
        <translation>%1 sind keine Metadaten eines Autorisierungsservers (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>%1 speaks for the issuer &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 spricht für den Aussteller „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>The metadata at %1 names an endpoint that is not a usable https address: %2</source>
        <translation>Die Metadaten unter %1 nennen einen Endpunkt, der keine verwendbare https-Adresse ist: %2</translation>
    </message>
    <message>
        <source>%1 publishes no metadata.</source>
        <translation>%1 veröffentlicht keine Metadaten.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the issuer&apos;s metadata.</source>
        <translation>%1 antwortete mit HTTP %2 statt mit den Metadaten des Ausstellers.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>%1 refused the request: %2 (HTTP %3).</source>
        <translation>%1 hat die Anfrage abgelehnt: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 refused the request: %2 (%3, HTTP %4).</source>
        <translation>%1 hat die Anfrage abgelehnt: %2 (%3, HTTP %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The token endpoint answered without a token: %1 (Content-Type: %2).</source>
        <translation>Der Token-Endpunkt hat ohne Token geantwortet: %1 (Content-Type: %2).</translation>
    </message>
    <message>
        <source>its JSON has no &quot;access_token&quot;</source>
        <translation>sein JSON hat kein „access_token“</translation>
    </message>
</context>
<context>
    <name>OrderedJson</name>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Dies ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation>eine fehlerhafte Zahl</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Das Lesen des Dokuments wurde abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>an object with more than %1 members</source>
        <translation>ein Objekt mit mehr als %1 Einträgen</translation>
    </message>
</context>
<context>
    <name>ParentRecords</name>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Assessment Plans</source>
        <translation>Bewertungspläne</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Categorization</source>
        <translation>Kategorisierung</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Causal Analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Continuous Monitoring</source>
        <translation>Kontinuierliche Überwachung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Control Implementation</source>
        <translation>Kontrollumsetzung</translation>
    </message>
    <message>
        <source>Data Call</source>
        <translation>Datenabfrage</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Evidence Locker</source>
        <translation>Nachweisablage</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Systemverbindung</translation>
    </message>
    <message>
        <source>Issue (POAM)</source>
        <translation>Befund (POAM)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Security Plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Security Profile</source>
        <translation>Sicherheitsprofil</translation>
    </message>
    <message>
        <source>Supply Chain (Contract)</source>
        <translation>Lieferkette (Vertrag)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Threat Model</source>
        <translation>Bedrohungsmodell</translation>
    </message>
    <message>
        <source>The parent module goes into a JSON object body; this body is not one.</source>
        <translation>Das übergeordnete Modul gehört in einen Body, der ein JSON-Objekt ist; dieser Body ist keines.</translation>
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
        <source>Password Safe signed in but set no session cookie.</source>
        <translation>Die Anmeldung bei Password Safe war erfolgreich, aber es wurde kein Sitzungscookie gesetzt.</translation>
    </message>
    <message>
        <source>There is no session to test; sign in first.</source>
        <translation>Es gibt keine Sitzung zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>this API version has been disabled</source>
        <translation>diese API-Version wurde abgeschaltet</translation>
    </message>
    <message>
        <source>the Password Safe licence is not valid</source>
        <translation>die Password-Safe-Lizenz ist nicht gültig</translation>
    </message>
    <message>
        <source>access is forbidden: the user lacks the permission, or the Password Safe licence is not valid</source>
        <translation>Zugriff verweigert: Dem Benutzer fehlt die Berechtigung, oder die Password-Safe-Lizenz ist nicht gültig</translation>
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
    <name>PostmanImport</name>
    <message>
        <source>the collection</source>
        <translation>die Sammlung</translation>
    </message>
    <message>
        <source>the collection&apos;s %1</source>
        <translation>das %1 der Sammlung</translation>
    </message>
    <message>
        <source>Not carried: %1 (scripts do not run in Tokenbench).</source>
        <translation>Nicht übernommen: %1 (Skripte laufen in Tokenbench nicht).</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>der Ordner %1</translation>
    </message>
    <message>
        <source>the folder %1&apos;s %2</source>
        <translation>das %2 des Ordners %1</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source> (scripts do not run in Tokenbench)</source>
        <translation> (Skripte laufen in Tokenbench nicht)</translation>
    </message>
    <message>
        <source>its %1 (scripts do not run in Tokenbench)</source>
        <translation>sein %1 (Skripte laufen in Tokenbench nicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s)</source>
        <translation>
            <numerusform>%n gespeicherte Beispielantwort</numerusform>
            <numerusform>%n gespeicherte Beispielantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Postman&apos;s dynamic variable {{%1}} (sent as written: Tokenbench does not make up values)</source>
        <translation>die dynamische Postman-Variable {{%1}} (wird wie geschrieben gesendet: Tokenbench erfindet keine Werte)</translation>
    </message>
    <message>
        <source>the disabled query parameter %1</source>
        <translation>der deaktivierte Query-Parameter %1</translation>
    </message>
    <message>
        <source>The path variable :%1 is written in as %2.</source>
        <translation>Die Pfadvariable :%1 wird als %2 eingesetzt.</translation>
    </message>
    <message>
        <source>the disabled header %1</source>
        <translation>der deaktivierte Header %1</translation>
    </message>
    <message>
        <source>the disabled form field %1</source>
        <translation>das deaktivierte Formularfeld %1</translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation>das Dateifeld %1 (%2): Tokenbench sendet keine Multipart-Formulare</translation>
    </message>
    <message>
        <source>the disabled %1 body</source>
        <translation>der deaktivierte %1-Body</translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation>Das Multipart-Formular wird URL-kodiert gesendet: Tokenbench sendet keine Multipart-Formulare.</translation>
    </message>
    <message>
        <source>the file body (no file was chosen in Postman)</source>
        <translation>der Datei-Body (in Postman wurde keine Datei ausgewählt)</translation>
    </message>
    <message>
        <source>The body is the file %1 on this computer.</source>
        <translation>Der Body ist die Datei %1 auf diesem Computer.</translation>
    </message>
    <message>
        <source>The GraphQL query is sent as JSON {&quot;query&quot;, &quot;variables&quot;}.</source>
        <translation>Die GraphQL-Abfrage wird als JSON {&quot;query&quot;, &quot;variables&quot;} gesendet.</translation>
    </message>
    <message>
        <source>the body of the unknown mode &quot;%1&quot;</source>
        <translation>der Body im unbekannten Modus „%1“</translation>
    </message>
    <message>
        <source>This is a Postman Collection v1, which Tokenbench does not read: export it from Postman as Collection v2.1.</source>
        <translation>Dies ist eine Postman-Collection v1, die Tokenbench nicht liest: Exportieren Sie sie aus Postman als Collection v2.1.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
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
    <message>
        <source>%1 holds a user name or password (user:password@). Leave them out: profiles are kept in a plain file. A password, key or token belongs in the keychain, where Tokenbench keeps the secrets you give when you log in; for a user name and password, choose a method that asks for them (HTTP Basic).</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort (benutzer:passwort@). Lassen Sie beides weg: Profile liegen in einer einfachen Datei. Ein Passwort, ein Schlüssel oder ein Token gehört in den Schlüsselbund, wo Tokenbench die Geheimnisse aufbewahrt, die Sie bei der Anmeldung angeben; für Benutzername und Passwort wählen Sie eine Methode, die danach fragt (HTTP Basic).</translation>
    </message>
    <message>
        <source>expected a header name with an optional prefix (&quot;Authorization: JWT&quot;, &quot;X-Api-Key&quot;), got &quot;%1&quot;.</source>
        <translation>erwartet wurde ein Header-Name mit optionalem Präfix („Authorization: JWT“, „X-Api-Key“), erhalten „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
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
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation>Header-Zeile kopiert.</translation>
    </message>
    <message>
        <source>Copied the header line of %1.</source>
        <translation>Header-Zeile von %1 kopiert.</translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation>Token kopiert.</translation>
    </message>
    <message>
        <source>Copied the token of %1.</source>
        <translation>Token von %1 kopiert.</translation>
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
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
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
    <message>
        <source>PEM file or folder of a private certificate authority (optional)</source>
        <translation>PEM-Datei oder Ordner einer privaten Zertifizierungsstelle (optional)</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>Netz&amp;werk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>As in Preferences; or none, system, http://host:port, socks5://host:port</source>
        <translation>Wie in den Einstellungen; oder none, system, http://host:port, socks5://host:port</translation>
    </message>
    <message>
        <source>&amp;No proxy for:</source>
        <translation>&amp;Kein Proxy für:</translation>
    </message>
    <message>
        <source>Hosts that skip the proxy</source>
        <translation>Hosts, die den Proxy umgehen</translation>
    </message>
    <message>
        <source>.internal.example, 10.0.0.0/8, host:8443</source>
        <translation>.internal.example, 10.0.0.0/8, host:8443</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>For a proxy that asks (the password is asked once and kept in the keychain)</source>
        <translation>Für einen Proxy, der danach fragt (das Passwort wird einmal erfragt und im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Datei des Client-Zertifikats</translation>
    </message>
    <message>
        <source>PEM or PKCS#12 (.p12, .pfx), for servers that ask (optional)</source>
        <translation>PEM oder PKCS#12 (.p12, .pfx), für Server, die danach fragen (optional)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a client certificate</source>
        <translation>Nach einem Client-Zertifikat suchen</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Datei des Client-Schlüssels</translation>
    </message>
    <message>
        <source>PEM private key, when the certificate file has none</source>
        <translation>Privater PEM-Schlüssel, wenn die Zertifikatsdatei keinen enthält</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a client key</source>
        <translation>Nach einem Client-Schlüssel suchen</translation>
    </message>
    <message>
        <source>A proxy sees the address of every request; for https it sees only the host and port, never the request or its token. A key passphrase is asked when it is needed and kept in the keychain.</source>
        <translation>Ein Proxy sieht die Adresse jeder Anfrage; bei https sieht er nur Host und Port, nie die Anfrage oder ihr Token. Eine Schlüssel-Passphrase wird erfragt, wenn sie gebraucht wird, und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose a Client Certificate</source>
        <translation>Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the Client Certificate&apos;s Key</source>
        <translation>Schlüssel des Client-Zertifikats wählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation>Schlüssel (*.pem *.key)</translation>
    </message>
</context>
<context>
    <name>ProfileListActions</name>
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
        <source>Profiles</source>
        <translation>Profile</translation>
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
        <source>No profiles yet — create one with New Profile</source>
        <translation>Noch keine Profile – legen Sie eines mit „Neues Profil“ an</translation>
    </message>
    <message>
        <source>No profiles match “%1”</source>
        <translation>Keine Profile passen zu „%1“</translation>
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
    <name>ProfileTokenPresenter</name>
    <message>
        <source>%1 has no token yet: log in (Ctrl+L).</source>
        <translation>%1 hat noch kein Token: Melden Sie sich an (Strg+L).</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>renews itself (refresh token in the keychain)</source>
        <translation>erneuert sich selbst (Refresh-Token im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: %2</source>
        <translation>„%1“ ist kein Proxy: %2</translation>
    </message>
    <message>
        <source>use http://host:port, socks5://host:port, none or system.</source>
        <translation>verwenden Sie http://host:port, socks5://host:port, none oder system.</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>sie nennt keinen Host.</translation>
    </message>
    <message>
        <source>leave the user name and password out of the URL: give the user name as proxy_user and the password when asked.</source>
        <translation>lassen Sie Benutzername und Passwort aus der URL weg: Geben Sie den Benutzernamen als proxy_user an und das Passwort, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>only a scheme, host and port.</source>
        <translation>nur Schema, Host und Port.</translation>
    </message>
</context>
<context>
    <name>RawLineIndex</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
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
        <source>A token</source>
        <translation>Ein Token</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>a RegScale user</source>
        <translation>ein RegScale-Benutzer</translation>
    </message>
    <message>
        <source>The account lacks the role that GET %1 needs (HTTP 403).</source>
        <translation>Dem Konto fehlt die Rolle, die GET %1 braucht (HTTP 403).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
</context>
<context>
    <name>RequestBodyEditor</name>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-codiert)</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its order (Ctrl+Shift+F)</source>
        <translation>Das JSON einrücken, die Reihenfolge bleibt erhalten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation>Leerer Body</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Formatting keeps {{variables}} as they are only in strings; format before adding variables outside strings.</source>
        <translation>Beim Formatieren bleiben {{variables}} nur in Strings unverändert; formatieren Sie, bevor Sie Variablen außerhalb von Strings einfügen.</translation>
    </message>
    <message>
        <source>Choose the File to Send</source>
        <translation>Zu sendende Datei auswählen</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>Choose a method.</source>
        <translation>Wählen Sie eine Methode.</translation>
    </message>
    <message>
        <source>Enter a URL or a path.</source>
        <translation>Geben Sie eine URL oder einen Pfad ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>Choose a file to send as the body.</source>
        <translation>Wählen Sie eine Datei, die als Body gesendet wird.</translation>
    </message>
    <message>
        <source>%1 is too large to send as a body.</source>
        <translation>%1 ist zu groß, um als Body gesendet zu werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Kein Wert für %1.</translation>
    </message>
</context>
<context>
    <name>RequestDraft</name>
    <message>
        <source>The request&apos;s method is not valid.</source>
        <translation>Die Methode der Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The request&apos;s body kind is not known.</source>
        <translation>Die Body-Art der Anfrage ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>Python (requests)</source>
        <translation>Python (requests)</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>This file is not a Postman Collection (v2.0 or v2.1), a Postman environment, an Insomnia export (v4) or a HAR log.</source>
        <translation>Diese Datei ist keine Postman-Collection (v2.0 oder v2.1), keine Postman-Umgebung, kein Insomnia-Export (v4) und kein HAR-Log.</translation>
    </message>
    <message>
        <source>This is a Postman environment, which holds variables and no requests: import it with a collection (--environment FILE).</source>
        <translation>Dies ist eine Postman-Umgebung, die Variablen, aber keine Anfragen enthält: Importieren Sie sie zusammen mit einer Collection (--environment FILE).</translation>
    </message>
    <message>
        <source>This file is not a Postman environment.</source>
        <translation>Diese Datei ist keine Postman-Umgebung.</translation>
    </message>
    <message>
        <source>The %1 auth of %2 is replaced by %3&apos;s credential.</source>
        <translation>Die Authentifizierung %1 (%2) wird durch die Zugangsdaten von %3 ersetzt.</translation>
    </message>
    <message>
        <source>, in the query parameter %1</source>
        <translation>, im Query-Parameter %1</translation>
    </message>
    <message>
        <source>, in the header %1</source>
        <translation>, im Header %1</translation>
    </message>
    <message>
        <source>the %1 auth of %2%3 (%4 sends its own credential, %5)</source>
        <translation>die Authentifizierung %1 (%2%3; %4 sendet eigene Zugangsdaten, %5)</translation>
    </message>
    <message>
        <source>as a cookie</source>
        <translation>als Cookie</translation>
    </message>
    <message>
        <source>in the %1 header</source>
        <translation>im Header %1</translation>
    </message>
    <message>
        <source>The address had no scheme: it is kept as %1, as the tool that exported it would have sent it.</source>
        <translation>Die Adresse hatte kein Schema: Sie wird als %1 übernommen, so wie das exportierende Werkzeug sie gesendet hätte.</translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation>Pre-Request-Skript</translation>
    </message>
    <message>
        <source>test script</source>
        <translation>Testskript</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1-Skript</translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ResponseViewer</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The server refused the token; Tokenbench logged in again and resent it.</source>
        <translation>Der Server hat das Token abgelehnt; Tokenbench hat sich neu angemeldet und die Anfrage erneut gesendet.</translation>
    </message>
    <message>
        <source>Sent without credentials: the URL is not on the profile&apos;s origin.</source>
        <translation>Ohne Zugangsdaten gesendet: Die URL gehört nicht zum Ursprung des Profils.</translation>
    </message>
    <message numerus="yes">
        <source>Followed %n redirect(s) to %1.</source>
        <translation>
            <numerusform>%n Weiterleitung zu %1 gefolgt.</numerusform>
            <numerusform>%n Weiterleitungen zu %1 gefolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Trust This Certificate Authority…</source>
        <translation>Dieser Zertifizierungsstelle vertrauen…</translation>
    </message>
    <message>
        <source>The certificate authority is trusted for this profile now: send the request again.</source>
        <translation>Der Zertifizierungsstelle wird für dieses Profil jetzt vertraut: Senden Sie die Anfrage erneut.</translation>
    </message>
</context>
<context>
    <name>RunResultsView</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Double-click to see the response in History.</source>
        <translation>Doppelklick zeigt die Antwort im Verlauf.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, in %3 ms</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, in %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n nicht ausgeführt</numerusform>
            <numerusform>%n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>log in to run the rest</source>
        <translation>melden Sie sich an, um den Rest auszuführen</translation>
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
        <source>An e-mail address</source>
        <translation>Eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A password</source>
        <translation>Ein Passwort</translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation>Es gibt kein Token zum Testen; melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>SecretTextGuard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>SecretVariables</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>SecureClipboard</name>
    <message>
        <source>A secret was copied.</source>
        <translation>Ein Geheimnis wurde kopiert.</translation>
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
        <source>The server no longer takes the token of %1: log in again.</source>
        <translation>Der Server nimmt das Token von %1 nicht mehr an: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Log in to %1 first.</source>
        <translation>Melden Sie sich zuerst bei %1 an.</translation>
    </message>
    <message>
        <source>%1 asks for a second factor (%2): log in.</source>
        <translation>%1 verlangt einen zweiten Faktor (%2): Melden Sie sich an.</translation>
    </message>
    <message>
        <source>The login to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The session could not be removed from the keychain (%1) Tokenbench removes it when it can reach the keychain again, and never uses it meanwhile.</source>
        <translation>Die Sitzung konnte nicht aus dem Schlüsselbund entfernt werden (%1). Tokenbench entfernt sie, sobald der Schlüsselbund wieder erreichbar ist, und verwendet sie bis dahin nie.</translation>
    </message>
    <message>
        <source>These could not be removed from the keychain: %1. %2 Tokenbench removes them when it can reach the keychain again.</source>
        <translation>Diese konnten nicht aus dem Schlüsselbund entfernt werden: %1. %2 Tokenbench entfernt sie, sobald der Schlüsselbund wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 needs a sign-in in the browser: log in.</source>
        <translation>%1 braucht eine Anmeldung im Browser: Melden Sie sich an.</translation>
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
    <message>
        <source>Keep &amp;bodies up to:</source>
        <translation>B&amp;odys aufbewahren bis:</translation>
    </message>
    <message>
        <source>Largest body kept in the history, in KiB</source>
        <translation>Größter im Verlauf aufbewahrter Body, in KiB</translation>
    </message>
    <message>
        <source>How much of each request and response body the history keeps, after credentials are redacted. Longer bodies are cut; at zero no bodies are kept.</source>
        <translation>Wie viel von jedem Anfrage- und Antwort-Body der Verlauf aufbewahrt, nachdem Zugangsdaten geschwärzt wurden. Längere Bodys werden gekürzt; bei null werden keine Bodys aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep no bodies</source>
        <translation>Keine Bodys aufbewahren</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Secret Headers</source>
        <translation>Geheime Header</translation>
    </message>
    <message>
        <source>Secret header settings</source>
        <translation>Einstellungen der geheimen Header</translation>
    </message>
    <message>
        <source>Also &amp;secret:</source>
        <translation>Ebenfalls &amp;geheim:</translation>
    </message>
    <message>
        <source>More header names whose values are secret</source>
        <translation>Weitere Header-Namen, deren Werte geheim sind</translation>
    </message>
    <message>
        <source>Header names, separated by commas. Their values are masked in logs and the history, kept out of saved requests and never follow a redirect to another server.</source>
        <translation>Header-Namen, durch Kommas getrennt. Ihre Werte werden in Protokollen und im Verlauf geschwärzt, aus gespeicherten Anfragen herausgehalten und folgen nie einer Weiterleitung zu einem anderen Server.</translation>
    </message>
    <message>
        <source>X-Tenant-Id, X-Hub-Sig</source>
        <translation>X-Tenant-Id, X-Hub-Sig</translation>
    </message>
    <message>
        <source>Headers whose names contain auth, key, token, secret, session, cookie, signature, password or credential are always secret, and so is each profile&apos;s own credential header.</source>
        <translation>Header, deren Namen auth, key, token, secret, session, cookie, signature, password oder credential enthalten, sind immer geheim, ebenso der Zugangsdaten-Header jedes Profils.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy of every profile that does not choose its own</source>
        <translation>Proxy jedes Profils, das keinen eigenen wählt</translation>
    </message>
    <message>
        <source>system: the http_proxy, https_proxy, all_proxy and no_proxy variables, read as curl reads them. none: straight to every server. Or http://host:port or socks5://host:port.</source>
        <translation>system: die Variablen http_proxy, https_proxy, all_proxy und no_proxy, gelesen wie curl sie liest. none: direkt zu jedem Server. Oder http://host:port oder socks5://host:port.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>&amp;No proxy for:</source>
        <translation>&amp;Kein Proxy für:</translation>
    </message>
    <message>
        <source>Hosts that skip the proxy</source>
        <translation>Hosts, die den Proxy umgehen</translation>
    </message>
    <message>
        <source>.internal.example, 10.0.0.0/8</source>
        <translation>.internal.example, 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>For a proxy that asks for a password: it is asked once and kept in the keychain.</source>
        <translation>Für einen Proxy, der ein Passwort verlangt: Es wird einmal erfragt und im Schlüsselbund aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SignInStepWidget</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Tokenbench opened the sign-in page in your browser and waits for it until %1. If no page opened, open this address yourself:</source>
        <translation>Tokenbench hat die Anmeldeseite in Ihrem Browser geöffnet und wartet bis %1 darauf. Falls sich keine Seite geöffnet hat, öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Open &amp;Browser Again</source>
        <translation>&amp;Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation>Diesen Code auf einem anderen Gerät eingeben</translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on any device, sign in and enter the code below. Tokenbench waits until %3.</source>
        <translation>Rufen Sie &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; auf einem beliebigen Gerät auf, melden Sie sich an und geben Sie den folgenden Code ein. Tokenbench wartet bis %3.</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Open &amp;Browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <source>No browser could be opened here. Open this address in a browser yourself; Tokenbench waits for it until %1:</source>
        <translation>Hier ließ sich kein Browser öffnen. Öffnen Sie diese Adresse selbst in einem Browser; Tokenbench wartet darauf bis %1:</translation>
    </message>
    <message>
        <source>No browser could be opened here: go to the address on any device.</source>
        <translation>Hier ließ sich kein Browser öffnen: Rufen Sie die Adresse auf einem beliebigen Gerät auf.</translation>
    </message>
</context>
<context>
    <name>SpecLoader</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, which is refused.</source>
        <translation>%1 ist größer als %2 MB und wird abgelehnt.</translation>
    </message>
    <message>
        <source>This profile has no base URL to fetch an API description from: open a file or enter a URL.</source>
        <translation>Dieses Profil hat keine Basis-URL, von der eine API-Beschreibung abgerufen werden kann: Öffnen Sie eine Datei oder geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>No API description was found at %1 (HTTP %2).</source>
        <translation>Unter %1 wurde keine API-Beschreibung gefunden (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): log in to this profile, then refresh.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): Melden Sie sich mit diesem Profil an und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of an API description.</source>
        <translation>%1 hat mit HTTP %2 statt mit einer API-Beschreibung geantwortet.</translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation>API-Beschreibung wird gelesen…</translation>
    </message>
    <message>
        <source>The API description could not be cached in %1.</source>
        <translation>Die API-Beschreibung konnte nicht in %1 zwischengespeichert werden.</translation>
    </message>
    <message>
        <source>The address of the API description uses %1, which has no value: enter the address again.</source>
        <translation>Die Adresse der API-Beschreibung verwendet %1, wofür kein Wert vorliegt: Geben Sie die Adresse erneut ein.</translation>
    </message>
</context>
<context>
    <name>SpecParser</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a path must be an object, not %2.</source>
        <translation>%1: Ein Pfad muss ein Objekt sein, ist aber %2.</translation>
    </message>
    <message>
        <source>%1 %2: an operation must be an object, not %3.</source>
        <translation>%1 %2: Eine Operation muss ein Objekt sein, ist aber %3.</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be a list, not %1.</source>
        <translation>„parameters“ muss eine Liste sein, ist aber %1.</translation>
    </message>
    <message>
        <source>A parameter must be an object, not %1.</source>
        <translation>Ein Parameter muss ein Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>A parameter has no &quot;name&quot; or no &quot;in&quot;.</source>
        <translation>Einem Parameter fehlt „name“ oder „in“.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>&quot;requestBody&quot; must be an object, not %1.</source>
        <translation>„requestBody“ muss ein Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an object, not %1.</source>
        <translation>„responses“ muss ein Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; leads back to itself.</source>
        <translation>Der Verweis „%1“ führt auf sich selbst zurück.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points into another document, which is not fetched.</source>
        <translation>Der Verweis „%1“ zeigt in ein anderes Dokument, das nicht abgerufen wird.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; names nothing in this document.</source>
        <translation>Der Verweis „%1“ bezeichnet nichts in diesem Dokument.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; goes through too many others.</source>
        <translation>Der Verweis „%1“ führt über zu viele andere Verweise.</translation>
    </message>
    <message>
        <source>This document is larger than %1 MB, which is refused.</source>
        <translation>Dieses Dokument ist größer als %1 MB und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>This is not a JSON or YAML document: it holds binary data.</source>
        <translation>Dies ist kein JSON- oder YAML-Dokument: Es enthält Binärdaten.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI or Swagger document: its top level is %1, not an object.</source>
        <translation>Dies ist kein OpenAPI- oder Swagger-Dokument: Die oberste Ebene ist %1 und kein Objekt.</translation>
    </message>
    <message>
        <source>Swagger %1 is not supported; Swagger 2.0 and OpenAPI 3 are.</source>
        <translation>Swagger %1 wird nicht unterstützt; unterstützt werden Swagger 2.0 und OpenAPI 3.</translation>
    </message>
    <message>
        <source>OpenAPI %1 is not supported; Swagger 2.0 and OpenAPI 3 are.</source>
        <translation>OpenAPI %1 wird nicht unterstützt; unterstützt werden Swagger 2.0 und OpenAPI 3.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI or Swagger document: it has no &quot;openapi&quot; or &quot;swagger&quot; field.</source>
        <translation>Dies ist kein OpenAPI- oder Swagger-Dokument: Es hat kein Feld „openapi“ oder „swagger“.</translation>
    </message>
    <message>
        <source>&quot;info&quot; must be an object, not %1.</source>
        <translation>„info“ muss ein Objekt sein, ist aber %1.</translation>
    </message>
    <message>
        <source>&quot;paths&quot; must be an object of paths, not %1.</source>
        <translation>„paths“ muss ein Objekt mit Pfaden sein, ist aber %1.</translation>
    </message>
    <message>
        <source>Reading the API description was cancelled.</source>
        <translation>Das Lesen der API-Beschreibung wurde abgebrochen.</translation>
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
    <message>
        <source>by the lifetime the vendor documents</source>
        <translation>nach der vom Anbieter dokumentierten Lebensdauer</translation>
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
    <message>
        <source>Expired just now</source>
        <translation>Gerade abgelaufen</translation>
    </message>
    <message>
        <source>%1: %2=&lt;token&gt;</source>
        <translation>%1: %2=&lt;token&gt;</translation>
    </message>
    <message>
        <source>Verif&amp;y…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Check the token&apos;s signature with a JWKS, a PEM public key or certificate, or an HMAC secret</source>
        <translation>Die Signatur des Tokens mit einem JWKS, einem öffentlichen PEM-Schlüssel oder Zertifikat oder einem HMAC-Geheimnis prüfen</translation>
    </message>
    <message>
        <source>JWKS &amp;URL…</source>
        <translation>JWKS-&amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Issuer (OpenID Connect Discovery)…</source>
        <translation>&amp;Aussteller (OpenID Connect Discovery)…</translation>
    </message>
    <message>
        <source>JWKS or PEM &amp;File…</source>
        <translation>JWKS- oder PEM-&amp;Datei…</translation>
    </message>
    <message>
        <source>HMAC &amp;Secret…</source>
        <translation>HMAC-&amp;Geheimnis…</translation>
    </message>
    <message>
        <source>Verify Signature</source>
        <translation>Signatur prüfen</translation>
    </message>
    <message>
        <source>The issuer&apos;s JWKS URL (its jwks_uri):</source>
        <translation>Die JWKS-URL des Ausstellers (seine jwks_uri):</translation>
    </message>
    <message>
        <source>The issuer you expect (the token&apos;s &quot;iss&quot; must be the same):</source>
        <translation>Der erwartete Aussteller („iss“ im Token muss gleich sein):</translation>
    </message>
    <message>
        <source>Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)</source>
        <translation>Schlüssel (*.json *.jwks *.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The HMAC secret, for this check only (it is not kept):</source>
        <translation>Das HMAC-Geheimnis, nur für diese Prüfung (es wird nicht behalten):</translation>
    </message>
    <message>
        <source>Keys cannot be fetched from here.</source>
        <translation>Von hier können keine Schlüssel geholt werden.</translation>
    </message>
    <message>
        <source>the secret typed</source>
        <translation>das eingegebene Geheimnis</translation>
    </message>
    <message>
        <source>Signed JWT (JWS) · %1 · %2</source>
        <translation>Signiertes JWT (JWS) · %1 · %2</translation>
    </message>
    <message>
        <source>Not verified: Tokenbench does not hold the issuer&apos;s key. Verify… checks it with a key you name.</source>
        <translation>Nicht geprüft: Tokenbench hat den Schlüssel des Ausstellers nicht. Prüfen… prüft mit einem Schlüssel, den Sie nennen.</translation>
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
    <message>
        <source>A server whose clock runs behind may still accept it for up to %1 after it expired: that is clock-skew allowance, not life left.</source>
        <translation>Ein Server, dessen Uhr nachgeht, nimmt es womöglich noch bis zu %1 nach dem Ablauf an: Das ist Toleranz für abweichende Uhren, keine verbleibende Gültigkeit.</translation>
    </message>
    <message>
        <source>Its &quot;nbf&quot; is ahead of this computer&apos;s clock by less than the %1 allowed for clock skew, so it counts as valid.</source>
        <translation>Sein „nbf“-Claim liegt um weniger als die für abweichende Uhren erlaubten %1 vor der Uhr dieses Computers; es gilt daher als gültig.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>The token of %1 expires %2.</source>
        <translation>Das Token von %1 läuft %2 ab.</translation>
    </message>
    <message numerus="yes">
        <source>The tokens of %n profile(s) expire soon, starting with %1 %2.</source>
        <translation>
            <numerusform>Das Token von %n Profil läuft bald ab, zuerst das von %1 %2.</numerusform>
            <numerusform>Die Tokens von %n Profilen laufen bald ab, zuerst das von %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Token läuft bald ab</translation>
    </message>
    <message>
        <source>Tokens expire soon</source>
        <translation>Tokens laufen bald ab</translation>
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
    <name>TrustCaDialog</name>
    <message>
        <source>Trust Certificate Authority</source>
        <translation>Zertifizierungsstelle vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate authority for the profile %1? Requests of this profile will then accept every certificate it signed.</source>
        <translation>Dieser Zertifizierungsstelle für das Profil %1 vertrauen? Anfragen dieses Profils akzeptieren dann jedes Zertifikat, das sie signiert hat.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>This is the topmost certificate of the %n the server sent, a self-signed root.</source>
        <translation>
            <numerusform>Dies ist das einzige Zertifikat, das der Server gesendet hat, ein selbstsigniertes Stammzertifikat.</numerusform>
            <numerusform>Dies ist das oberste der %n Zertifikate, die der Server gesendet hat, ein selbstsigniertes Stammzertifikat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the topmost certificate of the %n the server sent, and it is not self-signed: it is an intermediate authority (issued by %1), not a root. If the server is still refused after you trust it, ask for the root certificate and set it as the profile&apos;s CA file.</source>
        <translation>
            <numerusform>Dies ist das einzige Zertifikat, das der Server gesendet hat, und es ist nicht selbstsigniert: Es gehört zu einer Zwischenzertifizierungsstelle (ausgestellt von %1), nicht zu einer Stammzertifizierungsstelle. Wird der Server weiterhin abgelehnt, nachdem Sie ihr vertraut haben, fragen Sie nach dem Stammzertifikat und legen Sie es als CA-Datei des Profils fest.</numerusform>
            <numerusform>Dies ist das oberste der %n Zertifikate, die der Server gesendet hat, und es ist nicht selbstsigniert: Es gehört zu einer Zwischenzertifizierungsstelle (ausgestellt von %1), nicht zu einer Stammzertifizierungsstelle. Wird der Server weiterhin abgelehnt, nachdem Sie ihr vertraut haben, fragen Sie nach dem Stammzertifikat und legen Sie es als CA-Datei des Profils fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one whoever runs the server gives you before you trust it. It is kept for this profile alone, in %1.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Betreiber des Servers nennt, bevor Sie dem Zertifikat vertrauen. Es wird nur für dieses Profil aufbewahrt, in %1.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
</context>
<context>
    <name>Variables</name>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>profile field</source>
        <translation>Profilfeld</translation>
    </message>
    <message>
        <source>login response</source>
        <translation>Anmeldeantwort</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, headers or body to use a value.</source>
        <translation>Schreiben Sie {{name}} in die URL, die Header oder den Body, um einen Wert zu verwenden.</translation>
    </message>
    <message>
        <source>secret, in the keychain</source>
        <translation>geheim, im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>WorkPages</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose the profile to import requests into.</source>
        <translation>Wählen Sie das Profil, in das die Anfragen importiert werden sollen.</translation>
    </message>
    <message>
        <source>Imported the requests into “%1”.</source>
        <translation>Die Anfragen wurden in „%1“ importiert.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Saved “%1” to the collection.</source>
        <translation>„%1“ in der Sammlung gespeichert.</translation>
    </message>
    <message>
        <source>Trust Certificate Authority</source>
        <translation>Zertifizierungsstelle vertrauen</translation>
    </message>
    <message>
        <source>That request is no longer in the history.</source>
        <translation>Diese Anfrage ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Anf&amp;rage</translation>
    </message>
    <message>
        <source>&amp;Save to Collection</source>
        <translation>In &amp;Sammlung speichern</translation>
    </message>
    <message>
        <source>&amp;Open API Document…</source>
        <translation>API-Dokument &amp;öffnen…</translation>
    </message>
    <message>
        <source>Choose a profile first: requests are saved with it.</source>
        <translation>Wählen Sie zuerst ein Profil: Anfragen werden mit ihm gespeichert.</translation>
    </message>
    <message>
        <source>Save to Collection</source>
        <translation>In Sammlung speichern</translation>
    </message>
    <message>
        <source>Save the request to the collections of %1 as:</source>
        <translation>Die Anfrage in den Sammlungen von %1 speichern als:</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannte Anfrage</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>es ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it expands to more than %1 values (aliases repeated too often?)</source>
        <translation>es wird zu mehr als %1 Werten erweitert (Aliasse zu oft wiederholt?)</translation>
    </message>
    <message>
        <source>This YAML document was refused: %1.</source>
        <translation>Dieses YAML-Dokument wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>This is not valid YAML: %1 (line %2, column %3).</source>
        <translation>Dies ist kein gültiges YAML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>This YAML document could not be read.</source>
        <translation>Dieses YAML-Dokument konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>a mapping has more than %1 keys</source>
        <translation>eine Zuordnung hat mehr als %1 Schlüssel</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Das Lesen des Dokuments wurde abgebrochen.</translation>
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
    <message>
        <source>Start as usual, then quit as soon as the main window has been painted once (for start-up timing and smoke tests).</source>
        <translation>Normal starten und beenden, sobald das Hauptfenster einmal gezeichnet wurde (für Startzeitmessungen und Smoke-Tests).</translation>
    </message>
</context>
</TS>
