//! The response parsers on arbitrary bytes and HTTP statuses: never panic, every error's message is one
//! line, and a calendar event's name is safe to show.
//!
//! Input layout: an optional first line holding the HTTP status in decimal (`503\n`), then the body.
//! Without such a line the whole input is the body of an HTTP 200 answer. The seed corpus uses this
//! layout, so its files read like the answers they stand for.

#![no_main]

use b24_status::portal_error::PortalError;
use b24_status::portal::response::{
    Answer, parse_events, parse_get, parse_profile, parse_set, parse_work_day,
};
use libfuzzer_sys::fuzz_target;

fn split(data: &[u8]) -> (u16, &[u8]) {
    if let Some(end) = data.iter().position(|b| *b == b'\n')
        && let Some(status) = std::str::from_utf8(&data[..end])
            .ok()
            .and_then(|s| s.trim().parse::<u16>().ok())
    {
        return (status, &data[end + 1..]);
    }
    (200, data)
}

fn check_message(error: &PortalError) {
    let text = error.to_string();
    assert!(
        !text.contains([
            '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}'
        ]),
        "a multi-line message for {error:?}: {text:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let (http_status, body) = split(data);
    let answer = |method| Answer {
        host: "anna.bitrix24.com",
        method,
        http_status,
        body,
    };
    if let Err(e) = parse_set(&answer("im.user.status.set")) {
        check_message(&e);
    }
    if let Err(e) = parse_get(&answer("im.user.status.get")) {
        check_message(&e);
    }
    if let Err(e) = parse_profile(&answer("profile")) {
        check_message(&e);
    }
    match parse_events(&answer("calendar.event.get.nearest")) {
        // A name is shown: one line, no controls or bidi overrides.
        Ok(events) => {
            for event in events {
                assert!(
                    !event.name.chars().any(b24_status::safe_text::is_unsafe),
                    "an unsafe name: {:?}",
                    event.name
                );
            }
        }
        Err(e) => check_message(&e),
    }
    if let Err(e) = parse_work_day(&answer("timeman.status")) {
        check_message(&e);
    }
});
