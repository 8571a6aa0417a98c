#!/bin/bash
# Takes docs/token-panel.png: run under
#   xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- docs/take-screenshot.sh docs/token-panel.png [LANG]
# Needs openbox, xdotool, xclip and imagemagick. The token shown is made up on the spot.
out=$1; lang=${2:-en_US.UTF-8}
export LANG=$lang LC_ALL=$lang LANGUAGE=
tok=$(python3 - <<'PY'
import base64,json,time
b=lambda d: base64.urlsafe_b64encode(json.dumps(d,separators=(',',':')).encode()).rstrip(b'=').decode()
now=int(time.time())
h={"alg":"RS256","typ":"JWT","kid":"regscale-2026-11"}
p={"iss":"https://regscale.example.com","sub":"7f3c2a10-5e4b-4c8e-9b1d-2f6a8e0c4d21","aud":["regscale-api","regscale-cli"],"name":"Ada Analyst","email":"ada@example.com","roles":["Administrator","Auditor"],"iat":now-3600*2,"nbf":now-3600*2,"exp":now+3600*21+60*37+12,"jti":"c1d2e3f4"}
print(b(h)+"."+b(p)+"."+base64.urlsafe_b64encode(b"x"*256).rstrip(b'=').decode())
PY
)
openbox >/dev/null 2>&1 & obpid=$!
sleep 0.5
build/src/app/tokenbench & pid=$!
sleep 2.5
wid=$(xdotool search --onlyvisible --name '^Tokenbench$' | head -1)
xdotool windowsize $wid 1100 780
xdotool windowmove $wid 0 0
sleep 0.5
printf '%s' "Authorization: Bearer $tok" | xclip -selection clipboard 2>/dev/null || true
xdotool windowactivate --sync $wid; xdotool key ctrl+shift+v
sleep 0.3
xdotool key ctrl+shift+c
sleep 1.5
import -window root /tmp/full.png
ax=$(xwininfo -id $wid | awk '/Absolute upper-left X/{print $4}')
ay=$(xwininfo -id $wid | awk '/Absolute upper-left Y/{print $4}')
w=$(xwininfo -id $wid | awk '/Width:/{print $2}')
h=$(xwininfo -id $wid | awk '/Height:/{print $2}')
convert /tmp/full.png -crop $((w+2))x$((h+24))+$((ax-1))+$((ay-23)) +repage "$out"
kill $pid $obpid
