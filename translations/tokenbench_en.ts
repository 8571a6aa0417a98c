<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: tokenbench-cli [--version] [--help] COMMAND ...

Commands:
  decode [TOKEN|-] [--json]   decode a token given as an argument or on standard
                              input; --json prints a machine-readable report

Exit status: 0 ok, 2 usage error or input that is not a token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;tokenbench-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one token, or &apos;-&apos; to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed JWT (JWS), algorithm %1. The signature was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsecured JWT: &quot;alg&quot; is &quot;none&quot;, so nothing vouches for its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE): only the header can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h %2 min %3 s</source>
        <translation>
            <numerusform>%n day %1 h %2 min %3 s</numerusform>
            <numerusform>%n days %1 h %2 min %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialisation vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: character %2 at position %3 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: its length of %2 characters is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is JSON but not an object; a JWT header must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is JSON but not an object; a JWT claims set must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is out of range, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim holds an entry that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;aud&quot; claim is neither a string nor an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is %1 bytes long; tokens over 1 MiB (%2 bytes) are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: it has no dots. A JWT has 3 segments (signed) or 5 (encrypted); this may be an opaque token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: it has %1 segments separated by dots. A JWT has 3 segments (signed) or 5 (encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header segment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of this encrypted token names no &quot;enc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload segment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names no algorithm (&quot;alg&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot; yet a signature segment is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature segment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tokenbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Clipboard After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Header Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Clip&amp;board Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tokenbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only When Tokenbench Quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tokenbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tokenbench %1&lt;/h3&gt;&lt;p&gt;Holds the tokens of real vendor APIs safely and makes them easy to use.&lt;/p&gt;&lt;p&gt;Tokens are decoded on this computer only; signatures are never claimed to be verified.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>from the token&apos;s exp claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the server&apos;s expires_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token: a JWT, an opaque API token, or a whole &quot;Authorization: Bearer …&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the token shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know when it &amp;expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque tokens and tokens without an &quot;exp&quot; claim do not say when they expire; record it here to get a countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Clipboard &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies &quot;%1: …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else was copied since; the clipboard is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;token&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on the clipboard until you quit Tokenbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>The clipboard will be cleared in %n second.</numerusform>
            <numerusform>The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the token out of what was pasted (removed: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed JWT (JWS) · %1 · signature not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsecured JWT · alg &quot;none&quot; · unsigned: anyone could have written it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE) · %1 / %2 · the payload is encrypted and cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opaque token · %n character(s) · not a JWT, so it says nothing about itself</source>
        <translation>
            <numerusform>Opaque token · %n character · not a JWT, so it says nothing about itself</numerusform>
            <numerusform>Opaque token · %n characters · not a JWT, so it says nothing about itself</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the holder of the decryption key can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified: Tokenbench does not hold the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: nothing vouches for these claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: Tokenbench does not hold the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of an encrypted token (JWE) cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token above to see what it is and when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 (local) · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (local) · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry of an encrypted token is inside its encrypted payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has no &quot;exp&quot; claim, so it does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque token does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTiming</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holds API tokens safely and makes them easy to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
