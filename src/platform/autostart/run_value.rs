//! The Windows Run value as text, pure so that it is tested on every system: the program's path as Windows itself starts it (no `\\?\` prefix), quoted, and read back.

/// The path as Windows' own programs take it: `\\?\C:\…` becomes `C:\…` and `\\?\UNC\server\share\…`
/// becomes `\\server\share\…`. A verbatim path with no plain spelling is kept as it is: longer than
/// MAX_PATH, or with a component that plain paths would change (a trailing dot or space, a device
/// name such as `NUL`, a `/`).
pub fn plain(path: &str) -> String {
    let (plain, rest) = if let Some(rest) = path.strip_prefix(r"\\?\UNC\") {
        (format!(r"\\{rest}"), rest)
    } else if let Some(rest) = path.strip_prefix(r"\\?\") {
        let bytes = rest.as_bytes();
        if bytes.len() < 3 || !bytes[0].is_ascii_alphabetic() || &bytes[1..3] != b":\\" {
            return path.to_string();
        }
        (rest.to_string(), &rest[3..])
    } else {
        return path.to_string();
    };
    const MAX_PATH: usize = 260;
    if plain.encode_utf16().count() >= MAX_PATH || rest.contains('/') {
        return path.to_string();
    }
    let device = |name: &str| {
        let stem = name
            .split('.')
            .next()
            .unwrap_or("")
            .trim_end()
            .to_ascii_uppercase();
        matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
            || ((stem.starts_with("COM") || stem.starts_with("LPT"))
                && stem.len() == 4
                && stem.as_bytes()[3].is_ascii_digit())
    };
    if rest
        .split('\\')
        .any(|c| c.is_empty() || c.ends_with(['.', ' ']) || device(c))
    {
        return path.to_string();
    }
    plain
}

/// The Run value that starts `path` with no arguments: quoted, so that a path with spaces is one
/// program (Windows paths cannot contain `"`).
pub fn value_for(path: &str) -> String {
    format!("\"{path}\"")
}

/// What a Run value starts.
#[derive(Debug, PartialEq, Eq)]
pub struct RunCommand {
    pub program: String,
    /// Anything after the program (a wrapper's or a user's arguments).
    pub arguments: bool,
    /// Written as [`value_for`] writes it (quoted, no arguments; auto-launch adds a trailing space).
    pub ours: bool,
}

/// Reads a Run value; `None` when it names no program (empty, or an unclosed quote).
pub fn parse(value: &str) -> Option<RunCommand> {
    let value = value.trim();
    let (program, rest, quoted) = if let Some(inner) = value.strip_prefix('"') {
        let end = inner.find('"')?;
        (&inner[..end], &inner[end + 1..], true)
    } else {
        // Unquoted: up to the end of the first `.exe` that ends a word, else the first word.
        let lower = value.to_ascii_lowercase();
        let end = lower
            .match_indices(".exe")
            .map(|(at, _)| at + 4)
            .find(|&end| value[end..].is_empty() || value[end..].starts_with(char::is_whitespace))
            .or_else(|| value.find(char::is_whitespace))
            .unwrap_or(value.len());
        (&value[..end], &value[end..], false)
    };
    if program.is_empty() {
        return None;
    }
    let arguments = !rest.trim().is_empty();
    Some(RunCommand {
        program: program.to_string(),
        arguments,
        ours: quoted && !arguments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verbatim_prefix_goes_where_windows_has_a_plain_spelling() {
        assert_eq!(
            plain(r"\\?\C:\Program Files\b24-status\b24-status.exe"),
            r"C:\Program Files\b24-status\b24-status.exe"
        );
        assert_eq!(
            plain(r"\\?\Z:\tmp\b24-status.exe"),
            r"Z:\tmp\b24-status.exe"
        );
        assert_eq!(
            plain(r"\\?\UNC\server\share\b24-status.exe"),
            r"\\server\share\b24-status.exe"
        );
        assert_eq!(plain(r"C:\b24-status.exe"), r"C:\b24-status.exe");
        // No plain spelling: kept.
        for kept in [
            r"\\?\C:\odd.\b24-status.exe",
            r"\\?\C:\trailing \b24-status.exe",
            r"\\?\C:\nul\b24-status.exe",
            r"\\?\C:\com1.txt\b24-status.exe",
            r"\\?\C:\a/b\b24-status.exe",
            r"\\?\Volume{0d1b}\b24-status.exe",
        ] {
            assert_eq!(plain(kept), kept);
        }
        let long = format!(r"\\?\C:\{}\b24-status.exe", "a".repeat(260));
        assert_eq!(plain(&long), long);
    }

    #[test]
    fn a_run_value_is_read_as_windows_starts_it() {
        let ours = parse(&format!(
            "{} ",
            value_for(r"C:\Program Files\b24\b24-status.exe")
        ))
        .unwrap();
        assert_eq!(
            ours,
            RunCommand {
                program: r"C:\Program Files\b24\b24-status.exe".into(),
                arguments: false,
                ours: true,
            }
        );
        let wrapped = parse(r#""C:\tools\wrap.exe" --quiet"#).unwrap();
        assert!(wrapped.arguments && !wrapped.ours);
        assert_eq!(wrapped.program, r"C:\tools\wrap.exe");
        let unquoted = parse(r"C:\Program Files\b24\b24-status.exe").unwrap();
        assert_eq!(unquoted.program, r"C:\Program Files\b24\b24-status.exe");
        assert!(!unquoted.arguments && !unquoted.ours);
        assert_eq!(parse(r"C:\b24.EXE -x").unwrap().program, r"C:\b24.EXE");
        assert_eq!(parse(""), None);
        assert_eq!(parse(r#""C:\unclosed"#), None);
    }
}
