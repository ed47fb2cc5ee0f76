#!/usr/bin/env bash
# The command line of the real Windows exe, end to end under Wine, against the simulated portal:
#   tests/windows/e2e.sh [EXE]     (default: the release exe of `scripts/windows build`)
# --version; login from stdin, with the secret in Wine's Credential Manager and nowhere else in the
# prefix; set/get/toggle-dnd/doctor/logout with the README's exit codes, and the calls the portal saw;
# autostart on/off and the per-user Run key; stdout, stderr and exit codes through a pipe, a file, `cmd /c`
# and a batch file. Every check says what failed; the first failure ends the run with exit status 1.
set -euo pipefail

if [[ $# -ge 1 ]]; then WIN_EXE=$(realpath "$1"); fi
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ -f $WIN_EXE ]] || { echo "e2e.sh: no exe at $WIN_EXE: run scripts/windows build first" >&2; exit 1; }

trap win_teardown EXIT
win_setup
win_sim_start online
started=$SECONDS
ok() { win_log "ok: $*"; }
exe_win=$(win_path "$WIN_EXE")
cred_key='HKCU\Software\Wine\Credential Manager'
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'

# The Credential Manager's entries of b24-status (one key per credential, named after its target).
cred_entries() {
    wine reg query "$cred_key" /s 2>/dev/null | tr -d '\r' | grep -c 'b24-status' || true
}

# --- the exe starts and says its version
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$WIN_REPO/Cargo.toml" | head -n 1)
win_run "$WIN_EXE" --version
win_expect_rc 0 "--version (an exit status of 53 with no output: bcryptprimitives.dll is missing)"
win_expect_out "b24-status $version" "--version"
ok "--version says b24-status $version"

# --- signed out: get exits 3; a malformed status word exits 2 and calls nothing
win_run "$WIN_EXE" get
win_expect_rc 3 "get while signed out"
win_expect_err 'b24-status login' "get while signed out names the fix"
ok "get while signed out exits 3"
win_run "$WIN_EXE" set sleepy
win_expect_rc 2 "set with a malformed status word"
[[ $(win_sim_calls) == 0 ]] || win_fail "set sleepy and get while signed out: the portal saw calls"
ok "set sleepy exits 2, and the portal saw no call"

# --- the language: Windows' display language, which Wine takes from the Unix locale through
# setlocale; the locales are compiled into a private LOCPATH (from the locales package's sources), so
# nothing of the machine's changes. The status words `get` prints stay English.
mkdir -p "$WIN_TMP/locale"
for locale in ru_RU de_DE; do
    localedef -i "$locale" -f UTF-8 "$WIN_TMP/locale/$locale.UTF-8" ||
        win_fail "localedef cannot compile $locale.UTF-8 (scripts/deps windows installs locales)"
done
LOCPATH=$WIN_TMP/locale LANG=ru_RU.UTF-8 win_run "$WIN_EXE" -vv get
win_expect_rc 3 "get while signed out, on a Russian Windows"
win_expect_err '^b24-status: вы не вошли: выполните `b24-status login`' "get while signed out, on a Russian Windows"
# Told by GetUserPreferredUILanguages ("ru-RU"), not read from the LANG that Wine passes on.
win_expect_err 'language ru \(config: None, system: \["ru-RU"' "the language's source on a Russian Windows"
LOCPATH=$WIN_TMP/locale LANG=de_DE.UTF-8 win_run "$WIN_EXE" set dnd --for 5x
win_expect_rc 2 "a malformed duration, on a German Windows"
win_expect_err "^b24-status: '5x' ist keine Dauer" "a malformed duration, on a German Windows"
ok "a Russian and a German Windows get their language (exit codes as in English)"

# --- login: a URL as an argument is refused without echoing it; from stdin it signs in
win_run "$WIN_EXE" login "$WIN_SIM_URL"
win_expect_rc 2 "login with the URL as an argument"
printf '%s\n' "$WIN_SIM_URL" >"$WIN_TMP/url"
win_run --stdin "$WIN_TMP/url" "$WIN_EXE" login
win_expect_rc 0 "login from stdin"
grep -q '^Signed in as Anna Petrova on 127\.0\.0\.1:[0-9]* (user 7)\.$' <<<"$WIN_OUT" ||
    win_fail "login from stdin: expected 'Signed in as Anna Petrova on 127.0.0.1:PORT (user 7).'"
ok "login from stdin signs in (a URL argument is refused with exit status 2)"

