<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppBus</name>
    <message>
        <source>No profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response time below %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3 from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its JSON has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the login without a token: %2 (Content-Type: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-12-31 or 2026-12-31T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationPreview</name>
    <message>
        <source>No profile chosen: the request is sent without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials go with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this profile&apos;s origin (%2): its token stays home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a login when the request is sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyFindBar</name>
    <message>
        <source>Search the body (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyJobs</name>
    <message numerus="yes">
        <source>Saved %n byte(s) to %1.</source>
        <translation>
            <numerusform>Saved %n byte to %1.</numerusform>
            <numerusform>Saved %n bytes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BodySource</name>
    <message>
        <source>Cannot read the body file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map the body file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyToolBar</name>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indented JSON with folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all: unfold every object and array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all: fold every object and array below the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Showing it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable image (%1). Showing it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is too large to copy; save the body instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is too large to copy; save it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you copied holds a secret: the clipboard marks it so for clipboard managers, and Tokenbench clears it after a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaTrust</name>
    <message>
        <source>There is no certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckEvaluator</name>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1/ is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status was %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status range (such as 200-299 or 2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status was %1, expected %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 was &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 &quot;%2&quot; does not match /%3/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON type (string, number, boolean, object, array, null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not match /%3/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response took %1 ms, expected below %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture {{%1}} from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: header %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}}: %2 found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status below 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status was %1, expected below 400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header or JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path or header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertions: every one must hold for the request to pass (without any, a status below 400 passes). Expected values may use {{variables}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures: a value of the response kept as a {{variable}} for the requests after this one in the same run.</source>
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
        <source>--config-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Several profiles serve %1 (%2): name one with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPrompter</name>
    <message>
        <source>%1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is needed, the keychain is unavailable (%3), and there is no terminal to ask on: give it with --secrets-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is needed: give it with --secrets-stdin (%3=...) or run on a terminal.</source>
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
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a sign-in in the browser: run tokenbench-cli login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in to %1, open this address in a browser (Tokenbench waits until %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in to %1, go to this address on any device and enter the code below (Tokenbench waits until %2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardDelayMenu</name>
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
</context>
<context>
    <name>CollectionImport</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disabled in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a name {{variables}} allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a secret with no value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile&apos;s own %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile has a different value, which is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <source>That collection or request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collections could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the composer&apos;s request in the selected collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every request of the selected collection, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved without the %n secret(s) typed into it: %1 stand(s) in, and the values are kept in the keychain.</source>
        <translation>
            <numerusform>Saved without the %n secret typed into it: %1 stand in, and the values are kept in the keychain.</numerusform>
            <numerusform>Saved without the %n secrets typed into it: %1 stands in, and the values are kept in the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved without the %n secret(s) typed into it: %1 stand(s) in. The keychain is not available, so the values are kept for this session only: after a restart, type them into the request again.</source>
        <translation>
            <numerusform>Saved without the %n secret typed into it: %1 stand in. The keychain is not available, so the values are kept for this session only: after a restart, type them into the request again.</numerusform>
            <numerusform>Saved without the %n secrets typed into it: %1 stands in. The keychain is not available, so the values are kept for this session only: after a restart, type them into the request again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertions and captures of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of %1</source>
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
    <message>
        <source>list: give at most one of --json, --names, --methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The clipboard is cleared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It stays until something else is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tokenbench app copied the header line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tokenbench app copied the token of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tokenbench app did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: unknown argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: give a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: no Tokenbench app runs, and there is no display to copy on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: no Tokenbench app runs, and tokenbench-clipboard is not installed next to tokenbench-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: cannot run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: %1 needs a variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: give a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: give the command to run after &apos;--&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: cannot run &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git-credential: --profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git-credential: unknown argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git-credential: give get, store or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl-credential: give one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --set takes FIELD=VALUE, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a secret; secrets never come from arguments. Give it to login with --secrets-stdin, or let login ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --url needs an http or https URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: give one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: give a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: %1 has an unknown vendor/method &apos;%2/%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: --rename needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles export: unknown argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the profiles to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles import: give one file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles import: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles: give export [--output FILE] or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: certificate checks are OFF for %1 (insecure_tls=true); anyone on the network path can read its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in, but nothing could be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out failed (%1); the session is forgotten all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain, not in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give PROFILE FILE [--environment FILE] [--as NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2) into the collection &quot;%3&quot; of %4; requests: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables set on the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret variables kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the file are not kept (%1): type them in again, or import once more with the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: --delay takes milliseconds, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: give PROFILE COLLECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no collection named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no request named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped at the first failure, %n not run</source>
        <translation>
            <numerusform>stopped at the first failure, %n not run</numerusform>
            <numerusform>stopped at the first failure, %n not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody could log in, %n not run</source>
        <translation>
            <numerusform>nobody could log in, %n not run</numerusform>
            <numerusform>nobody could log in, %n not run</numerusform>
        </translation>
    </message>
    <message>
        <source>run: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --timeout needs a number of seconds above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerInterop</name>
    <message>
        <source>Copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a command; the secret stays a $TOKEN placeholder unless it is revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This curl command cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command carries its own credential. It is sent as typed, except where this profile&apos;s credential uses the same header: on the profile&apos;s origin, the profile&apos;s wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1, the token as $TOKEN and typed secrets as variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1 with its secrets, marked for clipboard managers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path on the profile&apos;s base URL (api/items?page=1), a full URL, or a pasted curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} has no value yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>A quote in the command is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: it only changes what curl prints or saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: Tokenbench follows redirects itself and drops credentials when the origin changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: accepting any certificate is a profile setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: Tokenbench always accepts compressed responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: Tokenbench chooses the protocol and connection itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: timeouts, retries and speed limits are Tokenbench settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: certificates and TLS settings belong to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: a proxy is not part of a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: the profile&apos;s session keeps its cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: only HTTP Basic from -u is imported; a profile can hold other kinds of login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: options from a curl config file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: .netrc passwords are not read; a profile can hold them in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: Tokenbench never expands {} and [] in URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: the composer does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: multipart form bodies are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: without a password curl would ask for one; a profile can hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: it uses shell variables; a profile can hold the user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password from %1 are in an Authorization header and will be sent as typed; a profile can keep them in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: cookies from a file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: a placeholder for the session; the profile&apos;s credential is attached when the request is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: Tokenbench does not set Referer on redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: the body comes from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: only the first request is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: a placeholder for the token; the profile&apos;s credential is attached when the request is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: headers from a file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: it removes a header curl would add itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: it is not a &quot;Name: value&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl %1 would remove the line breaks of %2; Tokenbench sends the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: the value comes from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: only the first URL is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scheme: it is taken as http://, as curl does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: a file cannot be combined with other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is JSON but has no Content-Type: curl would send it as a form; the draft sends it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a curl command: it should start with &quot;curl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: not an option Tokenbench knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: the rest of the shell command is not part of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 is a shell variable: it is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 is not kept; Tokenbench asks for it when it is needed and keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not carried over: only PEM and PKCS#12 (P12) certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the profile, not of the request (its Network tab, or tokenbench-cli --set): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlNetworkDialog</name>
    <message>
        <source>Network Settings from curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command sets how to reach the server. Change these settings of the profile %1? They apply to every request it sends and to its logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Profile as It Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is chosen: choose one and import again to apply these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied to the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s network settings were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the profile %1: %2.</source>
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
    <message>
        <source>--jwks needs a URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key needs a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iss needs the issuer expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aud needs the audience expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jwks, --key, --secret-stdin, --iss, --aud and --check-time go with --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --jwks, --key and --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --secret-stdin the token is given as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key was given: name a JWKS with --jwks, a PEM public key or certificate with --key, give an HMAC secret with --secret-stdin, or name the issuer expected with --iss to find its keys by OpenID Connect discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input held no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed JWT (JWS), algorithm %1.</source>
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
    <message>
        <source>OpenID Connect (browser sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the sandbox&apos;s sign-in page: user %1, password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect (device code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code shown at the sandbox&apos;s device page: user %1, password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (HTTPS, private CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s HTTPS side, signed by a certificate authority it made at start-up; this profile&apos;s CA file is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerHelper</name>
    <message>
        <source>Usage: docker-credential-tokenbench &lt;get|list|store|erase|version&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSecrets</name>
    <message>
        <source>the form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fragment&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON field %1</source>
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
    <name>ExplorerPanel</name>
    <message>
        <source>Where this profile&apos;s API description comes from: a URL, a path under the base URL, or a file. Empty: the vendor&apos;s usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OpenAPI or Swagger file (JSON or YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the description again with the profile&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In and Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search paths, summaries and operation ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put ParentModule and ParentId in the JSON body, and the module into path parameters that name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile to explore its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an API description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI or Swagger (*.json *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n operation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n operation</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} stays a variable when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parent record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
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
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile to test this token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>the %1 header (the browser&apos;s credential; the profile&apos;s is sent instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) of the browser</source>
        <translation>
            <numerusform>%n cookie of the browser</numerusform>
            <numerusform>%n cookies of the browser</numerusform>
        </translation>
    </message>
    <message>
        <source>the headers %1 (set for each send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: entry %1 (%2), which is not an HTTP request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Profile: %2</source>
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
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search by URL, method, status or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request in the composer to edit and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this request from the history (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every request from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>That entry is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every request from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n request will be deleted. This cannot be undone.</numerusform>
            <numerusform>%n requests will be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The body was not kept.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (cut: the history keeps the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database at %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Tokenbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database at %1 was damaged (%2). It was moved to %3 and a new, empty history started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be added to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old requests could not be deleted from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
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
    <message>
        <source>%1 sent the sign-in on to %2. Tokenbench does not follow a sign-in to another server or from https to http: check the base URL of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for the request to be sent again to %2. Its body holds a secret, which Tokenbench does not send to another server or from https to http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a client certificate and none was given: set the profile&apos;s client certificate (client_cert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2 (issued by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 failed to reach %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password: set the proxy user (proxy_user) and give its password (proxy_password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for the password of %2 (proxy_password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the user name %2 and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate folder %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be opened: a wrong or missing passphrase (client_key_passphrase), or not a PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key: give the key file as client_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 could not be read: a wrong or missing passphrase (client_key_passphrase), or a key of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1 to %2 for %3; valid from %4 to %5; SHA-256 %6</source>
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
    <name>ImportRequestsDialog</name>
    <message>
        <source>Import Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) into the collections of %3. Secrets in it go to the keychain as {{variables}}, never into the collection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Postman environment whose variables become the profile&apos;s; secret values go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of the file: %1 (they become the profile&apos;s; secret ones go to the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman environments (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment “%1”. Variables for the profile: %2. Secrets for the keychain: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman, Insomnia or HAR files (*.json *.yaml *.yml *.har)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsomniaImport</name>
    <message>
        <source>a WebSocket request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gRPC request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proto file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n workspaces: each request&apos;s name starts with its workspace&apos;s.</source>
        <translation>
            <numerusform>The export holds %n workspaces: each request&apos;s name starts with its workspace&apos;s.</numerusform>
            <numerusform>The export holds %n workspaces: each request&apos;s name starts with its workspace&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not carried: %n cookie(s) of the cookie jar.</source>
        <translation>
            <numerusform>Not carried: %n cookie of the cookie jar.</numerusform>
            <numerusform>Not carried: %n cookies of the cookie jar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not carried: &quot;%1&quot;, %2 (Tokenbench sends HTTP requests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: the environment &quot;%1&quot; (only the base environment is imported; make a profile for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: the environment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: the environment value %1 (nested values are not variables here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 (scripts do not run in Tokenbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insomnia template tags ({% ... %}): they are kept as text and will not be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is the file %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GraphQL query is sent as JSON {&quot;query&quot;, &quot;variables&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Insomnia export is format %1; Tokenbench reads format 4 (Insomnia&apos;s &quot;Export Data&quot; in JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLineIndex</name>
    <message>
        <source>Formatting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>%1 is not a JSON path Tokenbench understands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recursive descent (..) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is missing after a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [ is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] is neither an index, * nor a quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTokenizer</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwksSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over 1 MiB; that is no key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent over 1 MiB; that is no key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata at %1 names no &quot;jwks_uri&quot;.</source>
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
    <name>JwtKeySet</name>
    <message>
        <source>OpenSSL refused the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not hold the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EC curve &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC key on %1 needs base64url &quot;x&quot; and &quot;y&quot; of %2 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OKP curve &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key needs a base64url &quot;x&quot; of 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oct key needs a base64url &quot;k&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is of a kind JWT signatures do not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON Web Key Set: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no usable key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM public key (&quot;BEGIN PUBLIC KEY&quot;) or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtVerifier</name>
    <message>
        <source>%1 cannot check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key has %1 bits, and %2 needs at least 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 needs a %3 key; this one is on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is for %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s use is &quot;%1&quot;, not &quot;sig&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is over 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is encrypted (JWE); only signed tokens can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed token has three segments separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment of the token is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid (%1), but </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its claims cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer is &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audience (%1) does not include &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: &quot;alg&quot; is &quot;none&quot;, so the token carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the header names no algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the header lists critical extensions (&quot;crit&quot;) that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: no key in %1 fits %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature does not match the key from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature matches none of the %2 keys tried from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; in %2; of the keys that name no kid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: %1, key from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: %1, key &quot;%2&quot; from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to keep the row without sending it.</source>
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
    <message>
        <source>The keychain could not be reached to remove a secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibCrypto</name>
    <message>
        <source>Signatures cannot be checked: OpenSSL&apos;s libcrypto 3 could not be loaded.</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate Authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPrompter</name>
    <message>
        <source>Password Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or passphrase (kept in the keychain):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Cannot wait for the browser on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenbench waits for the browser here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
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
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Postman collection, an Insomnia export or a browser&apos;s HAR file into the profile&apos;s collections</source>
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
    <name>MethodFieldsForm</name>
    <message>
        <source>%1 (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
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
</context>
<context>
    <name>OAuth2Authenticator</name>
    <message>
        <source>The code expired before anyone entered it; log in again for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer came from the browser within %n second(s); log in again to start over.</source>
        <translation>
            <numerusform>No answer came from the browser within %n second; log in again to start over.</numerusform>
            <numerusform>No answer came from the browser within %n seconds; log in again to start over.</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization URL</source>
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
        <source>Resource (RFC 8707)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Who am I&quot; path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo of the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token URL (or an issuer)</source>
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
        <source>An authorization URL (or an issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Tokenbench started, so it was ignored. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete (%1). You can close this tab and try again in Tokenbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and go back to Tokenbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state differs); nothing was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device authorization URL (or an issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization answer lacks device_code, user_code or verification_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is meant for &quot;%1&quot;, not this client (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its nonce is not the one this sign-in sent (a replayed token?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a &quot;who am I&quot; path in the profile, or an issuer with a userinfo endpoint, to test this token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthMetadata</name>
    <message>
        <source>%1 is not an authorization server&apos;s metadata (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks for the issuer &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata at %1 names an endpoint that is not a usable https address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the issuer&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>%1 refused the request: %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: %2 (%3, HTTP %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered without a token: %1 (Content-Type: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its JSON has no &quot;access_token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderedJson</name>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentRecords</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Locker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue (POAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply Chain (Contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent module goes into a JSON object body; this body is not one.</source>
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
        <source>Password Safe signed in but set no session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to test; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this API version has been disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Password Safe licence is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access is forbidden: the user lacks the permission, or the Password Safe licence is not valid</source>
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
    <name>PostmanImport</name>
    <message>
        <source>the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried: %1 (scripts do not run in Tokenbench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scripts do not run in Tokenbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 (scripts do not run in Tokenbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s)</source>
        <translation>
            <numerusform>%n saved example response</numerusform>
            <numerusform>%n saved example responses</numerusform>
        </translation>
    </message>
    <message>
        <source>Postman&apos;s dynamic variable {{%1}} (sent as written: Tokenbench does not make up values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path variable :%1 is written in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file field %1 (%2): Tokenbench does not send multipart forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disabled %1 body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart form is sent URL-encoded: Tokenbench does not send multipart forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file body (no file was chosen in Postman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is the file %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GraphQL query is sent as JSON {&quot;query&quot;, &quot;variables&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body of the unknown mode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Postman Collection v1, which Tokenbench does not read: export it from Postman as Collection v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the folder %1 could not be created</source>
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
    <message>
        <source>%1 holds a user name or password (user:password@). Leave them out: profiles are kept in a plain file. A password, key or token belongs in the keychain, where Tokenbench keeps the secrets you give when you log in; for a user name and password, choose a method that asks for them (HTTP Basic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a header name with an optional prefix (&quot;Authorization: JWT&quot;, &quot;X-Api-Key&quot;), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
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
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the header line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the token of %1.</source>
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
        <source>e.g. Production (EU)</source>
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
    <message>
        <source>PEM file or folder of a private certificate authority (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in Preferences; or none, system, http://host:port, socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that skip the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.internal.example, 10.0.0.0/8, host:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a proxy that asks (the password is asked once and kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM or PKCS#12 (.p12, .pfx), for servers that ask (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key, when the certificate file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy sees the address of every request; for https it sees only the host and port, never the request or its token. A key passphrase is asked when it is needed and kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Client Certificate&apos;s Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListActions</name>
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
        <source>Profiles</source>
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
        <source>No profiles yet — create one with New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles match “%1”</source>
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
    <name>ProfileTokenPresenter</name>
    <message>
        <source>%1 has no token yet: log in (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews itself (refresh token in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use http://host:port, socks5://host:port, none or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the user name and password out of the URL: give the user name as proxy_user and the password when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a scheme, host and port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawLineIndex</name>
    <message>
        <source>Loading was cancelled.</source>
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
        <source>A token</source>
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
    <message>
        <source>The account lacks the role that GET %1 needs (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBodyEditor</name>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON, keeping its order (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting keeps {{variables}} as they are only in strings; format before adding variables outside strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File to Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>Choose a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to send as the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to send as a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDraft</name>
    <message>
        <source>The request&apos;s method is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s body kind is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>Python (requests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>This file is not a Postman Collection (v2.0 or v2.1), a Postman environment, an Insomnia export (v4) or a HAR log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Postman environment, which holds variables and no requests: import it with a collection (--environment FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Postman environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 auth of %2 is replaced by %3&apos;s credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in the query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 auth of %2%3 (%4 sends its own credential, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address had no scheme: it is kept as %1, as the tool that exported it would have sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-request script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseViewer</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token; Tokenbench logged in again and resent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent without credentials: the URL is not on the profile&apos;s origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Followed %n redirect(s) to %1.</source>
        <translation>
            <numerusform>Followed %n redirect to %1.</numerusform>
            <numerusform>Followed %n redirects to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate Authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority is trusted for this profile now: send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunResultsView</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the response in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n not run</numerusform>
            <numerusform>%n not run</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to run the rest</source>
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
        <source>An e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretTextGuard</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretVariables</name>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureClipboard</name>
    <message>
        <source>A secret was copied.</source>
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
        <source>The server no longer takes the token of %1: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a second factor (%2): log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be removed from the keychain (%1) Tokenbench removes it when it can reach the keychain again, and never uses it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be removed from the keychain: %1. %2 Tokenbench removes them when it can reach the keychain again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a sign-in in the browser: log in.</source>
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
    <message>
        <source>Keep &amp;bodies up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest body kept in the history, in KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each request and response body the history keeps, after credentials are redacted. Longer bodies are cut; at zero no bodies are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep no bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret header settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More header names whose values are secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header names, separated by commas. Their values are masked in logs and the history, kept out of saved requests and never follow a redirect to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Tenant-Id, X-Hub-Sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers whose names contain auth, key, token, secret, session, cookie, signature, password or credential are always secret, and so is each profile&apos;s own credential header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy of every profile that does not choose its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system: the http_proxy, https_proxy, all_proxy and no_proxy variables, read as curl reads them. none: straight to every server. Or http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that skip the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.internal.example, 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a proxy that asks for a password: it is asked once and kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInStepWidget</name>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenbench opened the sign-in page in your browser and waits for it until %1. If no page opened, open this address yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Browser Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on any device, sign in and enter the code below. Tokenbench waits until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened here. Open this address in a browser yourself; Tokenbench waits for it until %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened here: go to the address on any device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecLoader</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no base URL to fetch an API description from: open a file or enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API description was found at %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): log in to this profile, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of an API description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API description could not be cached in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the API description uses %1, which has no value: enter the address again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecParser</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a path must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: an operation must be an object, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter has no &quot;name&quot; or no &quot;in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;requestBody&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; leads back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; points into another document, which is not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; names nothing in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; goes through too many others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is larger than %1 MB, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON or YAML document: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenAPI or Swagger document: its top level is %1, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger %1 is not supported; Swagger 2.0 and OpenAPI 3 are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI %1 is not supported; Swagger 2.0 and OpenAPI 3 are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OpenAPI or Swagger document: it has no &quot;openapi&quot; or &quot;swagger&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;info&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;paths&quot; must be an object of paths, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API description was cancelled.</source>
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
    <message>
        <source>when the idle session ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the lifetime the vendor documents</source>
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
    <message>
        <source>Expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2=&lt;token&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verif&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token&apos;s signature with a JWKS, a PEM public key or certificate, or an HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer (OpenID Connect Discovery)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS or PEM &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC &amp;Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s JWKS URL (its jwks_uri):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer you expect (the token&apos;s &quot;iss&quot; must be the same):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret, for this check only (it is not kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cannot be fetched from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed JWT (JWS) · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: Tokenbench does not hold the issuer&apos;s key. Verify… checks it with a key you name.</source>
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
    <message>
        <source>A server whose clock runs behind may still accept it for up to %1 after it expired: that is clock-skew allowance, not life left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;nbf&quot; is ahead of this computer&apos;s clock by less than the %1 allowed for clock skew, so it counts as valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>The token of %1 expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tokens of %n profile(s) expire soon, starting with %1 %2.</source>
        <translation>
            <numerusform>The tokens of %n profile expire soon, starting with %1 %2.</numerusform>
            <numerusform>The tokens of %n profiles expire soon, starting with %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens expire soon</source>
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
    <name>TrustCaDialog</name>
    <message>
        <source>Trust Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate authority for the profile %1? Requests of this profile will then accept every certificate it signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the topmost certificate of the %n the server sent, a self-signed root.</source>
        <translation>
            <numerusform>This is the topmost certificate of the %n the server sent, a self-signed root.</numerusform>
            <numerusform>This is the topmost certificate of the %n the server sent, a self-signed root.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the topmost certificate of the %n the server sent, and it is not self-signed: it is an intermediate authority (issued by %1), not a root. If the server is still refused after you trust it, ask for the root certificate and set it as the profile&apos;s CA file.</source>
        <translation>
            <numerusform>This is the topmost certificate of the %n the server sent, and it is not self-signed: it is an intermediate authority (issued by %1), not a root. If the server is still refused after you trust it, ask for the root certificate and set it as the profile&apos;s CA file.</numerusform>
            <numerusform>This is the topmost certificate of the %n the server sent, and it is not self-signed: it is an intermediate authority (issued by %1), not a root. If the server is still refused after you trust it, ask for the root certificate and set it as the profile&apos;s CA file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one whoever runs the server gives you before you trust it. It is kept for this profile alone, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Variables</name>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, headers or body to use a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPages</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile to import requests into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the requests into “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open API Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first: requests are saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request to the collections of %1 as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands to more than %1 values (aliases repeated too often?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This YAML document was refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid YAML: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This YAML document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping has more than %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
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
    <message>
        <source>Start as usual, then quit as soon as the main window has been painted once (for start-up timing and smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
