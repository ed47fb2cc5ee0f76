//! The system's languages, most wanted first, as locale names ("ru_RU.UTF-8", "pt-BR"), which
//! `text::language` matches to a catalogue when config.toml names none; and the clock its time format writes.

#[cfg(windows)]
mod windows;

/// On Windows the user's display languages (Settings → Time & language); elsewhere the locale variables
/// in gettext's order (`LC_ALL`, `LC_MESSAGES`, `LANG`, then `LANGUAGE`'s list before them), as every
/// other program of the desktop reads them. macOS apps started from Finder get no `LANG`: they speak
/// English until config.toml sets `language` (not built: this project has no macOS build).
pub fn system_languages() -> Vec<String> {
    #[cfg(windows)]
    {
        let languages = windows::ui_languages();
        if !languages.is_empty() {
            return languages;
        }
    }
    crate::text::language::system_locales(|name| std::env::var(name).ok())
}

/// Whether the user's time format writes the 12-hour clock: on Windows the regional format's short time
/// (Settings → Time & language → Region, which may differ from the display language); elsewhere the
/// C library's `LC_TIME` in its order. `None` if the system does not say.
pub fn system_clock_12h() -> Option<bool> {
    #[cfg(windows)]
    {
        if let Some(clock_12h) = windows::short_time_clock_12h() {
            return Some(clock_12h);
        }
    }
    crate::text::language::system_clock_12h(|name| std::env::var(name).ok())
}
