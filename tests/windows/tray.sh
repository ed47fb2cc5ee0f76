#!/usr/bin/env bash
# The Windows tray under Wine, end to end against the simulated portal:
#   tests/windows/tray.sh [EXE]     (default: the release exe of `scripts/windows build`)
# In a throwaway prefix (tests/windows/lib.sh): a Run value of ours pointing at another b24-status.exe is
# rewritten for this exe when the tray starts (and a verbatim `\\?\` spelling of this exe too); the tray's
# icon shows the confirmed status (read from the screen: Wine draws tray icons in its "Wine System Tray"
# window); a CLI `set dnd` goes through the tray's control pipe, moves the icon at once and makes exactly
# one call to the portal; a second tray start prints "b24-status is already running.", exits 0 and leaves
# the first one serving; the default shortcut Ctrl+Alt+Shift+D toggles DND off on the portal; a timed DND
# (`set dnd --for 3s`) goes back to Online by itself, its end in the 12-hour clock of an English (US)
# Windows, and in the 24-hour clock once the regional format's short time says so; the tray's output
# never holds the secret. Every check says what failed; the first failure ends the run (exit 1).
set -euo pipefail

if [[ $# -ge 1 ]]; then WIN_EXE=$(realpath "$1"); fi
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ -f $WIN_EXE ]] || { echo "tray.sh: no exe at $WIN_EXE: run scripts/windows build first" >&2; exit 1; }

tray_pid=
stop_tray() {
    if [[ -n $tray_pid ]]; then
        kill "$tray_pid" 2>/dev/null || true
        wait "$tray_pid" 2>/dev/null || true
        tray_pid=
    fi
}
trap 'stop_tray; win_teardown' EXIT
win_setup
win_sim_start online
started=$SECONDS
ok() { win_log "ok: $*"; }
exe_win=$(win_path "$WIN_EXE")
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'

# The status colours of src/tray/icon.rs (ONLINE_COLOR, DND_COLOR, AWAY_COLOR, UNKNOWN_COLOR).
declare -A colour=([online]="45 164 78" [dnd]="229 72 77" [away]="245 165 36" [unknown]="140 140 140")

