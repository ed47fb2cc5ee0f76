//! Which language the user reads: the config's `language`, else the system's locale, matched to a
//! catalogue by language with region fallback; and which clock the user's time format writes.
//!
//! Pure: the environment and the config are read by the callers ([`system_locales`] takes a lookup).

use unic_langid::LanguageIdentifier;

use super::catalogue::LANGUAGES;

/// The pseudo-locale: English with every letter accented, to see text that bypasses the catalogue. Only
/// chosen by name (`language = "en-XA"`); no system locale is ever matched to it.
pub const PSEUDO: &str = "en-XA";

/// The language the text is in: a catalogue, and the clock its locale writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// The catalogue's tag, as its file in `i18n/` is named ("ru", "pt-BR"), or [`PSEUDO`].
    pub catalogue: &'static str,
    /// "3:30 PM" rather than "15:30" (English in the US and a few more countries).
    pub clock_12h: bool,
}

impl Locale {
    pub const ENGLISH: Locale = Locale {
        catalogue: "en",
        clock_12h: false,
    };

    /// This language with the clock the system's time format writes, where the system says which
    /// (`None`: the language's own): the clock in the text is the one on the taskbar, also for an English
    /// display language with a 24-hour regional format or a language config.toml names. The
    /// pseudo-locale keeps its own.
    pub fn with_system_clock(self, clock_12h: Option<bool>) -> Locale {
        match clock_12h {
            Some(clock_12h) if self.catalogue != PSEUDO => Locale { clock_12h, ..self },
            _ => self,
        }
    }
}

/// Reads a language as people write it: a BCP 47 tag ("pt-BR") or a POSIX locale ("pt_BR.UTF-8@euro"),
/// in any case. `None` for `C`, `POSIX`, the empty string and anything that is not a language.
pub fn parse(text: &str) -> Option<LanguageIdentifier> {
    let name = locale_name(text);
    if name.is_empty() || is_c(text) {
        return None;
    }
    name.replace('_', "-").parse().ok()
}

/// A locale's name without its codeset and modifier, which say nothing about the language or the clock
/// ("pt_BR" of "pt_BR.UTF-8@euro").
fn locale_name(text: &str) -> &str {
    text.split(['.', '@']).next().unwrap_or_default().trim()
}

/// The C library's own locale, `C` or `POSIX` (any codeset): English words, 24-hour times.
fn is_c(text: &str) -> bool {
    let name = locale_name(text);
    name.eq_ignore_ascii_case("c") || name.eq_ignore_ascii_case("posix")
}

