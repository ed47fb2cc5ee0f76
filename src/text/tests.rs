//! The catalogue against the code: every `text!` id exists, every entry is used, every file parses, and
//! the portal errors read as one actionable line.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::catalogue::{LANGUAGES, bundle, render};
use super::*;
use crate::engine::WallTime;
use crate::portal_error::PortalError;

/// Every message id the catalogue of `language` defines, with a failure for a syntax error.
fn catalogue_ids(language: &str) -> BTreeSet<String> {
    let (_, source) = LANGUAGES.iter().find(|(l, _)| *l == language).unwrap();
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("i18n/{language}.ftl: {errors:?}"));
    let mut ids = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            assert!(
                ids.insert(m.id.name.to_string()),
                "i18n/{language}.ftl repeats {}",
                m.id.name
            );
        }
    }
    ids
}

/// Every id used as `text!("id"…)` (or `{{t:id}}` in the sign-in page's HTML) under `src/`.
fn used_ids() -> BTreeSet<String> {
    fn walk(dir: &Path, ids: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, ids);
                continue;
            }
            let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).unwrap();
            let (open, close) = match ext {
                // (Spelled in two pieces so that this line is not a use itself.)
                "rs" => (concat!("text", "!("), "\""),
                "html" => ("{{t:", "}}"),
                _ => continue,
            };
            let mut rest = source.as_str();
            while let Some(at) = rest.find(open) {
                rest = &rest[at + open.len()..];
                if ext == "rs" {
                    // rustfmt may break the line after `text!(`.
                    rest = rest.trim_start();
                    let Some(quoted) = rest.strip_prefix('"') else {
                        continue;
                    };
                    rest = quoted;
                }
                let end = rest.find(close).unwrap();
                let id = &rest[..end];
                // The macro's own documentation shows the syntax with placeholder ids.
                if id != "id" && id != "…" {
                    ids.insert(id.to_string());
                }
                rest = &rest[end..];
            }
        }
    }
    let mut ids = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut ids);
    ids
}

#[test]
fn every_message_used_is_in_the_catalogue_and_every_entry_is_used() {
    let defined = catalogue_ids("en");
    let mut used = used_ids();
    // The desktop entry's and the metainfo's texts are used by the packaging files (see below).
    used.extend(
        defined
            .iter()
            .filter(|id| id.starts_with("desktop-") || id.starts_with("metainfo-"))
            .cloned(),
    );
    let missing: Vec<_> = used.difference(&defined).collect();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in code, missing in i18n/en.ftl: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "in i18n/en.ftl, used nowhere: {unused:?}"
    );
    assert!(
        used.len() > 30,
        "the scan found the messages: {}",
        used.len()
    );
}

#[test]
fn the_catalogue_loads_without_errors() {
    let b: FluentBundle<FluentResource> = bundle("en");
    for id in catalogue_ids("en") {
        let message = b.get_message(&id).unwrap();
        assert!(message.value().is_some(), "{id} has a value");
    }
}

#[test]
fn arguments_are_substituted_without_isolation_marks() {
    let line = text!("portal-timeout", host = "anna.bitrix24.com");
    assert_eq!(
        line,
        "anna.bitrix24.com did not answer in time; check your network connection, or try again later"
    );
    assert!(!line.contains(['\u{2068}', '\u{2069}']));
    assert_eq!(status_label(crate::status::Status::Dnd), "Do Not Disturb");
}

#[test]
fn portal_errors_are_one_actionable_line() {
    let samples = [
        PortalError::from_code("INVALID_CREDENTIALS", "", "profile"),
        PortalError::MissingScope,
        PortalError::from_code(
            "STATUS_ERROR",
            "Status is not available\nsecond line",
            "im.user.status.set",
        ),
        PortalError::Unreachable {
            host: "anna.bitrix24.com".into(),
            reason: crate::portal_error::ConnectFailure::Refused,
        },
    ];
    for e in samples {
        let text = portal_error(&e);
        assert!(!text.contains('\n'), "{text}");
        assert!(text.len() > 30, "{text}");
    }
    assert!(portal_error(&PortalError::MissingScope).contains("`im`"));
}

