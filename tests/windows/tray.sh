#!/usr/bin/env bash
# The Windows tray under Wine, end to end against the simulator (issue #13):
#
#   bash tests/windows/tray.sh EXE [SIM]
#
# EXE: the Windows b24-status.exe; SIM: the Linux simulator binary (default target/debug/b24-status-sim).
# Needs DISPLAY (an X server, e.g. Xvfb) and WINEPREFIX (booted, with the test-only bcryptprimitives.dll
# in system32, as tests/windows/lib.sh sets it up); the prefix's tray state is changed (signed in).
# Checks: the tray's icon shows the confirmed status (read from Wine's "Wine System Tray" window); a CLI
# `set dnd` goes through the tray's control pipe, moves the icon and makes exactly one call to the
# portal; a second tray start prints "b24-status is already running.", exits 0 and leaves the first
# running; the default shortcut Ctrl+Alt+Shift+D toggles DND on the portal. Exit 0 when all hold.
set -euo pipefail

exe=${1:?usage: tray.sh EXE [SIM]}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sim_bin=${2:-$repo/target/debug/b24-status-sim}
: "${DISPLAY:?tray.sh needs an X display}" "${WINEPREFIX:?tray.sh needs a prepared WINEPREFIX}"
export WINEDEBUG=${WINEDEBUG:--all}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wineserver -k 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "tray.sh: FAIL: $*" >&2
    for f in "$work"/*.out; do [[ -s $f ]] && { echo "--- $f" >&2; tail -20 "$f" >&2; }; done
    exit 1
}

# The status colours of src/tray/icon.rs (ONLINE_COLOR, DND_COLOR, AWAY_COLOR, UNKNOWN_COLOR).
declare -A colour=([online]="45 164 78" [dnd]="229 72 77" [away]="245 165 36" [unknown]="140 140 140")

# The simulator, kept alive by an open stdin.
mkfifo "$work/sim.in"
"$sim_bin" --status online <"$work/sim.in" >"$work/sim.url" 2>"$work/sim.out" &
pids+=($!)
exec {keep}>"$work/sim.in"
for _ in $(seq 100); do [[ -s $work/sim.url ]] && break; sleep 0.1; done
webhook=$(head -1 "$work/sim.url")
[[ $webhook == http://127.0.0.1:* ]] || fail "the simulator printed no webhook URL"
base=${webhook%%/rest/*}
set_calls() { curl -sf "$base/_sim/calls" | jq '[.[] | select(.method == "im.user.status.set")] | length'; }
portal_status() { curl -sf "$base/_sim/status" | jq -r '.status'; }

printf '%s\n' "$webhook" | wine "$exe" login >"$work/login.out" 2>&1 || fail "login under Wine"

# Which status colour most of the tray window's pixels are (within a small distance), or "none".
icon_status() {
    local id
    id=$(xdotool search --name "Wine System Tray" 2>/dev/null | head -1) || true
    [[ -n $id ]] || { echo none; return; }
    import -window "$id" -depth 8 txt:- 2>/dev/null |
        sed -n 's/^[0-9]*,[0-9]*: *(\([0-9.]*\),\([0-9.]*\),\([0-9.]*\).*/\1 \2 \3/p' |
        awk -v o="${colour[online]}" -v d="${colour[dnd]}" -v a="${colour[away]}" -v u="${colour[unknown]}" '
        function near(c,   p) { split(c, p, " "); return ($1-p[1])^2 + ($2-p[2])^2 + ($3-p[3])^2 < 900 }
        { if (near(o)) n["online"]++; else if (near(d)) n["dnd"]++
          else if (near(a)) n["away"]++; else if (near(u)) n["unknown"]++ }
        END { best = "none"; max = 8; for (s in n) if (n[s] > max) { max = n[s]; best = s }; print best }'
}
# Waits (a generous bound: it did not hang) until the icon shows $1.
wait_icon() {
    local seen
    for _ in $(seq 300); do
        seen=$(icon_status)
        [[ $seen == "$1" ]] && return 0
        sleep 0.1
    done
    fail "the tray icon shows $seen, not $1"
}

wine "$exe" >"$work/tray.out" 2>&1 &
tray=$!
pids+=($tray)
wait_icon online
echo "tray.sh: the icon shows the confirmed status (online)"

curl -sf -X POST -d '{}' "$base/_sim/reset_calls" >/dev/null
wine "$exe" set dnd >"$work/set.out" 2>&1 || fail "set dnd exited $?"
wait_icon dnd
[[ $(set_calls) == 1 ]] || fail "the portal saw $(set_calls) status.set calls for one set, not 1"
[[ $(portal_status) == dnd ]] || fail "the portal holds $(portal_status), not dnd"
echo "tray.sh: set dnd went through the tray: the icon moved, the portal saw exactly one call"

rc=0
wine "$exe" >"$work/second.out" 2>&1 || rc=$?
[[ $rc == 0 ]] || fail "a second tray start exited $rc"
grep -qx 'b24-status is already running.' <(tr -d '\r' <"$work/second.out") ||
    fail "a second tray start said: $(cat "$work/second.out")"
kill -0 "$tray" 2>/dev/null || fail "the first tray is gone after a second start"
[[ $(wine "$exe" get 2>/dev/null | tr -d '\r') == dnd ]] || fail "get through the first tray"
echo "tray.sh: a second start said 'b24-status is already running.', exited 0, the first still serves"

id=$(xdotool search --name "Wine System Tray" | head -1)
xdotool windowactivate --sync "$id" 2>/dev/null || xdotool windowfocus --sync "$id"
xdotool key --clearmodifiers ctrl+alt+shift+d
for _ in $(seq 300); do [[ $(portal_status) == online ]] && break; sleep 0.1; done
[[ $(portal_status) == online ]] || fail "Ctrl+Alt+Shift+D left the portal at $(portal_status)"
wait_icon online
echo "tray.sh: Ctrl+Alt+Shift+D toggled DND off on the portal and the icon followed"
echo "tray.sh: ok"
