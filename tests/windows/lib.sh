# shellcheck shell=bash
# Helpers for the tests that run the Windows build under Wine (tests/windows/*.sh, scripts/windows unit).
# Source it from a bash script running with `set -euo pipefail`:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   trap win_teardown EXIT         # first: it also cleans up after a win_setup that failed half-way
#   win_setup                      # Xvfb + a throwaway Wine prefix with the test-only shim
#   win_sim_start online           # the simulated portal; WIN_SIM_URL is the webhook URL
#   printf '%s\n' "$WIN_SIM_URL" >"$WIN_TMP/url"
#   win_run --stdin "$WIN_TMP/url" "$WIN_EXE" login
#   win_expect_rc 0 "login from stdin"
#   win_run "$WIN_EXE" get; win_expect_rc 0 "get"; win_expect_out online "get"
#
# What it sets (read them; do not change them):
#   WIN_REPO        the repository's root
#   WIN_EXE         the release exe scripts/windows build makes (set WIN_EXE before sourcing to test another)
#   WIN_TMP         after win_setup: a scratch folder of this run (removed by win_teardown), outside the prefix
#   DISPLAY, WINEPREFIX, WINEDEBUG=-all, WINEDLLOVERRIDES="mscoree,mshtml=" (exported by win_setup)
#   LANG=C.UTF-8, no LC_ALL, LC_MESSAGES, LC_TIME, LANGUAGE (by win_setup): Wine makes an English (US)
#                   Windows of it on every machine; a check sets LANG for one command to try another
#   WIN_SIM_URL     after win_sim_start: the webhook URL — it holds the secret: never print it
#   WIN_SIM_SECRET  the secret alone (for checks that it appears nowhere); WIN_SIM_BASE http://127.0.0.1:PORT
#   WIN_RC, WIN_OUT, WIN_ERR   after win_run: the exit status and the whole stdout and stderr (CRs removed)
#
# Functions (each documented where it is defined): win_setup, win_teardown, win_shim, win_sim_start,
# win_sim_stop, win_sim, win_sim_calls, win_run, win_wait, win_reg_query, win_path, win_log, win_fail,
# win_expect_rc, win_expect_out, win_expect_err.
# Everything it prints starts with the calling script's name; a failure prints "FAIL: <what>" and exits 1.

WIN_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WIN_EXE=${WIN_EXE:-$WIN_REPO/target/windows-debian/x86_64-pc-windows-gnu/release/b24-status.exe}
WIN_TMP=
WIN_SIM_URL= WIN_SIM_SECRET= WIN_SIM_BASE=
WIN_RC= WIN_OUT= WIN_ERR=
_win_name=$(basename "$0")
_win_xvfb_pid= _win_sim_pid= _win_sim_in=
_win_last_cmd=

# win_log MESSAGE...: one line on stdout, prefixed with the script's name.
win_log() {
    echo "$_win_name: $*"
}

# _win_mask: stdin to stdout with the simulator's secret replaced by "<secret>" (for failure output).
_win_mask() {
    if [[ -n $WIN_SIM_SECRET ]]; then
        sed "s/$WIN_SIM_SECRET/<secret>/g"
    else
        cat
    fi
}

# win_fail MESSAGE: prints "FAIL: MESSAGE", the last win_run command with its exit status, stdout and
# stderr (the secret masked), and exits 1 (win_teardown then runs from the caller's EXIT trap).
win_fail() {
    {
        echo "$_win_name: FAIL: $*"
        if [[ -n $_win_last_cmd ]]; then
            echo "  last command: $_win_last_cmd (exit status $WIN_RC)"
            printf '%s\n' "$WIN_OUT" | sed 's/^/  stdout: /'
            printf '%s\n' "$WIN_ERR" | sed 's/^/  stderr: /'
        fi
    } | _win_mask >&2
    exit 1
}

# win_shim: builds the test-only bcryptprimitives.dll (tests/windows/bcryptprimitives.c and .def; Wine
# 8.0 lacks it, Rust's std imports ProcessPrng from it) with MinGW, unless it is newer than its sources,
# and prints its path (target/windows-debian/test-shim/, never next to the release exe).
win_shim() {
    local src=$WIN_REPO/tests/windows dir=$WIN_REPO/target/windows-debian/test-shim
    local dll=$dir/bcryptprimitives.dll
    if [[ ! -f $dll || $src/bcryptprimitives.c -nt $dll || $src/bcryptprimitives.def -nt $dll ]]; then
        mkdir -p "$dir"
        x86_64-w64-mingw32-gcc -O2 -s -shared -o "$dll.tmp" "$src/bcryptprimitives.c" \
            "$src/bcryptprimitives.def" -ladvapi32 >&2
        mv "$dll.tmp" "$dll"
    fi
    echo "$dll"
}

