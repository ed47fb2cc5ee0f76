//! The Fluent bundles, built once per process from the catalogue files compiled into the binary, the
//! language they are spoken in, and the lookup of one message with its arguments.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::language::{Locale, PSEUDO};

// The catalogue, per language: `(language, text of i18n/<language>.ftl)`, English first (build.rs writes
// it from the files of `i18n/`). English is complete and the fallback for every message.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

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

/// The language the app speaks, set once the config is read ([`set_language`]); until then the
/// system's. Unit tests speak English whatever the machine's locale.
static ACTIVE: RwLock<Option<Locale>> = RwLock::new(None);

thread_local! {
    /// A language for this thread alone, for a while ([`in_language`]): the sign-in page answers in the
    /// browser's language.
    #[allow(
        clippy::missing_const_for_thread_local,
        reason = "already const: clippy's false positive on targets without native TLS, such as \
                  x86_64-pc-windows-gnu (rust-clippy#17566)"
    )]
    static THREAD: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// Speaks `locale` from now on (the config's `language` or the system's, see [`super::language`]).
pub fn set_language(locale: Locale) {
    *ACTIVE.write().unwrap_or_else(|e| e.into_inner()) = Some(locale);
}

/// The language messages are rendered in on this thread now.
pub fn current() -> Locale {
    if let Some(locale) = THREAD.get() {
        return locale;
    }
    if let Some(locale) = *ACTIVE.read().unwrap_or_else(|e| e.into_inner()) {
        return locale;
    }
    if cfg!(test) {
        return Locale::ENGLISH;
    }
    let var = |name: &str| std::env::var(name).ok();
    super::language::choose(None, &super::language::system_locales(var))
        .with_system_clock(super::language::system_clock_12h(var))
}

/// Runs `f` with this thread's messages in `locale`.
pub fn in_language<R>(locale: Locale, f: impl FnOnce() -> R) -> R {
    let before = THREAD.replace(Some(locale));
    let result = f();
    THREAD.set(before);
    result
}

/// Renders message `id` with `args` in the user's language, falling back to English per message. An id
/// missing everywhere (a bug `src/text/tests.rs` catches) renders as the id itself rather than panicking.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    // English is parsed only if a message were missing from the language in use.
    render(loaded(current().catalogue), || loaded("en"), id, args)
}

/// Renders `id` from `wanted`, else from `english`.
pub(super) fn render<'b>(
    wanted: &'b FluentBundle<FluentResource>,
    english: impl FnOnce() -> &'b FluentBundle<FluentResource>,
    id: &str,
    args: &[(&str, Arg)],
) -> String {
    let in_bundle =
        |bundle: &'b FluentBundle<FluentResource>| Some((bundle, bundle.get_message(id)?.value()?));
    let found = in_bundle(wanted).or_else(|| in_bundle(english()));
    let Some((bundle, pattern)) = found else {
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

/// The bundle of one catalogue (or [`PSEUDO`]), parsed on first use (about 0.1 ms: the app renders a
/// handful of lines at a time, and only its own language is parsed, English too only for a message the
/// language lacks).
fn loaded(catalogue: &str) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; LANGUAGES.len() + 1] =
        [const { OnceLock::new() }; LANGUAGES.len() + 1];
    let index = LANGUAGES
        .iter()
        .position(|(tag, _)| *tag == catalogue)
        .unwrap_or(if catalogue == PSEUDO {
            LANGUAGES.len()
        } else {
            0
        });
    BUNDLES[index].get_or_init(|| {
        if index == LANGUAGES.len() {
            pseudo()
        } else {
            bundle(LANGUAGES[index].0)
        }
    })
}

/// English with each letter swapped for an accented one ("Ŏńŀīńḗ"): a text that reaches the user in
/// plain English did not come from the catalogue (the arguments, names and addresses, stay as they are).
pub(super) fn pseudo() -> FluentBundle<FluentResource> {
    fn accented(text: &str) -> Cow<'_, str> {
        const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧũṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŨṼẆẊẎẐ";
        text.chars()
            .map(|c| FROM.find(c).map_or(c, |i| TO.chars().nth(i).unwrap()))
            .collect::<String>()
            .into()
    }
    let mut bundle = bundle("en");
    bundle.set_transform(Some(accented));
    bundle
}

/// Builds the bundle of one language from its file. The files are ours and checked by the tests, so a
/// syntax error or a duplicate id is a bug, reported in the log rather than fatal.
pub fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the text goes to terminals and D-Bus menus.
    bundle.set_use_isolating(false);
    let source = LANGUAGES
        .iter()
        .find(|(lang, _)| *lang == language)
        .map_or("", |(_, source)| *source);
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            tracing::error!("i18n/{language}.ftl has syntax errors: {errors:?}");
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!("i18n/{language}.ftl repeats messages: {errors:?}");
    }
    bundle
}
