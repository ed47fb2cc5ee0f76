# Messages of src/tray/.

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