# --- the secret is in the Credential Manager and nowhere else in the prefix
[[ $(cred_entries) -ge 1 ]] || win_fail "after login, $cred_key holds no b24-status credential"
# Wine keeps the registry in memory: stop it so that user.reg on disk is what the exe wrote.
wineserver -k 2>/dev/null || true
timeout 30 wineserver -w || true
grep -q 'Credential Manager' "$WINEPREFIX/user.reg" || win_fail "user.reg has no Credential Manager key"
config_files=$(find "$WINEPREFIX/drive_c/users" -name config.toml | wc -l)
[[ $config_files -ge 1 ]] || win_fail "after login, no config.toml in the prefix's user folders"
# Plain text, UTF-16 (Windows' own), and the .reg files' hex form (lines joined), of either; the scan is
# first shown to find the secret in the file it was read from.
scan='
import os, sys
secret, roots = sys.argv[1], sys.argv[2:]
forms = [secret.encode(), secret.encode("utf-16-le")]
forms += [",".join("%02x" % b for b in f).encode() for f in list(forms)]
for root in roots:
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                data = f.read().replace(b"\\\n  ", b"")
            if any(form in data for form in forms):
                print(path)'
mkdir "$WIN_TMP/control"
cp "$WIN_TMP/url" "$WIN_TMP/control/"
[[ -n $(python3 -c "$scan" "$WIN_SIM_SECRET" "$WIN_TMP/control") ]] || win_fail "the secret scan does not find the secret in its own source file"
found=$(python3 -c "$scan" "$WIN_SIM_SECRET" "$WINEPREFIX")
[[ -z $found ]] || win_fail "the secret is stored in the prefix outside the Credential Manager: ${found//$WINEPREFIX/prefix}"
ok "the secret is in the Credential Manager and in no file of the prefix (plain, UTF-16 or hex)"

# --- get, set, toggle-dnd against the portal
win_sim POST reset_calls >/dev/null
win_run "$WIN_EXE" get
win_expect_rc 0 "get"
win_expect_out online "get"
[[ $(win_sim_calls im.user.status.get) -ge 1 ]] || win_fail "get: the portal saw no im.user.status.get"
ok "get prints online, read from the portal"

win_sim POST reset_calls >/dev/null
win_run "$WIN_EXE" set dnd
win_expect_rc 0 "set dnd"
win_expect_out "Do Not Disturb (confirmed)" "set dnd"
[[ $(win_sim_calls im.user.status.set) == 1 ]] || win_fail "set dnd: the portal did not see exactly one im.user.status.set"
[[ $(win_sim GET status) == '{"status":"dnd"}' ]] || win_fail "set dnd: the portal's status is not dnd"
ok "set dnd is confirmed, one call, the portal says dnd"

win_sim POST reset_calls >/dev/null
win_run "$WIN_EXE" toggle-dnd
win_expect_rc 0 "toggle-dnd"
win_expect_out "Online (confirmed)" "toggle-dnd from dnd"
[[ $(win_sim GET status) == '{"status":"online"}' ]] || win_fail "toggle-dnd: the portal's status is not back to online"
[[ $(win_sim_calls im.user.status.set) == 1 ]] || win_fail "toggle-dnd: the portal did not see exactly one im.user.status.set"
win_run "$WIN_EXE" toggle-dnd
win_expect_rc 0 "toggle-dnd"
[[ $(win_sim GET status) == '{"status":"dnd"}' ]] || win_fail "toggle-dnd from online: the portal's status is not dnd"
ok "toggle-dnd goes back to online, then to dnd"

# --- config.toml's `language` wins over Windows' (here English); `get` stays a machine word
config=$(find "$WINEPREFIX/drive_c/users" -name config.toml | head -n 1)
cp "$config" "$WIN_TMP/config.toml.before"
{ echo 'language = "ru"'; cat "$WIN_TMP/config.toml.before"; } >"$config"
win_run "$WIN_EXE" set dnd
win_expect_rc 0 "set dnd with language = \"ru\""
win_expect_out "Не беспокоить (подтверждено)" "set dnd with language = \"ru\""
win_run "$WIN_EXE" get
win_expect_out dnd "get with language = \"ru\""
cp "$WIN_TMP/config.toml.before" "$config"
ok "language = \"ru\" in config.toml answers in Russian; get still prints dnd"

# --- doctor: every check passes
win_run "$WIN_EXE" doctor
win_expect_rc 0 "doctor while signed in"
[[ -n $WIN_OUT ]] || win_fail "doctor printed nothing on stdout"
# What Windows has: the notification area, and no word of Linux's tray protocols.
grep -q 'the Windows notification area shows the icon' <<<"$WIN_OUT" ||
    win_fail "doctor on Windows: no line about the notification area"
if grep -qiE 'StatusNotifierItem|XEmbed' <<<"$WIN_OUT$WIN_ERR"; then
    win_fail "doctor on Windows speaks of StatusNotifierItem or XEmbed"
