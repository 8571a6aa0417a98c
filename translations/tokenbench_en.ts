<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Authenticator</name>
    <message>
        <source>This sign-in method has no second step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sign-out; the token stays valid until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The secrets on standard input exceed 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of standard input is not field=value with a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list: unknown argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tokenbench-cli add NAME --vendor VENDOR --method METHOD --url BASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDOR/METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: give one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: unknown vendor/method &apos;%1/%2&apos;; known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: --url needs an http or https URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: --set takes FIELD=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: %1 is a secret; secrets never come from arguments. Give it to login with --secrets-stdin, or let login ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: %1/%2 needs --set %3=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not https; secrets would cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: give one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secrets could not all be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: unknown argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: give a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token; log in with: tokenbench-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token held, expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token valid, expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: -H takes &apos;Name: value&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: -d needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: -o needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give NAME METHOD PATH_OR_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown method &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is not on %2&apos;s origin (%3), so no credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown argument &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
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
    <name>DemoProfiles</name>
    <message>
        <source>RegScale (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegScale (password + MFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox asks for an MFA code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegScale (My Profile token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegScale (service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scantrust (e-mail + password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scantrust (UAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Safe (API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Safe (API key + 2FA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox asks for a one-time passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Safe (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (Bearer token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (X-Api-Key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (OAuth2 client credentials)</source>
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
    <name>GenericAuthenticator</name>
    <message>
        <source>Generic API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Who am I&quot; path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic cannot carry a user name with a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile to test this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available to Tokenbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was dropped: the network access was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2, the most Tokenbench accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The large response from %1 could not be stored in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 expands far beyond its compressed size (a possible decompression bomb) and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the address and that the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed to reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects: %1 sent the request on more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an address Tokenbench does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the account may lack the permission (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing at %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave up waiting (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP %2); it asks to wait %3 s (Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be used (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an HTML page (perhaps a login or proxy page) instead of JSON (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an empty answer where JSON was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent JSON of an unexpected shape (not an object).</source>
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
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s, so secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked), so secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available, so secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error, so secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor and login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the keychain is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a second factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile notes</source>
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
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Inspected Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Inspected &amp;Header Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets are kept for this session only.&lt;/b&gt; %1 Nothing you enter is written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no token yet: log in (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Log in to get its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its secrets and token are removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the token of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the header line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the token of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 is alive. It belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>Secrets are kept for this session only (--no-keychain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordSafeAuthenticator</name>
    <message>
        <source>API key (PS-Auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run-as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Safe answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Safe signed in but set no session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to test; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastedToken</name>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Invalid value for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive number of seconds, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false (yes/no, 1/0), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 to 3600 seconds (0: never), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected #rrggbb or nothing, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RegScale production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the server before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;insecure TLS (skip certificate checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow insecure TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure TLS warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;again automatically before the token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic re-login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the secrets this needs are remembered in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear c&amp;lipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything your team should know about this account (never secrets: notes are stored in plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL is not encrypted: passwords and tokens would travel in clear text to this host. Use https:// unless the server is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone on the network path can read this profile&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked when there is no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for when you log in, and kept only in the keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of unknown expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n profile(s)</source>
        <translation>
            <numerusform>%1, %n profile</numerusform>
            <numerusform>%1, %n profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileListWidget</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a profile by name, host or vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile for a vendor API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected profile&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected profile&apos;s token as a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the vendor who the selected profile&apos;s token belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet — create one with New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>%1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is needed, the keychain is unavailable (%3), and there is no terminal to ask on: give it with --secrets-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is needed: give it with --secrets-stdin (%3=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 names an unknown vendor or method (%2/%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a second factor: %1. Give it with --secrets-stdin (%2=...) or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in, but nothing could be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 expired %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no token; run: tokenbench-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable (%1), so %2 cannot log in by itself; give its secrets with --secrets-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 expired and no stored credentials allow a new login; run: tokenbench-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out failed (%1); the session is forgotten all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: certificate checks are OFF for %1 (insecure_tls=true); anyone on the network path can read its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid &quot;schema&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of its profiles is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of its profiles is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name, a vendor and a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles are being changed by another Tokenbench; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Tokenbench (schema %2; this version knows %3). It was left as it is; update Tokenbench to change profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: %2. It could not be moved aside, so Tokenbench will not change it; move it away yourself to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged: %2. It was moved to %3 and Tokenbench carries on with no profiles; your old profiles are in that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profiles to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not Tokenbench profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they come from a newer Tokenbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;profiles&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegScaleAuthenticator</name>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from My Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegScale answered the login without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31 or 2026-12-31T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RegScale user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScantrustAuthenticator</name>
    <message>
        <source>User Authorization Token (UAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scantrust answered the login without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no token yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to use this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile needs a second factor: log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before a copied token or header is wiped from the clipboard. At zero it stays until Tokenbench quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when Tokenbench quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a token Tokenbench copied is cleared; whatever you copy afterwards is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again &amp;automatically before tokens expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again automatically before tokens expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For new profiles whose credentials are kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long new profiles wait for the server before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both apply to new profiles; each profile can change them in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify before a token expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify before a token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification shortly before a token runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before expiry to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes before a token expires to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep request history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep the request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the request history: requests sent and their responses, with credentials redacted. Older entries are deleted; at zero nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
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
    <message>
        <source>when the idle session ends</source>
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
    <message>
        <source>Using the token inside the pasted text; %1 left out.</source>
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
    <name>TrayIcon</name>
    <message>
        <source>Tokenbench: click a profile to copy a fresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tokenbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holds API tokens safely and makes them easy to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of the usual folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every vendor against a local sandbox, with demo accounts; your own profiles and keychain are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: every vendor is the local sandbox at %1, and nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenbench — Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
