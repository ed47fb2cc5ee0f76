# Messages of src/store/.

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
