//! All text for people: the Fluent message catalogue (`i18n/<language>.ftl`) and [`text!`], which renders
//! one of its messages. Types carry data; the modules that own them turn them into sentences here, at the
//! edge. Machine words (`get`'s output, JSON, config keys, log lines) are not in the catalogue.
//!
//! Each language is one Fluent file (`i18n/ru.ftl`, …) that build.rs compiles in; [`language`]
//! picks the user's, and a message missing in it falls back to English.

mod automatic;
pub mod catalogue;
mod core_types;
pub mod language;

pub use automatic::{reason_line, rule_label, rule_setting_about};
pub use catalogue::{Arg, current, in_language, message, set_language};
pub use core_types::{
    clock, connect_failure, moment, portal_error, status_label, unknown_status, when_error,
};
pub use language::Locale;

/// Renders a catalogue message: `text!("id")` or `text!("id", name = value, ...)`, where each value is a
/// string, a number (for plurals) or anything `Display`. The id must be a string literal:
/// `src/text/tests.rs` reads every `text!("…")` in the sources and fails on an id the catalogue lacks,
/// and on a catalogue entry no code uses.
#[macro_export]
macro_rules! text {
    ($id:literal) => {
        $crate::text::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::message(
            $id,
            &[$((stringify!($name), $crate::text::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
