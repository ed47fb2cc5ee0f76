# Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

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