/// The locale the C library uses for a category: the first of `LC_ALL`, the category's variable and
/// `LANG` that is set and not empty.
fn category_locale(var: &impl Fn(&str) -> Option<String>, category: &str) -> Option<String> {
    ["LC_ALL", category, "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))
}

/// The config's `language`: a tag as [`parse`] reads it, or one of Bitrix24's own language codes
/// (`ua`, `br`, `la`: its Ukrainian, Brazilian Portuguese and Spanish). `None` for a value that is no
/// language at all; a language without a catalogue is English, as from the system.
pub fn from_setting(value: &str) -> Option<Locale> {
    let bitrix = match value.trim().to_ascii_lowercase().as_str() {
        "ua" => Some("uk"),
        "br" => Some("pt-BR"),
        "la" => Some("es"),
        _ => None,
    };
    if value.trim().eq_ignore_ascii_case(PSEUDO) {
        return Some(Locale {
            catalogue: PSEUDO,
            clock_12h: false,
        });
    }
    let tag = parse(bitrix.unwrap_or(value))?;
    Some(matched(&tag).unwrap_or(Locale::ENGLISH))
}

/// The catalogue for `tag`: the same language and region, else the same language in another region
/// (`pt-PT` → `pt-BR`, `de-AT` → `de`), else `None`.
pub fn matched(tag: &LanguageIdentifier) -> Option<Locale> {
    let catalogues = || {
        LANGUAGES
            .iter()
            .filter_map(|(name, _)| Some((*name, name.parse::<LanguageIdentifier>().ok()?)))
    };
    let exact = catalogues().find(|(_, c)| c.language == tag.language && c.region == tag.region);
    let (catalogue, _) = exact.or_else(|| {
        // The catalogue without a region (`de`) before one for a region (`pt-BR`).
        catalogues()
            .filter(|(_, c)| c.language == tag.language)
            .min_by_key(|(_, c)| c.region.is_some())
    })?;
    Some(Locale {
        catalogue,
        clock_12h: writes_12_hour_clock(tag),
    })
}

/// English where the 12-hour clock is the everyday one (CLDR's `h:mm a` for these regions); every other
/// language with a catalogue here writes 24-hour times.
fn writes_12_hour_clock(tag: &LanguageIdentifier) -> bool {
    tag.language.as_str() == "en"
        && tag
            .region
            .is_some_and(|r| ["US", "CA", "AU", "NZ", "PH", "IN"].contains(&r.as_str()))
}

/// The system's languages, most wanted first, the way gettext reads them on Linux: the locale is the
/// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; if it is `C` or `POSIX` (or none is set) that
/// is all, English; otherwise `LANGUAGE`'s colon-separated list comes first, then the locale.
pub fn system_locales(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let Some(locale) = category_locale(&var, "LC_MESSAGES") else {
        return Vec::new();
    };
    if parse(&locale).is_none() {
        return Vec::new();
    }
    let mut out: Vec<String> = var("LANGUAGE")
        .filter(|v| !v.is_empty())
        .map(|list| list.split(':').map(str::to_string).collect())
        .unwrap_or_default();
    out.push(locale);
    out
}

/// Whether the system's time format writes the 12-hour clock, on Linux as the C library formats a time:
/// from the first of `LC_ALL`, `LC_TIME`, `LANG` that is set (`C` and `POSIX` write 24-hour times);
/// `None` if none is set or it names no language.
pub fn system_clock_12h(var: impl Fn(&str) -> Option<String>) -> Option<bool> {
    let locale = category_locale(&var, "LC_TIME")?;
    if is_c(&locale) {
        return Some(false);
    }
    parse(&locale).map(|tag| writes_12_hour_clock(&tag))
}

/// Whether a Windows-style time format ("h:mm tt", "HH:mm", "H:mm 'Uhr'") writes the 12-hour clock:
/// `h` is the 12-hour hour, `H` the 24-hour one; quoted text is literal. `None` if it has no hour.
pub fn format_writes_12_hour_clock(format: &str) -> Option<bool> {
    let mut quoted = false;
    for c in format.chars() {
        match c {
            '\'' => quoted = !quoted,
            'h' if !quoted => return Some(true),
            'H' if !quoted => return Some(false),
            _ => {}
        }
    }
    None
}

/// The language to use: the config's setting if given (and valid), else the first of the system's
/// languages that has a catalogue, else English.
pub fn choose(setting: Option<&str>, system: &[String]) -> Locale {
    if let Some(locale) = setting.and_then(from_setting) {
        return locale;
    }
    system
        .iter()
        .filter_map(|text| parse(text))
        .find_map(|tag| matched(&tag))
        .unwrap_or(Locale::ENGLISH)
}

/// The language an HTTP `Accept-Language` header asks for ("pt-BR,pt;q=0.9,en;q=0.8"): the one with
/// the highest weight that has a catalogue; `None` if none has (or no header).
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut wanted: Vec<(u16, usize, LanguageIdentifier)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim().parse::<f32>().ok().map(|q| (q * 1000.0) as u16)
                })?;
            (weight > 0 && tag != "*")
                .then(|| Some((weight, order, tag.parse().ok()?)))
                .flatten()
        })
        .collect();
    // Highest weight first; among equals, the header's order.
    wanted.sort_by_key(|(weight, order, _)| (std::cmp::Reverse(*weight), *order));
    wanted.iter().find_map(|(_, _, tag)| matched(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Environment variables, as (name, value).
    type Vars<'a> = &'a [(&'a str, &'a str)];

    fn env<'a>(vars: Vars<'a>) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn catalogue(setting: Option<&str>, vars: &[(&str, &str)]) -> &'static str {
        choose(setting, &system_locales(env(vars))).catalogue
    }

    #[test]
    fn the_system_locale_is_read_in_gettexts_order() {
        assert_eq!(catalogue(None, &[("LANG", "ru_RU.UTF-8")]), "ru");
        assert_eq!(
            catalogue(
                None,
                &[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]
            ),
            "de"
        );
        assert_eq!(
            catalogue(
                None,
                &[("LC_ALL", "pl_PL.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]
            ),
            "pl"
        );
        // LANGUAGE's list comes first, its first known language wins…
        assert_eq!(
            catalogue(None, &[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "fr:uk:de")]),
            "uk"
        );
        // …but not over a C locale, and an empty variable counts as unset.
        assert_eq!(catalogue(None, &[("LANG", "C"), ("LANGUAGE", "ru")]), "en");
        assert_eq!(
            catalogue(None, &[("LC_ALL", ""), ("LANG", "es_ES.UTF-8")]),
            "es"
        );
        assert_eq!(catalogue(None, &[("LANG", "C.UTF-8")]), "en");
        assert_eq!(catalogue(None, &[("LANG", "POSIX")]), "en");
        assert_eq!(catalogue(None, &[]), "en");
        assert_eq!(catalogue(None, &[("LANG", "fr_FR.UTF-8")]), "en");
        assert_eq!(catalogue(None, &[("LANG", "no such thing!")]), "en");
    }

    #[test]
    fn a_language_falls_back_to_its_region_and_the_setting_wins() {
        assert_eq!(catalogue(None, &[("LANG", "pt_PT.UTF-8")]), "pt-BR");
        assert_eq!(catalogue(None, &[("LANG", "pt_BR.UTF-8")]), "pt-BR");
        assert_eq!(catalogue(None, &[("LANG", "de_AT.UTF-8")]), "de");
        assert_eq!(catalogue(None, &[("LANG", "ru_UA.UTF-8")]), "ru");
        assert_eq!(catalogue(None, &[("LANG", "uk_UA.UTF-8@euro")]), "uk");
        assert_eq!(catalogue(Some("es"), &[("LANG", "de_DE.UTF-8")]), "es");
        assert_eq!(catalogue(Some("pt-br"), &[]), "pt-BR");
        assert_eq!(catalogue(Some("ua"), &[("LANG", "ru_RU.UTF-8")]), "uk");
        assert_eq!(catalogue(Some("fr"), &[("LANG", "de_DE.UTF-8")]), "en");
        // A value that is no language is the config's error (store/config.rs); here it is ignored.
        assert_eq!(catalogue(Some("русский"), &[("LANG", "de_DE.UTF-8")]), "de");
        assert!(from_setting("русский").is_none());
        assert!(from_setting("C").is_none());
        assert_eq!(catalogue(Some("en-xa"), &[]), PSEUDO);
        assert_eq!(catalogue(None, &[("LANG", "en_XA")]), "en");
    }

    #[test]
    fn english_in_the_us_writes_the_12_hour_clock() {
        let locale = |vars: &[(&str, &str)]| choose(None, &system_locales(env(vars)));
        assert!(locale(&[("LANG", "en_US.UTF-8")]).clock_12h);
        assert!(!locale(&[("LANG", "en_GB.UTF-8")]).clock_12h);
        assert!(!locale(&[("LANG", "C.UTF-8")]).clock_12h);
        assert!(!locale(&[("LANG", "ru_RU.UTF-8")]).clock_12h);
        assert!(!choose(Some("de"), &["en_US.UTF-8".into()]).clock_12h);
        assert!(choose(Some("en-US"), &[]).clock_12h);
    }

    #[test]
    fn the_clock_is_the_one_the_system_formats_times_with() {
        let clock = |vars: &[(&str, &str)]| system_clock_12h(env(vars));
        // LC_TIME over LANG, LC_ALL over both; C writes 24-hour times; LC_MESSAGES is not the clock's.
        let cases: &[(Vars, Option<bool>)] = &[
            (&[("LANG", "en_US.UTF-8")], Some(true)),
            (
                &[("LANG", "en_US.UTF-8"), ("LC_TIME", "en_GB.UTF-8")],
                Some(false),
            ),
            (
                &[("LANG", "en_US.UTF-8"), ("LC_TIME", "C.UTF-8")],
                Some(false),
            ),
            (
                &[("LANG", "ru_RU.UTF-8"), ("LC_TIME", "en_US.UTF-8")],
                Some(true),
            ),
            (
                &[("LC_ALL", "de_DE.UTF-8"), ("LC_TIME", "en_US.UTF-8")],
                Some(false),
            ),
            (&[("LC_TIME", ""), ("LANG", "en_US.UTF-8")], Some(true)),
            (&[("LC_MESSAGES", "en_US.UTF-8")], None),
            (&[], None),
            (&[("LANG", "no such thing!")], None),
        ];
        for (vars, expected) in cases {
            assert_eq!(clock(vars), *expected, "{vars:?}");
        }

        // English words with a 24-hour format, and the other way round; the pseudo-locale keeps its own.
        let english = choose(None, &["en_US.UTF-8".into()]);
        assert!(!english.with_system_clock(Some(false)).clock_12h);
        assert!(english.with_system_clock(None).clock_12h);
        let german = choose(Some("de"), &[]);
        assert!(german.with_system_clock(Some(true)).clock_12h);
        assert_eq!(german.with_system_clock(Some(true)).catalogue, "de");
        assert!(
            !choose(Some("en-XA"), &[])
                .with_system_clock(Some(true))
                .clock_12h
        );
    }

    #[test]
    fn a_windows_time_format_says_its_clock_by_its_hour() {
        assert_eq!(format_writes_12_hour_clock("h:mm tt"), Some(true));
        assert_eq!(format_writes_12_hour_clock("hh:mm tt"), Some(true));
        assert_eq!(format_writes_12_hour_clock("HH:mm"), Some(false));
        assert_eq!(format_writes_12_hour_clock("H:mm"), Some(false));
        assert_eq!(format_writes_12_hour_clock("tt h:mm"), Some(true));
        // Quoted text is literal: "'h'" is no hour.
        assert_eq!(format_writes_12_hour_clock("'h' HH.mm"), Some(false));
        assert_eq!(format_writes_12_hour_clock("H:mm 'Uhr'"), Some(false));
        assert_eq!(format_writes_12_hour_clock("mm:ss"), None);
        assert_eq!(format_writes_12_hour_clock(""), None);
    }

    #[test]
    fn accept_language_takes_the_heaviest_known_language() {
        let pick = |h: &str| from_accept_language(h).map(|l| l.catalogue);
        assert_eq!(pick("pt-BR"), Some("pt-BR"));
        assert_eq!(pick("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7"), Some("de"));
        assert_eq!(pick("en;q=0.5, uk;q=0.9"), Some("uk"));
        assert_eq!(pick("ru;q=0, pl"), Some("pl"));
        assert_eq!(pick("fr, *;q=0.1"), None);
        assert_eq!(pick(""), None);
        assert_eq!(pick("garbage;;q=x,es"), Some("es"));
        assert_eq!(pick("en-XA"), Some("en"));
    }
}