# _win_start_xvfb: an Xvfb of our own on a display nobody uses, exported as DISPLAY.
_win_start_xvfb() {
    local n=120 attempt
    for attempt in {1..20}; do
        while [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
        Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp -noreset >"$WIN_TMP/xvfb.log" 2>&1 &
        _win_xvfb_pid=$!
        for _ in {1..200}; do
            kill -0 "$_win_xvfb_pid" 2>/dev/null || break
            if [[ $(tr -d ' \n' 2>/dev/null <"/tmp/.X$n-lock") == "$_win_xvfb_pid" ]] &&
                DISPLAY=:$n xdpyinfo >/dev/null 2>&1; then
                export DISPLAY=:$n
                return 0
            fi
            sleep 0.05
        done
        kill "$_win_xvfb_pid" 2>/dev/null || true
        wait "$_win_xvfb_pid" 2>/dev/null || true
        _win_xvfb_pid=
        n=$((n + 1))
    done
    cat "$WIN_TMP/xvfb.log" >&2
    win_fail "Xvfb did not start (tried 20 displays)"
}

# win_setup: a scratch folder (WIN_TMP), Xvfb (DISPLAY), a fresh 64-bit Wine prefix in WIN_TMP/prefix
# (WINEPREFIX; `wineboot -i`, 12-15 s), and the shim in its system32. Prints how long each took. Call it
# once per script, after `trap win_teardown EXIT`.
win_setup() {
    local start
    WIN_TMP=$(mktemp -d "${TMPDIR:-/tmp}/b24-wine.XXXXXX")
    export WINEPREFIX=$WIN_TMP/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    # Nothing of the host's session for Wine or the exe: no D-Bus, no Wayland, no XDG folders, and
    # not the machine's locale, from which Wine makes Windows' display language and regional format.
    unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LC_ALL LC_MESSAGES LC_TIME LANGUAGE
    export LANG=C.UTF-8
    start=$SECONDS
    _win_start_xvfb
    win_log "Xvfb on DISPLAY=$DISPLAY ($((SECONDS - start)) s)"
    start=$SECONDS
    # wineboot complains about syswow64\rundll32.exe (no 32-bit Wine here), and may exit non-zero for it:
    # harmless, kept in a log. It returns before the registry is on disk: wait for wineserver to save it.
    local boot=0
    timeout 300 wineboot -i >"$WIN_TMP/wineboot.log" 2>&1 || boot=$?
    timeout 120 wineserver -w || true
    if [[ ! -f $WINEPREFIX/system.reg || ! -d $WINEPREFIX/drive_c/windows/system32 ]]; then
        cat "$WIN_TMP/wineboot.log" >&2
        win_fail "wineboot -i (exit status $boot) did not make a prefix in $WINEPREFIX"
    fi
    win_log "Wine prefix made ($((SECONDS - start)) s)"
    start=$SECONDS
    local dll
    dll=$(win_shim)
    cp "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
    win_log "test-only bcryptprimitives.dll shim in the prefix ($((SECONDS - start)) s)"
}

# win_teardown: stops the simulator, Wine (wineserver -k) and Xvfb, and removes WIN_TMP. Safe to call
# twice, and when win_setup did not finish.
win_teardown() {
    win_sim_stop
    if [[ -n ${WINEPREFIX:-} && -d $WINEPREFIX ]]; then
        wineserver -k 2>/dev/null || true
        timeout 30 wineserver -w 2>/dev/null || true
    fi
    if [[ -n $_win_xvfb_pid ]]; then
        kill "$_win_xvfb_pid" 2>/dev/null || true
        wait "$_win_xvfb_pid" 2>/dev/null || true
        _win_xvfb_pid=
    fi
    if [[ -n $WIN_TMP && -d $WIN_TMP ]]; then rm -rf "$WIN_TMP"; fi
    WIN_TMP=
}

# win_sim_start [STATUS]: builds the simulator for Linux (cargo build -p b24-status-sim, the host's
# usual toolchain, target/debug) and starts it on 127.0.0.1 (Wine uses the host's network), with the
# stored status STATUS (online, dnd, away, break; default none). Sets WIN_SIM_URL, WIN_SIM_SECRET,
# WIN_SIM_BASE. It serves until win_sim_stop (or win_teardown) closes its stdin.
win_sim_start() {
    local args=() line=
    if [[ $# -ge 1 ]]; then args=(--status "$1"); fi
    (cd "$WIN_REPO" && cargo build --locked -q -p b24-status-sim) >&2 ||
        win_fail "the simulator (cargo build -p b24-status-sim) did not build"
    _win_sim_in=$WIN_TMP/sim.in
    rm -f "$_win_sim_in" "$WIN_TMP/sim.out"
    mkfifo "$_win_sim_in"
    "$WIN_REPO/target/debug/b24-status-sim" "${args[@]}" <"$_win_sim_in" >"$WIN_TMP/sim.out" \
        2>"$WIN_TMP/sim.err" &
    _win_sim_pid=$!
    # Hold the fifo's writing end open on fd 9 until win_sim_stop.
    exec 9>"$_win_sim_in"
    for _ in {1..200}; do
        line=$(head -n 1 "$WIN_TMP/sim.out" 2>/dev/null || true)
        [[ -n $line ]] && break
        kill -0 "$_win_sim_pid" 2>/dev/null || break
        sleep 0.05
    done
    [[ $line == http://127.0.0.1:*/rest/*/*/ ]] || win_fail "the simulator printed no webhook URL"
    WIN_SIM_URL=$line
    WIN_SIM_BASE=${line%%/rest/*}
    WIN_SIM_SECRET=${line%/}
    WIN_SIM_SECRET=${WIN_SIM_SECRET##*/}
}

# win_sim_stop: stops the simulator (closes its stdin, waits for it). Its address then refuses
# connections: the portal is unreachable. WIN_SIM_SECRET stays set, for the checks after.
win_sim_stop() {
    if [[ -n $_win_sim_pid ]]; then
        exec 9>&-
        if ! timeout 10 tail --pid="$_win_sim_pid" -f /dev/null; then kill "$_win_sim_pid" 2>/dev/null || true; fi
        wait "$_win_sim_pid" 2>/dev/null || true
        _win_sim_pid=
    fi
}

# win_sim METHOD ROUTE [JSON]: one request to the simulator's control endpoints, e.g.
# `win_sim POST status '{"status":"dnd"}'`, `win_sim GET calls`; prints the JSON answer.
win_sim() {
    local method=$1 route=$2 body=${3:-'{}'}
    if [[ $method == POST ]]; then
        curl -sS --fail-with-body --max-time 10 -X POST -H 'Content-Type: application/json' \
            --data "$body" "$WIN_SIM_BASE/_sim/$route"
    else
        curl -sS --fail-with-body --max-time 10 "$WIN_SIM_BASE/_sim/$route"
    fi
}

# win_sim_calls [METHOD]: prints how many calls the simulator recorded (of METHOD only, e.g.
# im.user.status.set, when given) since it started or since `win_sim POST reset_calls`.
win_sim_calls() {
    win_sim GET calls | python3 -c '
import json, sys
calls = json.load(sys.stdin)
method = sys.argv[1] if len(sys.argv) > 1 else None
print(sum(1 for c in calls if method is None or c["method"] == method))' "$@"
}

# win_run [--stdin FILE] [--timeout SECONDS] PROGRAM ARGS...: runs `wine PROGRAM ARGS` (a Linux path to
# an exe, or a Windows program such as cmd) with stdin FILE (default /dev/null), stdout and stderr to
# files; sets WIN_RC, WIN_OUT, WIN_ERR (CRs removed). Gives up after SECONDS (default 120: a generous
# "it did not hang"; exit status 124 then). It fails only when the output holds the simulator's secret
# (which must never appear in any output); check the rest with win_expect_*.
win_run() {
    local stdin=/dev/null limit=120
    while [[ $# -gt 0 ]]; do
        case $1 in
            --stdin) stdin=$2; shift 2 ;;
            --timeout) limit=$2; shift 2 ;;
            *) break ;;
        esac
    done
    _win_last_cmd="wine ${*/#$WIN_REPO\//}"
    WIN_RC=0
    timeout "$limit" wine "$@" <"$stdin" >"$WIN_TMP/run.out" 2>"$WIN_TMP/run.err" || WIN_RC=$?
    WIN_OUT=$(tr -d '\r' <"$WIN_TMP/run.out")
    WIN_ERR=$(tr -d '\r' <"$WIN_TMP/run.err")
    if [[ -n $WIN_SIM_SECRET ]] && grep -qF -- "$WIN_SIM_SECRET" "$WIN_TMP/run.out" "$WIN_TMP/run.err"; then
        win_fail "the webhook's secret appears in the output of: $_win_last_cmd"
    fi
}

# win_expect_rc CODE WHAT: fails unless the last win_run exited CODE.
win_expect_rc() {
    [[ $WIN_RC == "$1" ]] || win_fail "$2: expected exit status $1, got $WIN_RC"
}

# win_expect_out TEXT WHAT: fails unless the last win_run's whole stdout is exactly TEXT.
win_expect_out() {
    [[ $WIN_OUT == "$1" ]] || win_fail "$2: expected stdout '$1'"
}

# win_expect_err PATTERN WHAT: fails unless the last win_run's stderr matches the grep -E PATTERN.
win_expect_err() {
    grep -Eq -- "$1" <<<"$WIN_ERR" || win_fail "$2: expected stderr matching '$1'"
}

# win_wait SECONDS COMMAND...: runs COMMAND every 0.2 s until it succeeds; returns 1 after SECONDS.
win_wait() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# win_reg_query KEY [VALUE]: `wine reg query KEY [/v VALUE]`, CRs removed; its exit status is reg's
# (1 when the key or value does not exist).
win_reg_query() {
    local out status=0
    if [[ $# -ge 2 ]]; then
        out=$(wine reg query "$1" /v "$2" 2>/dev/null) || status=$?
    else
        out=$(wine reg query "$1" 2>/dev/null) || status=$?
    fi
    printf '%s\n' "$out" | tr -d '\r'
    return "$status"
}

# win_path PATH: the Windows path (Z:\...) of a Linux path, through winepath.
win_path() {
    winepath -w "$1" 2>/dev/null | tr -d '\r'
}
