### The English catalogue of b24-status: every text a person reads, and the reference for the
### other languages (i18n/<tag>.ftl, the same ids and variables). Its sections follow the code.
### A message a catalogue lacks is shown in English.

### The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Do Not Disturb
status-away = Away
status-break = Break
status-unknown-word = unknown status '{ $word }': use online, dnd, away or break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' is not a duration: write it like 45m, 1h30m, 90s or 2h
when-zero = a duration of zero: give one like 45m or 1h
when-not-a-moment = '{ $text }' is not a time: write it like 15:30, "tomorrow 09:00" or 2026-12-01T15:30:00+01:00
when-in-the-past = that time has already passed: give a later one (tomorrow's as "tomorrow 09:00")
when-too-far = more than { $days } days ahead: a timed status lasts at most { $days } days (leave out --for and --until to keep it until you change it)
# A moment shown to the user: today as the clock time alone; tomorrow and later with the day: its name
# within the coming week ($weekday: one of the weekday-* below), else the date ($date: a date-day-month).
moment-today = { $time }
moment-tomorrow = tomorrow { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
# The clock time: $hour (00–23) and $minute (00–59) with their leading zeros. The languages here all
# write the 24-hour clock; English in the US, Canada, Australia, New Zealand, the Philippines and India
# writes time-of-day-12h instead ($hour12: 1–12 without a leading zero, $half: am or pm).
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year ($day: 1–31, $month: one of the month-* below, as the date needs it).
date-day-month = { $day } { $month }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## Portal errors: one line each, with the fix

portal-rejected = the portal rejected the webhook ({ $code }): it was deleted, blocked or re-keyed; create a new inbound webhook in Bitrix24 and run `b24-status login`
portal-missing-scope = the webhook lacks the `im` scope: in Bitrix24 open Applications → Developer resources → your inbound webhook, tick `im` (Chat and notifications), save, and run `b24-status login` again
portal-rate-limited = the portal's rate limit was reached ({ $code }); wait a minute and try again
portal-overloaded = Bitrix24 has blocked REST access for this portal (OVERLOAD_LIMIT); ask your Bitrix24 administrator or support
portal-access-denied = the portal's plan does not include REST access (ACCESS_DENIED); ask your Bitrix24 administrator
portal-deleted = the portal is deleted or closed (PORTAL_DELETED); check the address with your administrator
portal-method-not-found = the portal does not know the method { $method } (ERROR_METHOD_NOT_FOUND): its messenger module may be off or too old; ask your administrator
portal-refused = the portal refused the request ({ $code }: { $description }); this is a bug in b24-status, please report it
portal-server-error = the portal had an internal error ({ $code }); try again in a minute
portal-unreachable = cannot reach { $host }: { $reason }; check your network connection and the portal address
portal-timeout = { $host } did not answer in time; check your network connection, or try again later
portal-dropped = the connection to { $host } dropped before the answer arrived; try again
portal-truncated = the answer from { $host } was cut short; try again
portal-not-bitrix = { $host } answered HTTP { $status } with { $body } instead of Bitrix24 data (a proxy or an outage); try again later
portal-not-confirmed = the portal answered without confirming the change (result: { $result }); try again
portal-bad-redirect = the portal moved, but its new address { $problem }; sign in again with the new webhook URL

## Pieces of the lines above

connect-refused = the connection was refused
connect-timed-out = the connection timed out
connect-network-unreachable = the network is unreachable
connect-name-not-resolved = the name could not be resolved
connect-tls = a secure (TLS) connection could not be made
connect-other = the connection failed
body-empty = an empty body
body-web-page = a web page
body-unreadable = unreadable data
redirect-loop = keeps redirecting
redirect-no-location = was not given
redirect-invalid-url = is not a valid URL
redirect-not-https = is not HTTPS
redirect-not-webhook = is not a webhook URL
redirect-other-webhook = belongs to another webhook

### Messages of src/portal/.

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = no webhook URL was given: paste the URL of your inbound webhook
webhook-not-a-url = this is not a webhook URL: expected https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = the URL must start with https:// (it was { $scheme }://)
webhook-insecure-http = HTTPS is required: an http:// webhook would send its secret in clear text (only loopback addresses may use http)
webhook-no-rest-path = the URL has no /rest/<user id>/<code>/ part: copy the whole webhook URL from Bitrix24
webhook-no-user-id = the webhook URL has no user id after /rest/: copy the whole webhook URL from Bitrix24
webhook-no-secret = the webhook URL has no secret code after the user id: copy the whole webhook URL from Bitrix24
webhook-bad-secret = the webhook code has characters Bitrix24 never uses: copy the URL again
webhook-trailing-path = the webhook URL has extra parts after the method name: copy the URL again

## The HTTP client (src/portal/client.rs)

client-init-failed = the HTTP client could not start: TLS or proxy setup failed
client-init-failed-because = the HTTP client could not start: TLS or proxy setup failed ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = an answer far larger than Bitrix24 ever sends (reading stopped at 1 MiB)

### Messages of src/store/.

## Files (src/store/files.rs)

file-no-home = cannot find ~: the home folder is unknown (HOME is not set)
file-cannot-read = cannot read { $path }: { $reason }
file-cannot-write = cannot write { $path }: { $reason }
file-cannot-remove = cannot remove { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = the config file { $path } is not valid: { $message }; fix or delete it
config-invalid-at-line = the config file { $path } is not valid at line { $line }: { $message }; fix or delete it
config-poll-interval-range = poll_interval_secs must be between 1 and 86400
config-morning-invalid = morning must be a time like "09:00" (24-hour), not "{ $value }"
config-weekend-day-invalid = weekend_days takes day names like "saturday" and "sunday", not "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" keeps Do Not Disturb on until you turn it off)
config-file-header = b24-status settings. The webhook secret is not here: it is in the OS keyring.
# The written file's comments: each setting is written with its default, commented out.
config-file-defaults = A line starting with # is a comment; a setting commented out shows its default. Top-level settings go above the first [table].
config-about-language = The language of the menu and the messages, like "ru", "uk", "de", "pl", "es", "pt-BR" or "en"; left out, the system's language (LANG) is used.
config-language-invalid = language must be a language code like "ru", "de" or "pt-BR", not "{ $value }"
config-about-poll-interval = How often the tray reads your status, in seconds (1 to 86400).
config-about-dnd-shortcut = The keys that toggle Do Not Disturb, like "Ctrl+Alt+Shift+D"; "" turns the shortcut off.
config-about-dnd-shortcut-for = How long the shortcut turns Do Not Disturb on for, like "1h" or "30m"; "" until you turn it off.
config-about-morning = When "Until tomorrow morning" ends, on your clock (24-hour).
config-about-weekend-days = The days "Until tomorrow morning" skips; [] skips none.
config-about-account = Who is signed in: written by b24-status at sign-in and sign-out.
# A top-level setting found inside a table (as when a line is appended after [account]); $setting and $table are config keys.
config-setting-in-table = `{ $setting }` is a top-level setting: move it above `[{ $table }]`
# A setting of a table found at the top level (as `away_when_locked = false` written above [automatic]).
config-setting-needs-table = `{ $setting }` belongs in the `[{ $table }]` table: move it below the line `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = ignoring the broken file { $path }: { $message }; it is replaced at your next change

## The keyring (src/store/keyring.rs)

keyring-unavailable = no keyring is available ({ $store } cannot be reached): { $fix }
keyring-locked = { $store } is locked: unlock it (for example with your desktop's Passwords and Keys app) and try again
keyring-busy = { $store } was busy with another change to this entry and did not answer in time: try again in a moment
keyring-corrupt = the keyring entry for { $account } is unreadable: run `b24-status logout`, then `b24-status login`
keyring-failed = { $store } refused the operation: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = the Secret Service keyring
keyring-store-macos = the macOS Keychain
keyring-store-windows = the Windows Credential Manager
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = start GNOME Keyring or KeePassXC (with Secret Service integration) in your desktop session, then try again
keyring-fix-session = check that your user session is fully started, then try again

### Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Set your Bitrix24 chat status: Online, Do Not Disturb, Away
cli-long-about =
    Set your Bitrix24 chat status — Online, Do Not Disturb, Away — from the tray or the command line.
    Without a command, b24-status runs in the tray. Every status it shows is one the portal confirmed.
cli-after-help = Exit codes: 0 ok, 1 other failure, 2 usage, 3 not signed in, 4 webhook rejected or lacking the `im` scope, 5 portal unreachable or unavailable.
cli-verbose-help = More detail on stderr (-v info, -vv debug, -vvv trace). Secrets are never logged
cli-quiet-help = Only errors on stderr
cli-login-about = Sign in with an inbound-webhook URL (scope `im`), read from the terminal (hidden) or one line of stdin
cli-logout-about = Remove the webhook from the keyring and the portal from the config. Safe to repeat
cli-set-about = Set the status; succeeds only once the portal confirms it
cli-set-status-help = online, dnd, away or break
cli-for-help = For a while, then back to the status before: 45m, 1h30m, 90s, 2h (at most 7 days)
cli-until-help = Until a time, then back to the status before: 15:30, "tomorrow 09:00", or an RFC 3339 time
cli-json-help = Print one JSON object: status, until and then (of a timed status, else null), confirmed_at
cli-cancel-timer-about = Keep the current status and drop its timed end
cli-get-about = Print the current status as one word: online, dnd, away, break or unknown
cli-toggle-dnd-about = Do Not Disturb → the status before it (else online); anything else → Do Not Disturb
cli-doctor-about = Check the keyring, the config, the portal, the webhook and its `im` scope, with a fix for each problem
cli-demo-about = Run the tray signed in to a built-in simulated portal: try b24-status without a Bitrix24 account
cli-autostart-about = Start the tray when you log in: on, off, or status (which executable the entry starts)
cli-autostart-action-help = What to do: on, off or status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = do not pass the webhook URL as an argument (it would be kept in your shell history and visible to other programs): run `b24-status login` and paste it when asked

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (confirmed)
cli-confirmed-until = { $status } until { $until } — then { $then } (confirmed)
cli-revert-needs-tray = It goes back to { $then } at { $until } while b24-status runs in the tray: start it with `b24-status`.
cli-cancel-timer-done = { $status } stays until you change it: it no longer ends at { $until }.
cli-cancel-timer-nothing = No timed status to cancel.
cli-portal-moved = The portal moved to { $portal }; the new address is saved.
cli-login-hint = Create an inbound webhook with the `im` scope in Bitrix24 (Applications → Developer resources → Other → Inbound webhook).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Paste its URL (input is hidden):{ " " }
cli-logout-nothing = Not signed in; nothing to remove.
cli-logout-done = Signed out of { $portal }: the webhook was removed from the keyring.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (not created yet: defaults)
doctor-keyring-reachable = reachable
doctor-signed-in = { $name } on { $portal } (keyring account { $account })
doctor-portal-answers = { $portal } answers
doctor-webhook-accepted = accepted for { $name } (user { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = granted (status: { $status })
doctor-shortcut-in-tray = registered by the running b24-status, which does not report it on this system: its menu's shortcut line says whether it works
doctor-shortcut-tray-unreadable = the running b24-status did not say what became of its shortcut (an older version?): restart it, then run doctor again
doctor-shortcut-tray-silent = the running b24-status did not answer about its shortcut ({ $error }): restart it, then run doctor again
doctor-shortcut-wayland-no-tray = on Wayland the tray binds the shortcut through the desktop's shortcuts portal when it starts: start b24-status, then run doctor again
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = Away when the screen locks: listening to { $sources }
doctor-lock-no-source = Away when the screen locks: no screen-lock source found (logind's session, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); lock with your desktop's own locker, or start a locker that tells logind, such as xss-lock or light-locker
# $server and $version as the sound server names itself ("pulseaudio 16.1", "PulseAudio (on PipeWire 0.3.65) 15.0.0"); $socket, $sockets: file paths.
doctor-calls-server = Do Not Disturb in calls: listening to { $server } { $version } at { $socket }
doctor-calls-no-server = Do Not Disturb in calls: no sound server answers (looked at { $sockets }), so the microphone cannot be followed: start your desktop's sound server — PipeWire's pipewire-pulse (`systemctl --user start pipewire-pulse.socket`) or PulseAudio (`pulseaudio --start`) — and the tray finds it within five minutes
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = Do Not Disturb in calls: the sound server at { $socket } refused the connection ({ $error }): PulseAudio wants its cookie, ~/.config/pulse/cookie or the file PULSE_COOKIE names, readable by you; restart the sound server (`pulseaudio -k`), then run doctor again
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name (X11 SYNC IDLETIME, org.gnome.Mutter.IdleMonitor).
doctor-idle-source = Away after { $after } without input: listening to { $source }
doctor-idle-logind = Away when idle: following logind's session IdleHint, whose idle time your desktop sets (its idle or screen-blank delay), not away_after_idle = "{ $after }"; on X11 or GNOME the tray counts away_after_idle itself
doctor-idle-no-source = Away when idle: no idle source found (the X server's SYNC IDLETIME counter, org.gnome.Mutter.IdleMonitor, logind's session IdleHint); on sway or another wlroots desktop run `swayidle idlehint 600` so that logind knows when you are idle, or rely on Away when the screen locks
doctor-presenting-x11 = Do Not Disturb when presenting: following the active window's full-screen state (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); a shared screen is not seen yet
doctor-presenting-no-wm = Do Not Disturb when presenting: the window manager does not say which window is active and full screen (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN in _NET_SUPPORTED); use a window manager that does (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox, i3 all do), and the tray follows it as soon as it runs
doctor-presenting-wayland = Do Not Disturb when presenting: on Wayland no program can see which window is full screen, and a shared screen is not seen yet; set Do Not Disturb yourself while you present (the shortcut, or `b24-status set dnd --for 1h`)
doctor-presenting-no-display = Do Not Disturb when presenting: no X display to read the active window from (DISPLAY is not set or does not answer); run b24-status in your desktop session
# $meetings: how many busy meetings the calendar has from now to the end of tomorrow.
doctor-calendar-read = { $meetings ->
    [one] the calendar answers: { $meetings } busy meeting today or tomorrow
   *[other] the calendar answers: { $meetings } busy meetings today or tomorrow
}
doctor-needs-scope-calendar = the webhook lacks the `calendar` scope, so Do Not Disturb in meetings is off: in Bitrix24 open Applications → Developer resources → your inbound webhook, tick `calendar` and save (the same webhook URL keeps working): the tray follows within 15 minutes
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = the work day is { $day }
doctor-needs-scope-timeman = the webhook lacks the `timeman` scope, so following the work day is off: in Bitrix24 open Applications → Developer resources → your inbound webhook, tick `timeman` (Work time) and save (the same webhook URL keeps working): the tray follows at its next poll
doctor-rule-not-built = this version has no signal source for this rule yet: it is kept in config.toml but changes nothing
doctor-needs-sign-in = needs a sign-in
doctor-needs-webhook-code = needs the webhook code
doctor-needs-keyring = needs the keyring
doctor-needs-portal = needs the portal
doctor-needs-accepted-webhook = needs an accepted webhook

## What a command ends with (src/error.rs)

error-not-signed-in = not signed in: run `b24-status login` and paste your inbound webhook URL
error-secret-missing = signed in as { $account }, but the keyring has no webhook code for it: run `b24-status login` again
error-input = could not read the webhook URL: { $reason }
error-tray-keeps-trying = the portal has not answered yet; the running b24-status keeps trying
error-tray-keeps-trying-after = not confirmed yet: { $error }; the running b24-status keeps trying

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = the running b24-status did not answer ({ $reason }); quit it and try again
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = no answer within { $seconds } s
ipc-silence-closed = it closed the connection
ipc-silence-unreadable = an unreadable answer
ipc-already-running = another b24-status is already running
ipc-bind = cannot open the control socket { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } is served by another user's program (uid { $uid }), not by your b24-status: quit that program or remove the file, or set XDG_RUNTIME_DIR to a folder only you can write
ipc-not-private = no control socket in { $path } ({ $reason }): only a folder of yours that nobody else can write will do
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = gave up waiting for the running b24-status ({ $reason }); the change may still be applied: run `b24-status get` to see the status

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = { $name } is held by a program that does not let you in (another user's, or one started as administrator), not by your b24-status: quit that program, or restart Windows

## The session: signing in and out (src/session/)

login-signed-in = Signed in as { $name } on { $portal } (user { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Usage:
cli-usage-options = OPTIONS
cli-usage-command = COMMAND
cli-commands-heading = Commands
cli-options-heading = Options
cli-arguments-heading = Arguments
cli-help-help = Print help (-h a summary, --help all of it)
cli-version-help = Print the version
# The placeholders of values in the help ("--for <DURATION>"): one word, capitals as in English if your language has them.
cli-value-duration = DURATION
cli-value-time = TIME
cli-value-status = STATUS
cli-value-action = ACTION

## A command line that cannot be read (src/cli/args.rs); $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' is not valid for { $arg }: { $reason }
cli-error-valid-values = use one of { $values }
cli-error-unknown-command = '{ $command }' is not a command: see `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' is not a command: did you mean '{ $suggested }'?
cli-error-unknown-option = '{ $option }' is not an option here: see `b24-status --help`
cli-error-unknown-option-suggest = '{ $option }' is not an option here: did you mean '{ $suggested }'?
cli-error-missing = { $arg } is missing: see `b24-status --help`
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-missing-command = a command is missing: see `b24-status --help`
cli-error-values = { $arg } was given the wrong number of values: see `b24-status --help`
cli-error-other = the command line is not valid: see `b24-status --help`

### Messages of src/tray/.

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Demo portal (simulated)
menu-header-signed-out = Not signed in
menu-starting = Starting…
menu-shortcut-starting = Shortcut: starting…
menu-sign-in = Sign in…
menu-sign-out = Sign out
# The state in words too: GNOME's AppIndicator menu draws no check box for an unchecked item.
menu-start-at-login-on = Start at login: on
menu-start-at-login-off = Start at login: off
menu-quit = Quit
# The timed choices: two submenus below the statuses, and their items.
menu-dnd-for = Do Not Disturb for…
menu-away-for = Away for…
menu-for-minutes = { $minutes ->
    [one] For { $minutes } minute
   *[other] For { $minutes } minutes
}
menu-for-hours = { $hours ->
    [one] For { $hours } hour
   *[other] For { $hours } hours
}
menu-until-morning = Until tomorrow morning
menu-until-turned-off = Until I turn it off

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Keyring locked — unlock it
status-line-keyring-busy = Keyring busy — trying again
status-line-no-keyring = No keyring — run b24-status doctor
status-line-bad-config = Config file broken — run b24-status doctor
status-line-signed-out = Sign in to set your status
status-line-missing-scope = Webhook lacks the im scope — sign in again
status-line-rejected = Webhook rejected — sign in again
status-line-setting = Setting { $status }…
status-line-not-set = { $status } not set — { $reason }
status-line-not-read = Status not read — { $reason }
status-line-connecting = Connecting…
status-line-break = Break — confirmed { $at }
status-line-no-status = No status on the portal — checked { $at }
status-line-confirmed = Confirmed { $at }
# A timed status: what it is, when it ends ($until: "15:30", "tomorrow 09:00") and what follows.
status-line-until = { $status } until { $until } — then { $then }
# The revert of a timed status whose moment passed while no tray ran, applied at start ($at: "15:30").
status-line-ended-while-away = { $status } ended at { $at } while b24-status was not running
status-line-portal-busy = Portal busy — retrying
status-line-offline = Offline — retrying
# A choice the last run left pending, too old to apply ($hours is a number, $status a status label).
status-line-dropped-choice = Dropped a { $hours }-hour-old choice ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = REST blocked by Bitrix24
status-line-reason-access-denied = no REST access on this plan
status-line-reason-portal-deleted = portal deleted
status-line-reason-method-not-found = portal too old
status-line-reason-bad-redirect = portal moved — sign in again
status-line-reason-refused = portal refused
status-line-reason-rate-limited = portal busy, trying again later
status-line-reason-other = portal unavailable

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status is already running.
tray-demo-failed = the demo portal could not start: { $error }
tray-demo-no-simulator = b24-status-sim was not found beside b24-status (build it with `cargo build -p b24-status-sim`)
tray-demo-no-url = the simulator printed no webhook URL
tray-worker-failed = the worker thread could not start: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: sign in again
notice-not-set-yet = { $status } is not set yet
notice-keeps-trying = { $reason } b24-status keeps trying and sets it as soon as the portal answers.
notice-could-not-set = Could not set { $status }
notice-no-tray = b24-status has no tray to show its icon in
notice-broken-file = b24-status ignored a broken file
notice-runs-on-defaults = b24-status runs on defaults
notice-autostart-unchanged = Start at login was not changed
notice-rule-unchanged = The automatic rule was not changed
notice-sign-in-page-failed = Could not open the sign-in page
notice-sign-in-page-failed-body = The local page could not start: { $error }. Run `b24-status login` in a terminal instead.
notice-no-browser = Could not open a browser
notice-no-browser-body = Run `b24-status login` in a terminal to sign in.
notice-sign-out-failed = Sign-out did not complete
# The portal confirmed the revert of a timed status: "Do Not Disturb ended — you are Online".
notice-timed-ended = { $status } ended — you are { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = This sign-in page has closed.
signin-closed-reopen = This sign-in page has closed. Open it again from the b24-status menu.
signin-signed-in = Signed in.
signin-details-hidden = the sign-in failed, and the details are not shown because they contain the webhook's secret code
signin-no-random = the OS random number generator failed: { $error }
# A refused sign-in, worded for the page (where the terminal's wording names a command): what to do there.
signin-page-error-rejected = the portal rejected this webhook ({ $code }): it was deleted, blocked or re-keyed; create a new inbound webhook in Bitrix24 and paste its URL here
signin-page-error-missing-scope = this webhook lacks the im scope (Chat and notifications): in Bitrix24 open Applications → Developer resources → your inbound webhook, tick im, save, then press Sign in here again
signin-page-error-keyring-corrupt = the keyring entry for { $account } is unreadable: delete the b24-status entries in your system's password manager (such as Passwords and Keys), then press Sign in here again

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Sign in to Bitrix24 — b24-status
signin-page-heading = Sign in to Bitrix24
signin-page-how = In your Bitrix24 portal open **Applications → Developer resources → Other → Inbound webhook**, tick the scope `im` (Chat and notifications), save, and copy the webhook URL.
signin-page-example = It looks like `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status checks it with your portal and keeps its secret code in your system keyring.
signin-page-url-label = Webhook URL
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Sign in
signin-page-show-url = Show the URL
signin-page-close-tab = You can close this tab.
# Shown by the page's script; $status is the HTTP status code, filled in by the script.
signin-page-checking = Checking…
signin-page-refused = The sign-in page refused the request (HTTP { $status }). Open it again from the b24-status menu.
# The page serves a few connections at a time; more are answered HTTP 503.
signin-page-busy = The sign-in page is busy with too many connections. Wait a moment, then press Sign in again.
signin-page-gone = b24-status is no longer waiting for this page (it closes after 10 minutes or once you are signed in). Open it again from the b24-status menu.

### Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Automatic status: rules that set your status by themselves. A status you choose yourself always wins until the rule's condition starts again.
automatic-about-locked = Away while the screen is locked; back to your status when you unlock it.
automatic-about-idle = Away after this long without keyboard or mouse input, like "10m" (1 minute to 24 hours); "" turns it off.
automatic-about-calls = Do Not Disturb while another program uses the microphone or the camera.
automatic-about-presenting = Do Not Disturb while a window is full screen or your screen is shared.
automatic-about-meetings = Do Not Disturb during your Bitrix24 calendar meetings marked busy (the webhook needs the calendar scope).
automatic-about-work-time = Follow your Bitrix24 work day: paused is Break, closed is Away, started is Online (the webhook needs the timeman scope).
config-idle-invalid = away_after_idle: { $reason } ("" turns it off)
config-idle-range = give between 1m and 24h, not '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatic
menu-rule-locked = Away when the screen is locked
menu-rule-idle = { $minutes ->
    [one] Away after { $minutes } minute idle
   *[other] Away after { $minutes } minutes idle
}
menu-rule-calls = Do Not Disturb in calls
menu-rule-presenting = Do Not Disturb when presenting
menu-rule-meetings = Do Not Disturb in calendar meetings
menu-rule-work-time = Follow my Bitrix24 work day
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — needs the { $scope } scope

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatic)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "tomorrow 09:00").
status-line-meeting = { $status } — in "{ $name }" until { $until }
reason-locked = screen locked
reason-idle = idle
reason-in-call = in a call
reason-presenting = presenting
reason-work-day-opened = work day started
reason-work-day-paused = work day paused
reason-work-day-closed = work day closed

### Messages of src/platform/.

## The Do Not Disturb shortcut: the menu's line ($keys as the user or the desktop wrote it, e.g. Ctrl+Alt+Shift+D)

shortcut-active = { $keys } toggles Do Not Disturb
shortcut-off = No shortcut (dnd_shortcut is empty)
shortcut-invalid = Shortcut “{ $keys }” is not valid — see doctor
shortcut-taken = { $keys } is taken by another program
shortcut-unavailable = No global shortcut here — see doctor
shortcut-binding = Shortcut: waiting for the desktop…
# doctor's line for a shortcut the desktop bound through its GlobalShortcuts portal (Wayland).
shortcut-ok-portal = { $keys } toggles Do Not Disturb (bound by the desktop's shortcuts portal)

## The shortcut's problem, with the fix (doctor and the log); $why is one of the reasons below

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" is not a shortcut: write it like "Ctrl+Alt+Shift+D" (modifiers Ctrl, Alt, Shift, Super) or leave it empty
shortcut-problem-taken = { $keys } is taken by another program: set another dnd_shortcut in config.toml (for example "Ctrl+Alt+Shift+B") and restart b24-status, or bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings
shortcut-problem-binding = the desktop has not bound { $keys } yet: answer its dialog about b24-status's shortcut, or bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings
shortcut-problem-unavailable = { $why }: bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings instead (see the README)

## Why there is no global shortcut

shortcut-why-wayland = this Wayland desktop offers no global shortcuts portal (GlobalShortcuts), and Wayland lets no program grab a key itself
shortcut-why-portal-refused = the desktop did not bind the shortcut (its dialog was cancelled or refused; restart b24-status to be asked again)
shortcut-why-portal-failed = the desktop's shortcuts portal failed ({ $reason })
shortcut-why-portal-closed = the desktop ended b24-status's shortcut session (restart b24-status to bind it again)
shortcut-why-no-x11-display = there is no X11 display to grab the shortcut on
shortcut-why-not-supported = global shortcuts cannot be used here
shortcut-why-not-registered = the shortcut could not be registered
x11-no-key-name = X11 has no name for this key
x11-no-display = no X11 display
x11-no-such-key = this keyboard has no such key
x11-no-answer = the X server did not answer
x11-no-thread = no thread for the shortcut

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Toggle Do Not Disturb

## Is there a tray to show the icon in? (doctor, the log, a notification)

tray-host-status-notifier = a StatusNotifierItem host is running
tray-host-xembed = an XEmbed system tray is running
# Windows (src/platform/tray_host.rs).
tray-host-notification-area = the Windows notification area shows the icon (if it is hidden behind the ^ arrow, drag it onto the taskbar)
tray-host-none = no system tray on this desktop: the icon cannot be shown; on GNOME install the AppIndicator extension (gnome-shell-extension-appindicator), or use the b24-status commands
tray-host-no-display = no graphical session to show a tray icon in (DISPLAY is not set or the display server does not answer); the b24-status commands work without one

## Starting the tray binary (Linux)

exec-failed = the tray ({ $path }) could not be started: { $error }; reinstall b24-status
exec-no-path = this program's path is unknown: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Start at login: off
autostart-on = Start at login: on ({ $location })
autostart-stale = Start at login: on, but it starts { $program } — run b24-status autostart on to fix it
autostart-starts-not-an-entry = no program (the file is not a desktop entry)
autostart-starts-no-exec = no program (the entry has no Exec line)
autostart-starts-unreadable = `{ $exec }`, which cannot be read
autostart-location-elsewhere = your desktop's startup programs
autostart-location-login-items = the login items
# The Comment of the desktop entry written on Linux (shown in the desktop's startup settings).
autostart-entry-comment = Bitrix24 chat status in the tray

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Start the tray at login (for this executable); also fixes an entry that starts another one
autostart-action-off-help = Do not start at login; safe to repeat
autostart-action-status-help = Print whether b24-status starts at login, and which executable it starts

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = cannot find your config folder (HOME is not set): set HOME and try again
autostart-error-current-exe = cannot find the path of the running b24-status ({ $reason }): start it by its full path and try again
autostart-error-unsupported-path = cannot put { $path } into { $location }: { $why }; move b24-status to a folder with a plainer name and run `b24-status autostart on` again
autostart-error-file = { $error } (check that you own that file and its folder, then try again)
autostart-error-platform = cannot change { $location }: { $reason } (check that you may write there, then try again)
autostart-error-not-confirmed = { $location } was written, but reading it back it does not start { $exe }: remove it and run `b24-status autostart on` again
autostart-error-unsupported = start at login is not supported on this system: add b24-status to your desktop's startup programs by hand

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = the path is not valid text (UTF-8)
autostart-path-control = the path contains a control character
autostart-path-percent = GNOME and other desktops built on GLib skip an autostart entry whose program path contains %
autostart-path-xml = the path contains &, < or >, which the LaunchAgent cannot hold

### The desktop entry and the AppStream metainfo (packaging/linux/), written from every catalogue by
### `scripts/desktop-files` and checked by src/text/tests.rs: software centres and menus show these.

desktop-generic-name = Chat Status
desktop-comment = Set your Bitrix24 chat status: Online, Do Not Disturb, Away
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;status;presence;DND;Do Not Disturb;away;chat;
metainfo-summary = Set your Bitrix24 chat status from the tray
metainfo-intro = Set your Bitrix24 chat status — Online, Do Not Disturb, Away — in one click or one keystroke, and always see the status the portal actually confirmed.
metainfo-feature-tray = A tray icon whose colour shows your confirmed status, with a menu to change it
metainfo-feature-shortcut = A global shortcut (Ctrl+Alt+Shift+D by default) that toggles Do Not Disturb
metainfo-feature-timed = Do Not Disturb or Away for a while — 30 minutes, an hour, until tomorrow morning — that ends by itself
metainfo-feature-automatic = Automatic status: Away when the screen locks, Do Not Disturb in calls and calendar meetings
metainfo-feature-cli = A command line for scripts and desktop shortcuts: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Sign-in with an inbound webhook; its secret is kept only in your keyring
metainfo-needs = It needs a tray host (on GNOME, the AppIndicator extension) and a Secret Service keyring such as GNOME Keyring or KeePassXC.
