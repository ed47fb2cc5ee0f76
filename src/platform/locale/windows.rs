//! Windows: the user's preferred display languages (`GetUserPreferredUILanguages`), such as
//! ["ru-RU", "en-US"], and the regional format's short time ("HH:mm", "h:mm tt").

use windows_sys::Win32::Globalization::{
    GetLocaleInfoEx, GetUserPreferredUILanguages, LOCALE_SSHORTTIME, MUI_LANGUAGE_NAME,
};

/// The user's display languages, most wanted first; empty if Windows does not say.
pub fn ui_languages() -> Vec<String> {
    let mut count = 0u32;
    let mut len = 0u32;
    // SAFETY: a null buffer with a zero length asks for the length needed, written to `len`.
    let sized = unsafe {
        GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            std::ptr::null_mut(),
            &mut len,
        )
    };
    if sized == 0 || len == 0 {
        return Vec::new();
    }
    let mut buffer = vec![0u16; len as usize];
    // SAFETY: `buffer` holds `len` UTF-16 units, as the call above asked for.
    let filled = unsafe {
        GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &mut count, buffer.as_mut_ptr(), &mut len)
    };
    if filled == 0 {
        return Vec::new();
    }
    // A list of NUL-terminated names, ended by an empty one.
    buffer[..(len as usize).min(buffer.len())]
        .split(|&unit| unit == 0)
        .filter(|name| !name.is_empty())
        .map(String::from_utf16_lossy)
        .collect()
}

/// Whether the user's short time format (`LOCALE_SSHORTTIME` of the user's locale, with the overrides
/// set in Settings) writes the 12-hour clock; `None` if Windows does not say.
pub fn short_time_clock_12h() -> Option<bool> {
    let mut buffer = [0u16; 80];
    // SAFETY: a null locale name is LOCALE_NAME_USER_DEFAULT; `buffer` holds the length passed, and the
    // call writes at most that many units, returning how many (with the NUL) or 0.
    let written = unsafe {
        GetLocaleInfoEx(
            std::ptr::null(),
            LOCALE_SSHORTTIME,
            buffer.as_mut_ptr(),
            buffer.len() as i32,
        )
    };
    let written = usize::try_from(written).ok().filter(|&n| n > 0)?;
    let format = String::from_utf16_lossy(&buffer[..written - 1]);
    crate::text::language::format_writes_12_hour_clock(&format)
}
