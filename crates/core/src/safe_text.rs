//! Text a portal supplies, made safe to store and show: no control or bidi-override characters, no secret.
//!
//! A portal is not trusted with the terminal, the menu or a web page: an ESC starts a terminal escape
//! sequence, a U+202E (right-to-left override) reverses what follows it on screen. Letters of every
//! script, combining marks and the zero-width joiners that some scripts need are kept.

/// Whether `c` is a bidirectional formatting character: the embeddings and overrides (U+202A–U+202E),
/// the isolates (U+2066–U+2069), the left-to-right, right-to-left and Arabic letter marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Whether `c` has no place in a displayed line: a C0 or C1 control (DEL included), a bidi control, or
/// a Unicode line or paragraph separator.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// `text` as it may be stored and shown: white-space controls (tab, newline, the separators) become a
/// space, every other unsafe character is dropped, runs of spaces they leave are one space, and the ends
/// are trimmed.
pub fn displayable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if !is_unsafe(c) {
            c
        } else if c.is_whitespace() {
            ' '
        } else {
            continue;
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out.trim().to_string()
}

/// What stands in for a secret a portal echoed back.
pub const REDACTED: &str = "***";

/// `text` with every occurrence of `secret` (ASCII case ignored: webhook codes are ASCII) replaced by
/// [`REDACTED`]. An empty secret changes nothing.
pub fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() || text.len() < secret.len() {
        return text.to_string();
    }
    let (hay, needle) = (text.as_bytes(), secret.as_bytes());
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut i) = (0, 0);
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            // A match of ASCII bytes starts and ends on character boundaries.
            out.push_str(&text[copied..i]);
            out.push_str(REDACTED);
            i += needle.len();
            copied = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Whether `text` contains `secret` (ASCII case ignored).
pub fn contains_secret(text: &[u8], secret: &str) -> bool {
    let needle = secret.as_bytes();
    !needle.is_empty()
        && text
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_dropped() {
        assert_eq!(displayable("Anna\u{1b}[31m Petrova"), "Anna[31m Petrova");
        assert_eq!(displayable("\u{202E}avorteP annA"), "avorteP annA");
        assert_eq!(
            displayable(
                "a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{2066}f\u{2067}g\u{2068}h\u{2069}i"
            ),
            "abcdefghi"
        );
        assert_eq!(displayable("a\u{200E}b\u{200F}c\u{061C}d"), "abcd");
        assert_eq!(displayable("a\u{0}b\u{7f}c\u{85}d\u{9b}e"), "abc de");
    }

    #[test]
    fn line_breaks_become_one_space_and_the_ends_are_trimmed() {
        assert_eq!(displayable(" Anna\n\t Petrova\r\n"), "Anna Petrova");
        assert_eq!(displayable("a\u{2028}b\u{2029}c"), "a b c");
        assert_eq!(displayable("\u{1b}\u{202E}"), "");
    }

    #[test]
    fn letters_of_every_script_are_kept() {
        for name in [
            "Анна Петрова",
            "أنا بتروفا",
            "אנה פטרובה",
            "安娜 彼得罗娃",
            "José Müller",
            "नमस्ते",
            "ক্ষ", // needs its ZWJ-free conjunct
            "👩\u{200D}💻",
            "e\u{301}",
        ] {
            assert_eq!(displayable(name), name);
        }
    }

    #[test]
    fn a_secret_is_redacted_wherever_it_appears() {
        let secret = "q1w2e3r4t5y6u7i8";
        assert_eq!(
            redact("bad path /rest/7/q1w2e3r4t5y6u7i8/profile.json", secret),
            "bad path /rest/7/***/profile.json"
        );
        assert_eq!(
            redact(
                "Q1W2E3R4T5Y6U7I8 and q1w2e3r4t5y6u7i8q1w2e3r4t5y6u7i8",
                secret
            ),
            "*** and ******"
        );
        assert_eq!(redact("Анна q1w2e3r4t5y6u7i8 ✓", secret), "Анна *** ✓");
        assert_eq!(redact("nothing here", secret), "nothing here");
        assert_eq!(redact("short", secret), "short");
        assert_eq!(redact("text", ""), "text");
        assert!(contains_secret(b"x/Q1W2e3r4t5y6u7i8/", secret));
        assert!(!contains_secret(b"x/q1w2e3r4t5y6u7i/", secret));
        assert!(!contains_secret(b"anything", ""));
    }
}
