<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: tokenbench-cli [--version] [--help] COMMAND ...

Commands:
  decode [TOKEN|-] [--json]   decode a token given as an argument or on standard
                              input; --json prints a machine-readable report

Exit status: 0 ok, 2 usage error or input that is not a token.
</source>
        <translation>Aufruf: tokenbench-cli [--version] [--help] BEFEHL ...

Befehle:
  decode [TOKEN|-] [--json]   ein Token dekodieren, das als Argument oder über die
                              Standardeingabe übergeben wird; --json gibt einen
                              maschinenlesbaren Bericht aus

Rückgabewert: 0 OK, 2 Aufruffehler oder Eingabe, die kein Token ist.
</translation>
    </message>
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
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
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
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Header Line</source>
        <translation>&amp;Header-Zeile kopieren</translation>
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
        <source>Read the token out of what was pasted (removed: %1).</source>
        <translation>Das Token wurde aus dem eingefügten Text gelesen (entfernt: %1).</translation>
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
    <name>main</name>
    <message>
        <source>Holds API tokens safely and makes them easy to use.</source>
        <translation>Verwahrt API-Tokens sicher und macht sie einfach nutzbar.</translation>
    </message>
</context>
</TS>
