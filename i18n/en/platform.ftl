# Messages of src/platform/.

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
