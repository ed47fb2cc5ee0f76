//! The catalogue against the code: every `text!` id exists, every entry is used, every file parses, and
//! the portal errors read as one actionable line.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::catalogue::{LANGUAGES, bundle};
use super::*;
use crate::engine::WallTime;
use crate::portal_error::PortalError;

/// Every message id the catalogue files of `language` define, with a failure for a syntax error.
fn catalogue_ids(language: &str) -> BTreeSet<String> {
    let (_, files) = LANGUAGES.iter().find(|(l, _)| *l == language).unwrap();
    let mut ids = BTreeSet::new();
    for (name, source) in *files {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{language}/{name}: {errors:?}"));
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                assert!(
                    ids.insert(m.id.name.to_string()),
                    "{language}/{name} repeats {}",
                    m.id.name
                );
            }
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
    let used = used_ids();
    let missing: Vec<_> = used.difference(&defined).collect();
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in code, missing in i18n/en: {missing:?}"
    );
    assert!(unused.is_empty(), "in i18n/en, used nowhere: {unused:?}");
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
    assert_eq!(shown("2026-12-09T09:00"), "2026-12-09 09:00");
}
