#!/bin/bash
# Takes docs/main-window[-de].png, docs/login-dialog[-de].png and docs/request-page[-de].png from
# demo mode; run under
#   xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- docs/take-window-screenshots.sh LANG SUFFIX
# (e.g. en_US.UTF-8 "" or de_DE.UTF-8 -de). Needs openbox, xdotool and imagemagick.
lang=${1:-en_US.UTF-8}; suffix=$2
export LANG=$lang LC_ALL=$lang LANGUAGE=
cd /work/main
openbox >/dev/null 2>&1 & ob=$!
sleep 0.5
build/src/app/tokenbench --demo 2>/dev/null & pid=$!
sleep 2.5
wid=$(xdotool search --onlyvisible --name 'Tokenbench' | head -1)
xdotool windowsize $wid 1200 780; xdotool windowmove $wid 0 0
sleep 0.5
crop() { # window id, output
  local ax ay w h
  ax=$(xwininfo -id $1 | awk '/Absolute upper-left X/{print $4}'); ay=$(xwininfo -id $1 | awk '/Absolute upper-left Y/{print $4}')
  w=$(xwininfo -id $1 | awk '/Width:/{print $2}'); h=$(xwininfo -id $1 | awk '/Height:/{print $2}')
  import -window root /tmp/full.png
  convert /tmp/full.png -crop ${w}x${h}+${ax}+${ay} +repage "$2"
}
# RegScale (password): second row of the RegScale group
xdotool mousemove 130 201 click 1
sleep 0.4
xdotool key ctrl+l
sleep 1.2
dlg=$(xdotool search --onlyvisible --name 'RegScale' | tail -1)
crop $dlg docs/login-dialog$suffix.png
xdotool key Return
sleep 1.5
# Scantrust UAT too, so the list shows more than one badge
xdotool mousemove 130 349 click 1; sleep 0.3; xdotool key ctrl+l; sleep 1; xdotool key Return; sleep 1.2
xdotool mousemove 130 201 click 1; sleep 1.2
crop $wid docs/main-window$suffix.png
# The request page: the sandbox's Swagger beside the composer, and a JSON answer
xdotool key ctrl+2; sleep 1.5
xdotool mousemove 900 140 click 1
xdotool type --delay 5 'api/assets/getlist'
xdotool key ctrl+Return; sleep 1.5
xdotool mousemove 500 355 click 1; sleep 0.5
crop $wid docs/request-page$suffix.png
kill $pid $ob
