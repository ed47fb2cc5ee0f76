//! The Fluent bundles, built once per process from the `.ftl` files compiled into the binary, and the
//! lookup of one message with its arguments.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The catalogue's files, per language: `(language, [(file name, text)])`. English is complete and the
/// fallback for every message.
pub const LANGUAGES: &[(&str, &[(&str, &str)])] = &[(
    "en",
    &[
        ("core.ftl", include_str!("../../i18n/en/core.ftl")),
        ("automatic.ftl", include_str!("../../i18n/en/automatic.ftl")),
        ("cli.ftl", include_str!("../../i18n/en/cli.ftl")),
        ("platform.ftl", include_str!("../../i18n/en/platform.ftl")),
        ("portal.ftl", include_str!("../../i18n/en/portal.ftl")),
        ("store.ftl", include_str!("../../i18n/en/store.ftl")),
        ("tray.ftl", include_str!("../../i18n/en/tray.ftl")),
    ],
)];

/// One argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

/// Renders message `id` with `args` in the user's language, falling back to English per message. An id
/// missing everywhere (a bug `src/text/tests.rs` catches) renders as the id itself rather than panicking.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = english();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        tracing::error!("the message catalogue has no {id}");
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!("message {id} did not render cleanly: {errors:?}");
    }
    text.into_owned()
}

/// The English bundle, parsed on first use (about 0.1 ms: the app renders a handful of lines at a time).
fn english() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| bundle("en"))
}

/// Builds the bundle of one language from its files. The files are ours and checked by the tests, so a
/// syntax error or a duplicate id is a bug, reported in the log rather than fatal.
pub fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the text goes to terminals and D-Bus menus.
    bundle.set_use_isolating(false);
    let files = LANGUAGES
        .iter()
        .find(|(lang, _)| *lang == language)
        .map_or(&[][..], |(_, files)| *files);
    for (name, source) in files {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!("{language}/{name} has syntax errors: {errors:?}");
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!("{language}/{name} repeats messages: {errors:?}");
        }
    }
    bundle
}