#[test]
fn server_codes_and_separators_never_break_the_rendered_line() {
    for (code, description) in [
        ("\n", ""),
        ("X", "a\u{2028}b\u{2029}c"),
        (&*"E".repeat(500), "d"),
    ] {
        let text = portal_error(&PortalError::from_code(code, description, "m"));
        assert!(!text.contains(['\n', '\u{2028}', '\u{2029}']), "{text:?}");
        assert!(text.chars().count() < 300, "{text}");
    }
}

#[test]
fn a_moment_names_today_tomorrow_the_weekday_and_then_the_date() {
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let at = |s: &str| {
        let zoned = s
            .parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned(tz.clone())
            .unwrap();
        WallTime::from_unix_millis(zoned.timestamp().as_millisecond())
    };
    // Wednesday 2 December 2026, 10:00 in Berlin.
    let now = at("2026-12-02T10:00");
    let shown = |s: &str| moment(at(s), now, &tz);
    assert_eq!(shown("2026-12-02T15:30"), "15:30");
    assert_eq!(shown("2026-12-03T09:00"), "tomorrow 09:00");
    assert_eq!(shown("2026-12-04T09:00"), "Friday 09:00");
    assert_eq!(shown("2026-12-08T09:00"), "Tuesday 09:00");
    // A week ahead is the same weekday as today: the date says which.
    assert_eq!(shown("2026-12-09T09:00"), "9 December 09:00");
    // English in the US writes the 12-hour clock.
    let us = Locale {
        catalogue: "en",
        clock_12h: true,
    };
    in_language(us, || {
        assert_eq!(shown("2026-12-02T15:30"), "3:30 PM");
        assert_eq!(shown("2026-12-03T09:05"), "tomorrow 9:05 AM");
        assert_eq!(shown("2026-12-03T00:15"), "tomorrow 12:15 AM");
        assert_eq!(shown("2026-12-02T12:00"), "12:00 PM");
    });
    // Each language its own words and order, on the 24-hour clock.
    let speak = |catalogue: &'static str, s: &str| {
        let locale = Locale {
            catalogue,
            clock_12h: false,
        };
        in_language(locale, || shown(s))
    };
    assert_eq!(speak("ru", "2026-12-09T09:00"), "9 декабря 09:00");
    assert_eq!(speak("uk", "2026-12-09T09:00"), "9 грудня 09:00");
    assert_eq!(speak("pl", "2026-12-09T09:00"), "9 grudnia 09:00");
    assert_eq!(speak("de", "2026-12-09T09:00"), "9. Dezember 09:00");
    assert_eq!(speak("es", "2026-12-02T15:30"), "15:30");
    assert!(speak("ru", "2026-12-03T09:00").starts_with("завтра"));
    assert!(speak("pt-BR", "2026-12-03T09:00").starts_with("amanhã"));
}

/// The catalogues besides English.
fn translations() -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .map(|(tag, _)| *tag)
        .filter(|tag| *tag != "en")
}

/// The variables a message's pattern uses (`$name`), selectors included.
fn variables(bundle: &FluentBundle<FluentResource>, id: &str) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Some(p) = bundle.get_message(id).and_then(|m| m.value()) {
        // The bundle keeps the parsed pattern; its AST is fluent-syntax's.
        pattern(p, &mut out);
    }
    out
}

#[test]
fn every_catalogue_has_every_message_with_the_same_arguments() {
    let english = catalogue_ids("en");
    let en = bundle("en");
    assert!(
        translations().count() >= 6,
        "the catalogues are compiled in"
    );
    for language in translations() {
        let ids = catalogue_ids(language);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "i18n/{language}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "i18n/{language}.ftl has, English lacks: {extra:?}"
        );
        let b = bundle(language);
        for id in &english {
            assert_eq!(
                variables(&b, id),
                variables(&en, id),
                "i18n/{language}.ftl: {id} uses other arguments than English"
            );
        }
    }
}