# icon_status: which status colour most of the tray window's pixels have (within a small distance), or
# "none" (no tray window, or no icon in it).
icon_status() {
    local id
    id=$(xdotool search --name "Wine System Tray" 2>/dev/null | head -n 1) || true
    [[ -n $id ]] || { echo none; return; }
    import -window "$id" -depth 8 txt:- 2>/dev/null |
        sed -n 's/^[0-9]*,[0-9]*: *(\([0-9.]*\),\([0-9.]*\),\([0-9.]*\).*/\1 \2 \3/p' |
        awk -v o="${colour[online]}" -v d="${colour[dnd]}" -v a="${colour[away]}" -v u="${colour[unknown]}" '
        function near(c,   p) { split(c, p, " "); return ($1-p[1])^2 + ($2-p[2])^2 + ($3-p[3])^2 < 900 }
        { if (near(o)) n["online"]++; else if (near(d)) n["dnd"]++
          else if (near(a)) n["away"]++; else if (near(u)) n["unknown"]++ }
        END { best = "none"; max = 8; for (s in n) if (n[s] > max) { max = n[s]; best = s }; print best }'
}
icon_is() { [[ $(icon_status) == "$1" ]]; }
portal_is() { [[ $(win_sim GET status | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])') == "$1" ]]; }
# The Run value b24-status (without the trailing space auto-launch writes after the quoted path).
run_value() { win_reg_query "$run_key" b24-status | sed -n 's/^ *b24-status *REG_SZ *//p' | sed 's/ *$//'; }
run_value_is() { [[ $(run_value) == "$1" ]]; }
# start_repairing VALUE WHAT: writes our Run value as VALUE (checked by reading it back), starts the tray
# and waits until it has rewritten the value to the plain quoted path of this exe.
start_repairing() {
    wine reg add "$run_key" /v b24-status /t REG_SZ /d "$1" /f >/dev/null 2>&1 || win_fail "reg add of $2"
    run_value_is "$1" || win_fail "$2 reads back as '$(run_value)'"
    wine "$WIN_EXE" >"$WIN_TMP/tray.out" 2>&1 &
    tray_pid=$!
    win_wait 60 run_value_is "\"$exe_win\"" ||
        tray_fail "the tray left $2 at '$(run_value)', not '\"$exe_win\"'"
}
tray_fail() {
    win_log "the tray's output:"
    tr -d '\r' <"$WIN_TMP/tray.out" | _win_mask | tail -n 20 >&2
    win_fail "$@"
}

# --- signed in
printf '%s\n' "$WIN_SIM_URL" >"$WIN_TMP/url"
win_run --stdin "$WIN_TMP/url" "$WIN_EXE" login
win_expect_rc 0 "login from stdin"

# --- a Run value of ours for another b24-status.exe (a moved or older copy) is repaired when the tray
# starts; the icon shows the confirmed status
start_repairing '"C:\Old Place\b24-status.exe"' "a stale Run value"
ok "the tray rewrote a Run value for another b24-status.exe to '\"$exe_win\"'"
win_wait 60 icon_is online || tray_fail "the tray icon shows $(icon_status), not online"
ok "the icon shows the confirmed status (online)"

# --- set dnd from the command line goes through the tray: the icon moves, the portal sees one call
win_sim POST reset_calls >/dev/null
win_run "$WIN_EXE" set dnd
win_expect_rc 0 "set dnd with the tray running"
win_expect_out "Do Not Disturb (confirmed)" "set dnd with the tray running"
win_wait 10 icon_is dnd || tray_fail "after set dnd the icon shows $(icon_status), not dnd"
calls=$(win_sim_calls im.user.status.set)
[[ $calls == 1 ]] || tray_fail "the portal saw $calls im.user.status.set calls for one set, not 1"
portal_is dnd || tray_fail "after set dnd the portal does not hold dnd"
ok "set dnd went through the tray: the icon moved, the portal saw exactly one call"

# --- a second tray start leaves the first alone
win_run --timeout 60 "$WIN_EXE"
win_expect_rc 0 "a second tray start"
grep -qx 'b24-status is already running.' <<<"$WIN_OUT$WIN_ERR" ||
    win_fail "a second tray start: expected 'b24-status is already running.'"
kill -0 "$tray_pid" 2>/dev/null || tray_fail "the first tray is gone after a second start"
win_run "$WIN_EXE" get
win_expect_rc 0 "get through the first tray"
win_expect_out dnd "get through the first tray"
ok "a second start said 'b24-status is already running.', exited 0, and the first still serves"

# --- the shortcut, typed into the session (Wine delivers it to the hot key RegisterHotKey took)
id=$(xdotool search --name "Wine System Tray" | head -n 1)
xdotool windowactivate --sync "$id" 2>/dev/null || xdotool windowfocus --sync "$id" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+alt+shift+d
win_wait 30 portal_is online || tray_fail "Ctrl+Alt+Shift+D did not turn DND off on the portal"
win_wait 10 icon_is online || tray_fail "after the shortcut the icon shows $(icon_status), not online"
ok "Ctrl+Alt+Shift+D toggled DND off on the portal, and the icon followed"

# --- a timed status through the pipe: red now, back to Online by itself (the tray's timer, Windows' clock)
win_sim POST reset_calls >/dev/null
win_run "$WIN_EXE" set dnd --for 3s
win_expect_rc 0 "set dnd --for 3s with the tray running"
# An English (US) Windows writes the 12-hour clock.
grep -Eq '^Do Not Disturb until (1[0-2]|[1-9]):[0-5][0-9] (AM|PM) — then Online \(confirmed\)$' <<<"$WIN_OUT" ||
    win_fail "set dnd --for 3s: expected 'Do Not Disturb until H:MM AM|PM — then Online (confirmed)'"
win_wait 10 icon_is dnd || tray_fail "after set dnd --for 3s the icon shows $(icon_status), not dnd"
win_wait 30 portal_is online || tray_fail "the timed DND did not go back to Online on the portal"
win_wait 10 icon_is online || tray_fail "after the timed DND the icon shows $(icon_status), not online"
calls=$(win_sim_calls im.user.status.set)
[[ $calls == 2 ]] || tray_fail "a timed DND took $calls im.user.status.set calls, not 2 (the set and its revert)"
ok "set dnd --for 3s: the icon went red, and back to Online by itself (2 calls)"

# --- the clock is the regional format's, not the display language's: English words, 24-hour times
# (Settings → Region → Short time "HH:mm", which Windows keeps in the user's International key)
wine reg add 'HKCU\Control Panel\International' /v sShortTime /t REG_SZ /d HH:mm /f >/dev/null 2>&1 ||
    win_fail "reg add of sShortTime"
win_run "$WIN_EXE" set dnd --for 2h
win_expect_rc 0 "set dnd --for 2h with a 24-hour regional format"
grep -Eq '^Do Not Disturb until ([01][0-9]|2[0-3]):[0-5][0-9] — then Online \(confirmed\)$' <<<"$WIN_OUT" ||
    win_fail "set dnd --for 2h: expected 'Do Not Disturb until HH:MM — then Online (confirmed)' with sShortTime HH:mm"
win_run "$WIN_EXE" set online
win_expect_rc 0 "set online after the timed DND"
win_wait 10 icon_is online || tray_fail "after set online the icon shows $(icon_status), not online"
ok "an English Windows with a 24-hour short time writes 'until HH:MM'"

# --- a verbatim spelling of this very exe is rewritten too, at the next start
stop_tray
timeout 30 wineserver -w || true
start_repairing "\"\\\\?\\$exe_win\"" "a verbatim Run value"
ok "the tray rewrote '\"\\\\?\\$exe_win\"' to '\"$exe_win\"'"
win_wait 60 icon_is online || tray_fail "after a restart the icon shows $(icon_status), not online"
stop_tray

if grep -qF -- "$WIN_SIM_SECRET" "$WIN_TMP/tray.out"; then win_fail "the tray's output holds the secret"; fi
win_log "all checks passed ($((SECONDS - started)) s after the prefix was made)"
