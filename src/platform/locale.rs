//! The system's languages, most wanted first, as locale names ("ru_RU.UTF-8", "pt-BR"): what
//! `text::language` matches to a catalogue when config.toml names none.

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