/// Renders every message of `language` with every argument given, as a text and as a number.
fn render_all(language: &str, f: impl Fn(&str, String)) {
    let b = bundle(language);
    for id in catalogue_ids(language) {
        for number in [false, true] {
            let mut args = fluent_bundle::FluentArgs::new();
            for name in variables(&b, &id) {
                if number {
                    args.set(name, 3);
                } else {
                    args.set(name, "x");
                }
            }
            let mut errors = Vec::new();
            let pattern = b.get_message(&id).unwrap().value().unwrap();
            let text = b.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{language}: {id}: {errors:?}");
            f(&id, text.into_owned());
        }
    }
}

#[test]
fn every_message_renders_in_every_language() {
    for (language, _) in LANGUAGES {
        render_all(language, |id, text| {
            assert!(
                !text.trim().is_empty() || id == "moment-today",
                "{language}: {id} is empty"
            );
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{language}: {id}");
        });
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let minutes = |catalogue: &'static str, n: u32| {
        let locale = Locale {
            catalogue,
            clock_12h: false,
        };
        in_language(locale, || text!("menu-for-minutes", minutes = n))
    };
    // One, few, many: 1 takes one form, 2–4 and 22 another, 5–20 and 25 the third; 21 is "one" in
    // Russian and Ukrainian, "many" in Polish (dwadzieścia jeden minut).
    for (language, one, few, many, twenty_one) in [
        ("ru", "1 минуту", "2 минуты", "5 минут", "21 минуту"),
        ("uk", "1 хвилину", "2 хвилини", "5 хвилин", "21 хвилину"),
        ("pl", "1 minutę", "2 minuty", "5 minut", "21 minut"),
    ] {
        assert!(
            minutes(language, 1).ends_with(one),
            "{}",
            minutes(language, 1)
        );
        assert!(
            minutes(language, 21).ends_with(twenty_one),
            "{}",
            minutes(language, 21)
        );
        assert!(
            minutes(language, 2).ends_with(few),
            "{}",
            minutes(language, 2)
        );
        assert!(minutes(language, 22).ends_with(&few.replace('2', "22")));
        assert!(
            minutes(language, 5).ends_with(many),
            "{}",
            minutes(language, 5)
        );
        assert!(minutes(language, 11).ends_with(&many.replace('5', "11")));
        assert!(minutes(language, 25).ends_with(&many.replace('5', "25")));
    }
    assert!(
        minutes("de", 1).contains("1 Minute"),
        "{}",
        minutes("de", 1)
    );
    assert!(
        minutes("de", 30).contains("30 Minuten"),
        "{}",
        minutes("de", 30)
    );
}

#[test]
fn the_pseudo_locale_accents_every_letter_of_every_message() {
    let english = bundle("en");
    let b = super::catalogue::pseudo();
    for id in catalogue_ids("en") {
        let mut args = fluent_bundle::FluentArgs::new();
        for name in variables(&english, &id) {
            args.set(name, "");
        }
        let mut errors = Vec::new();
        let pattern = b.get_message(&id).unwrap().value().unwrap();
        let text = b.format_pattern(pattern, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{id}: {errors:?}");
        assert!(
            !text.contains(|c: char| c.is_ascii_alphabetic()),
            "{id} reaches the user in plain letters: {text}"
        );
    }
}

/// A message of `language`'s catalogue, without arguments.
fn plain(language: &str, id: &str) -> String {
    let b = bundle(language);
    let pattern = b.get_message(id).unwrap().value().unwrap();
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, None, &mut errors).into_owned();
    assert!(errors.is_empty(), "{language}: {id}: {errors:?}");
    text
}

/// The desktop entry with its GenericName, Comment and Keywords in every language of the catalogue
/// (`Key[pt_BR]=`, as the Desktop Entry Specification writes locales); the other lines as they are.
fn desktop_entry(current: &str) -> String {
    let keys = [
        ("GenericName", "desktop-generic-name"),
        ("Comment", "desktop-comment"),
        ("Keywords", "desktop-keywords"),
    ];
    let mut out = String::new();
    for line in current.lines() {
        let key = line.split(['=', '[']).next().unwrap_or_default();
        let Some((_, id)) = keys.iter().find(|(k, _)| *k == key) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        if line.starts_with(&format!("{key}[")) {
            continue;
        }
        out.push_str(&format!("{key}={}\n", plain("en", id)));
        for language in translations() {
            let locale = language.replace('-', "_");
            out.push_str(&format!("{key}[{locale}]={}\n", plain(language, id)));
        }
    }
    out
}

