#!/usr/bin/env python3
"""Writes the seed corpus in tests/fuzz/corpus/<target>/ from readable examples.

Seeds are small real inputs (tokens as the tests build them, the curl command lines in
tests/data/curl, vendor error answers, profile files); libFuzzer mutates from them. Run it again
after changing the examples: it rewrites only the seeds it names.
"""
import base64
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"


def b64url(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def jws(header: bytes, payload: bytes, sig: bytes = b"not-a-real-signature") -> bytes:
    return b64url(header) + b"." + b64url(payload) + b"." + b64url(sig)


def write(target: str, name: str, data) -> None:
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (d / name).write_bytes(data)


RFC7519 = (b"eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
           b"eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
           b"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
TOKENS = {
    "rfc7519": RFC7519,
    "hs256": jws(b'{"alg":"HS256","typ":"JWT"}',
                 b'{"sub":"analyst@example.com","iat":1700000000,"exp":1700003600}'),
    "unsecured": jws(b'{"alg":"none"}', b'{"iss":"joe","aud":["a","b"],"nbf":1.5e9}', b""),
    "jwe": b64url(b'{"alg":"RSA-OAEP","enc":"A256GCM"}') + b".a.b.c.d",
    "claims": jws(b'{"alg":"RS256","kid":"k1"}',
                  b'{"exp":"soon","aud":7,"iat":-1,"n":12345678901234567890,"x":{"y":[1,2,{}]}}'),
    "bad_b64": b"eyJ+.e30.sig",
    "two_segments": b"eyJhbGciOiJIUzI1NiJ9.e30",
}
for name, tok in TOKENS.items():
    write("fuzz_jwt", name, tok)

PASTES = {
    "bearer_line": b"Authorization: Bearer " + TOKENS["hs256"],
    "quoted": b'"' + TOKENS["hs256"] + b'",',
    "wrapped": TOKENS["rfc7519"][:40] + b"\r\n  " + TOKENS["rfc7519"][40:],
    "psauth": b"Authorization: PS-Auth key=abc123; runas=admin; pwd=[p;w d];",
    "jwt_scheme": b"JWT " + TOKENS["hs256"],
    "uat": b"UAT d1f2e3c4b5a6",
    "apikey": b"X-Api-Key: 0123456789abcdef",
    "json": b'{"access_token":"' + TOKENS["hs256"] + b'","token_type":"bearer"}',
    "empty": b"",
}
for name, text in PASTES.items():
    write("fuzz_pastedtoken", name, text)

for f in sorted((ROOT / "tests" / "data" / "curl").glob("*.txt")):
    write("fuzz_curlimport", f.stem, f.read_bytes())
# The exported Postman, Insomnia and HAR files of tests/data/import (licences in its README).
for f in sorted((ROOT / "tests" / "data" / "import").glob("*.*")):
    if f.suffix in (".json", ".yaml"):
        write("fuzz_requestimport", f.name, f.read_bytes())
write("fuzz_curlimport", "ansi_c", "curl $'https://x.example/a\\tb' -H $'X-A: \\x41\\u00e9' -d @file | jq .")
write("fuzz_curlimport", "user_form", "curl -u admin:secret -F 'file=@a.txt;type=text/plain' "
      "--data-urlencode 'q=a b' -G https://x.example/search --oauth2-bearer tok -b 'a=b; c=d'")

JSON_BODIES = {
    "object": b'{"id": 1, "name": "A \\u00e9 \\ud83d\\ude00", "tags": ["x", "y"], "n": -1.5e+10}',
    "nested": b'{"a":{"b":{"c":[[],{},[1,[2,[3]]]]}},"d":null,"e":true,"f":false}',
    "array": b'[{"k":"v"},{"k":"w","l":[1,2,3]},"s",0.1,-0,1E5]',
    "scalar": b'"just a string"',
    "bad_comma": b'{"a":1,}',
    "bad_escape": b'["\\x"]',
    "control_char": b'["a\x01b"]',
    "deep": b"[" * 40 + b"]" * 40,
    "utf8": '{"ключ":"значение","日本":"語"}'.encode(),
    "ws": b' \r\n\t{ "a" : [ 1 , 2 ] } \n',
}
for name, body in JSON_BODIES.items():
    write("fuzz_jsonbody", name, body)
    write("fuzz_jsontext", name, body)

ERRORS = {
    "drf_detail": b"401 Unauthorized\nContent-Type: application/json\n\n"
                  b'{"detail":"Unable to login with provided credentials."}',
    "non_field": b"400 Bad Request\nContent-Type: application/json\n\n"
                 b'{"non_field_errors":["Unable to log in."],"password":["This field is required."]}',
    "oauth": b"400 Bad Request\nContent-Type: application/json; charset=utf-8\n\n"
             b'{"error":"invalid_client","error_description":"Client authentication failed"}',
    "message": b"500 Internal Server Error\nContent-Type: application/json\n\n"
               b'{"message":"Boom","title":"Error","errors":{"field":["bad"]}}',
    "html": b"502 Bad Gateway\nContent-Type: text/html\n\n<!DOCTYPE html><html><body>proxy</body></html>",
    "text": b"403 Forbidden\nContent-Type: text/plain\n\n\n  User not allowed\nsecond line",
    "retry": b"429 Too Many Requests\nRetry-After: 120\nContent-Type: application/json\n\n"
             b'{"message":"slow down"}',
    "malformed": b"200 OK\nContent-Type: application/json\n\n{\"token\": ",
    "array_ok": b"200 OK\nContent-Type: application/json\n\n[1,2]",
    "binary": b"400 Bad\n\n\x00\x01\xff\xfe",
    "psauth_2fa": b"401 Unauthorized\nWWW-Authenticate-2FA: Enter the code from your app\n"
                  b"Content-Type: application/json\n\n\"User requires additional authentication\"",
}
for name, text in ERRORS.items():
    write("fuzz_httperrors", name, text)

HEADERS = {
    "psauth": b"200 OK\nAuthorization: PS-Auth key=c479a66f; runas=admin; pwd=[p;a ss];\n"
              b"Content-Type: application/json\n\n{\"UserName\":\"admin\"}",
    "bearer": b"200 OK\nAuthorization: Bearer " + TOKENS["hs256"] + b"\nX-Api-Key: 0123456789\n\n",
    "basic": b"200 OK\nAuthorization: Basic " + base64.b64encode(b"user:pa:ss") + b"\n\n",
    "cookies": b"200 OK\nCookie: ASP.NET_SessionId=abcd1234; other=1\n"
               b"Set-Cookie: ASP.NET_SessionId=abcd1234; path=/; HttpOnly\n\n",
    "token_form": b"200 OK\nContent-Type: application/x-www-form-urlencoded\n\n"
                  b"grant_type=password&username=u&password=p%40ss&client_secret=s3cr3t",
    "token_json": b"200 OK\nContent-Type: application/json\n\n"
                  b'{"access_token":"abc.def.ghi","refresh_token":"r1","nested":{"password":"x"}}',
    "wwwauth": b"401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\n"
               b"WWW-Authenticate-2FA: Enter your one-time code\n\n",
    "uat": b"200 OK\nAuthorization: UAT 0123abcd\nProxy-Authorization: Basic Zm9vOmJhcg==\n\n",
}
for name, text in HEADERS.items():
    write("fuzz_authheaders", name, text)

PROFILE = {
    "id": "{2b0c4d6e-8f10-4a12-b314-c5d6e7f80912}", "name": "RegScale prod", "vendor": "regscale",
    "method": "password", "baseUrl": "https://regscale.example",
    "fields": {"username": "analyst"},
    "options": {"autoRelogin": True, "timeoutSeconds": 30, "caFile": "/etc/ssl/ca.pem",
                "insecureTls": False, "clipboardClearSeconds": 30},
    "notes": "n", "colour": "#336699", "created": "2024-01-01T00:00:00Z",
    "updated": "2024-01-02T00:00:00Z",
    "lastToken": {"expiresAt": "2024-01-02T01:00:00Z", "expirySource": "jwt", "source": "login",
                  "obtainedAt": "2024-01-02T00:00:00Z"},
}
write("fuzz_profiles", "v1", json.dumps({"schema": 1, "profiles": [PROFILE]}, indent=1))
write("fuzz_profiles", "v0_array", json.dumps([{k: v for k, v in PROFILE.items() if k != "options"}]))
write("fuzz_profiles", "export", json.dumps({"tokenbench": "profiles", "profiles": [PROFILE,
      dict(PROFILE, id="{00000000-0000-0000-0000-000000000001}", vendor="passwordsafe",
           method="apikey", fields={"runas": "admin"})]}))
write("fuzz_profiles", "single", json.dumps(PROFILE))
LEGACY = {k: v for k, v in PROFILE.items() if k not in ("options", "baseUrl", "id")}
write("fuzz_profiles", "v0_legacy", json.dumps({"profiles": [dict(LEGACY, url="http://localhost:8080",
      timeoutSeconds=5, insecureTls=True)]}))
write("fuzz_profiles", "truncated", json.dumps({"schema": 1, "profiles": [PROFILE]})[:120])
write("fuzz_profiles", "future", json.dumps({"schema": 99, "profiles": []}))
# The written form as the fast reader takes it: raw UTF-8, escapes, members of the wrong type.
write("fuzz_profiles", "v1_written", json.dumps({"profiles": [
    dict(PROFILE, name="Prüfung \"EU\" \\ 🔑", notes="a\nb\tc/d",
         fields={"username": "x", "n": 1, "o": {"p": [True, None]}},
         options={"autoRelogin": "yes", "timeoutSeconds": -3, "clipboardClearSeconds": 4000}),
    dict(PROFILE, id="00000000-0000-0000-0000-000000000002", lastToken=[])], "schema": 1},
    indent=4, ensure_ascii=False))

for spec in sorted((ROOT / "tests" / "data" / "openapi").glob("*")) + [ROOT / "src" / "sandbox" / "openapi.json"]:
    if spec.suffix in (".json", ".yaml", ".yml") and spec.stat().st_size < 64_000:
        write("fuzz_openapi", spec.parent.name + "-" + spec.name, spec.read_bytes())
write("fuzz_openapi", "mini.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n"
      "  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true}\n"
      "      responses: {'200': {description: ok}}\n")
write("fuzz_openapi", "anchors.yaml", "a: &x [1, 2]\nb: *x\nc: |\n  text\n  more\nd: >-\n  folded\n"
      "e: 'q''s'\nf: \"\\u00e9\"\ng: !!str 1\n---\n")

# fuzz_bigobjects reads a recipe, not a document: byte 0 picks JSON (even) or YAML (odd) and
# where the 100,000-member object stands ((byte >> 1) % 4: extension, paths, schemas with $refs,
# request body properties); byte 1 how often a key repeats; then the key's stem, a NUL, and the
# value every member holds.
for name, place in (("extension", 0), ("paths", 1), ("schemas", 2), ("properties", 3)):
    for syntax, bit in (("json", 0), ("yaml", 1)):
        # At most 16 bytes of value (8 in YAML) are used: small members, many of them.
        value = {
            0: b'[1,{"b":null}]' if bit == 0 else b"[1, ~]",
            1: b'{"tags":["t"]}' if bit == 0 else b"{tags: t}",
            2: b'{"type":"int"}' if bit == 0 else b"{a: 1}",
            3: b'{"example":1}' if bit == 0 else b"{x: 1}",
        }[place]
        write("fuzz_bigobjects", f"{name}-{syntax}", bytes([place << 1 | bit, 7]) + b"key\0" + value)
write("fuzz_bigobjects", "repeated-keys", bytes([0, 3]) + b"dup\0" + b"1")