fi
ok "doctor exits 0 ($(wc -l <<<"$WIN_OUT") lines), with the notification area and no StatusNotifierItem line"

# --- whole-process output: a pipe, a file, cmd /c, a batch file
set +e
out=$(timeout 120 wine "$WIN_EXE" get </dev/null 2>/dev/null | tr -d '\r' | cat)
status=${PIPESTATUS[0]}
err=$(timeout 120 wine "$WIN_EXE" set sleepy </dev/null 2>&1 >/dev/null | tr -d '\r' | cat)
err_status=${PIPESTATUS[0]}
set -e
[[ $out == dnd && $status == 0 ]] || win_fail "get | cat: expected 'dnd' and exit status 0, got '$out' and $status"
[[ $err_status == 2 && -n $err ]] || win_fail "set sleepy 2>&1 | cat: expected a message and exit status 2, got '$err' and $err_status"
ok "a pipe carries stdout, stderr and the exit status"
# win_run itself sends stdout and stderr to files.
win_run "$WIN_EXE" set sleepy
win_expect_rc 2 "set sleepy >file 2>file"
[[ -z $WIN_OUT && -n $WIN_ERR ]] || win_fail "set sleepy >file 2>file: expected nothing on stdout and a message on stderr"
ok "files carry stdout, stderr and the exit status"
win_run cmd /c "$exe_win" get
win_expect_rc 0 "cmd /c b24-status get"
win_expect_out dnd "cmd /c b24-status get"
win_run cmd /c "$exe_win" set sleepy
win_expect_rc 2 "cmd /c b24-status set sleepy"
[[ -n $WIN_ERR ]] || win_fail "cmd /c b24-status set sleepy: no message on stderr"
out_win=$(win_path "$WIN_TMP")\\cmd-out.txt
win_run cmd /c "$exe_win get > $out_win"
win_expect_rc 0 "cmd /c \"b24-status get > file\""
[[ $(tr -d '\r' <"$WIN_TMP/cmd-out.txt") == dnd ]] || win_fail "cmd /c \"b24-status get > file\": the file does not hold dnd"
ok "cmd /c carries stdout, stderr, the exit status and its own redirection"
printf '@echo off\r\n"%s" set sleepy 2>nul\r\necho errorlevel=%%ERRORLEVEL%%\r\n"%s" get\r\necho errorlevel=%%ERRORLEVEL%%\r\n' \
    "$exe_win" "$exe_win" >"$WIN_TMP/check.bat"
win_run cmd /c "$(win_path "$WIN_TMP/check.bat")"
win_expect_out $'errorlevel=2\ndnd\nerrorlevel=0' "a batch file (it waits for the exe and sees its %ERRORLEVEL%)"
ok "a batch file waits for the exe and sees its exit status"

# --- autostart: the per-user Run key
win_run "$WIN_EXE" autostart on
win_expect_rc 0 "autostart on"
value=$(win_reg_query "$run_key" b24-status) || win_fail "autostart on: $run_key has no b24-status value"
data=$(sed -n 's/^ *b24-status *REG_SZ *//p' <<<"$value" | sed 's/[[:space:]]*$//')
[[ $data == \"*\" ]] || win_fail "autostart on: the Run value is not a quoted path: $data"
[[ $data != *'\\?\'* ]] || win_fail "autostart on: the Run value has the \\\\?\\ verbatim prefix: $data"
path=${data#\"}
path=${path%%\"*}
linux_path=$(winepath -u "$path" 2>/dev/null | tr -d '\r')
[[ -f $linux_path && $linux_path -ef $WIN_EXE ]] || win_fail "autostart on: the Run value does not name this exe: $data"
ok "autostart on writes the Run key: a quoted path of this exe, without \\\\?\\"
win_run "$WIN_EXE" autostart off
win_expect_rc 0 "autostart off"
if win_reg_query "$run_key" b24-status >/dev/null; then win_fail "autostart off: the Run key still has a b24-status value"; fi
ok "autostart off removes the Run value"

# --- the portal unreachable: exit 5 (after the retries, within 60 s)
win_sim_stop
win_run "$WIN_EXE" get
win_expect_rc 5 "get with the portal unreachable"
ok "get with the portal unreachable exits 5"

# --- logout removes the credential; get then exits 3; logout again is fine
win_run "$WIN_EXE" logout
win_expect_rc 0 "logout"
[[ $(cred_entries) == 0 ]] || win_fail "after logout, $cred_key still holds a b24-status credential"
win_run "$WIN_EXE" get
win_expect_rc 3 "get after logout"
win_run "$WIN_EXE" logout
win_expect_rc 0 "logout when signed out"
ok "logout removes the credential; get then exits 3; a second logout exits 0"

win_log "all checks passed ($((SECONDS - started)) s after the prefix was made)"