/// The metainfo with its summary and description written from the catalogues, each element followed
/// by its translations (`xml:lang`).
fn metainfo(current: &str) -> String {
    let escape = |t: String| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let element = |indent: &str, tag: &str, id: &str| {
        let mut out = format!("{indent}<{tag}>{}</{tag}>\n", escape(plain("en", id)));
        for language in translations() {
            out.push_str(&format!(
                "{indent}<{tag} xml:lang=\"{language}\">{}</{tag}>\n",
                escape(plain(language, id))
            ));
        }
        out
    };
    let mut block = element("  ", "summary", "metainfo-summary");
    block.push_str("  <description>\n");
    block.push_str(&element("    ", "p", "metainfo-intro"));
    block.push_str("    <ul>\n");
    for id in [
        "metainfo-feature-tray",
        "metainfo-feature-shortcut",
        "metainfo-feature-timed",
        "metainfo-feature-automatic",
        "metainfo-feature-cli",
        "metainfo-feature-sign-in",
    ] {
        block.push_str(&element("      ", "li", id));
    }
    block.push_str("    </ul>\n");
    block.push_str(&element("    ", "p", "metainfo-needs"));
    block.push_str("  </description>\n");
    let start = current
        .find("  <summary")
        .expect("the metainfo has a summary");
    let end = current.find("</description>\n").expect("and a description") + 15;
    format!("{}{block}{}", &current[..start], &current[end..])
}

/// The packaging files carry every catalogue's texts; `B24_STATUS_WRITE_DESKTOP_FILES=1` (as
/// `scripts/desktop-files` sets it) writes them instead of checking them.
#[test]
fn the_desktop_entry_and_the_metainfo_carry_every_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux");
    type Writer = fn(&str) -> String;
    let files: [(&str, Writer); 2] = [
        ("io.github.b24status.B24Status.desktop", desktop_entry),
        ("io.github.b24status.B24Status.metainfo.xml", metainfo),
    ];
    for (name, write) in files {
        let path = dir.join(name);
        let current = std::fs::read_to_string(&path).unwrap();
        let wanted = write(&current);
        if std::env::var_os("B24_STATUS_WRITE_DESKTOP_FILES").is_some() {
            std::fs::write(&path, &wanted).unwrap();
        } else {
            assert!(
                current == wanted,
                "{name} is not what the catalogues say: run scripts/desktop-files"
            );
        }
    }
}

#[test]
fn a_message_a_catalogue_lacks_falls_back_to_english_one_by_one() {
    // A Russian catalogue that has only the first status: the others come in English.
    let mut partial = FluentBundle::new_concurrent(vec!["ru".parse().unwrap()]);
    partial.set_use_isolating(false);
    partial
        .add_resource(FluentResource::try_new("status-online = Онлайн\n".to_string()).unwrap())
        .unwrap();
    let english = bundle("en");
    let asked = std::cell::Cell::new(0);
    let say = |id: &str, args: &[(&str, Arg)]| {
        render(
            &partial,
            || {
                asked.set(asked.get() + 1);
                &english
            },
            id,
            args,
        )
    };
    assert_eq!(say("status-online", &[]), "Онлайн");
    assert_eq!(
        asked.get(),
        0,
        "English is not looked at for a message the language has"
    );
    assert_eq!(say("status-dnd", &[]), "Do Not Disturb");
    assert_eq!(
        say("cli-confirmed", &[("status", Arg::from("Онлайн"))]),
        "Онлайн (confirmed)"
    );
    assert_eq!(asked.get(), 2);
    // An id missing everywhere renders as itself.
    assert_eq!(say("no-such-message", &[]), "no-such-message");
}
