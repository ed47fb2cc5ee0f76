//! macOS and Windows: start at login through auto-launch 0.6 — a LaunchAgent,
//! `~/Library/LaunchAgents/b24-status.plist`, on macOS; the per-user Run key,
//! `HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run`, value `b24-status`, on Windows.
//!
//! Not verified on Linux CI: this file is compiled only for macOS and Windows, which this project cannot
//! build or test here. It is kept small on purpose, and what it relies on was read in auto-launch 0.6.0's
//! source. auto-launch writes the plist and the registry value itself (the plist not atomically).
//!
//! Stale detection: on macOS the plist's first `ProgramArguments` string is compared with the current
//! executable; on Windows the per-user Run value is read back (`RegGetValueW`) and its program
//! (`run_value.rs`) compared. The path written on Windows has no `\\?\` prefix (which
//! `canonicalize` adds), and `repair` rewrites a value of ours that starts another binary or still
//! has that prefix; a value with arguments (a wrapper, an edit by hand) is left alone.

use std::path::Path;

use auto_launch::{AutoLaunch, AutoLaunchBuilder};

use super::{
    APP_NAME, AutostartError, AutostartState, PathProblem, Starts, current_exe, same_program,
};

// The facade's functions (documented in mod.rs).

/// The executable as the entry names it: on Windows without the `\\?\` prefix of `canonicalize`.
fn exe() -> Result<std::path::PathBuf, AutostartError> {
    let exe = current_exe()?;
    #[cfg(target_os = "windows")]
    let exe = match exe.to_str() {
        Some(path) => std::path::PathBuf::from(super::run_value::plain(path)),
        None => exe,
    };
    Ok(exe)
}

pub fn status() -> Result<AutostartState, AutostartError> {
    let exe = exe()?;
    // The path is not used to read the state, only the name: a lossy copy is enough here.
    let enabled = launcher(&exe.to_string_lossy())?
        .is_enabled()
        .map_err(platform_error)?;
    if !enabled {
        return Ok(AutostartState::Off);
    }
    Ok(match registered_program()? {
        Some(program) if !same_program(Path::new(&program), &exe) => AutostartState::Stale {
            points_to: Starts::Program(program),
        },
        _ => AutostartState::On,
    })
}

pub fn enable() -> Result<(), AutostartError> {
    let exe = exe()?;
    let entry = launcher(&app_path(&exe)?)?;
    entry.enable().map_err(platform_error)?;
    // Read back what was written: it must now count as on, and start this executable.
    match status()? {
        AutostartState::On => Ok(()),
        _ => Err(AutostartError::NotConfirmed {
            location: location()?,
            exe: exe.display().to_string(),
        }),
    }
}

pub fn disable() -> Result<(), AutostartError> {
    let exe = exe()?;
    // auto-launch removes only the entry named `b24-status` (and succeeds when there is none).
    launcher(&exe.to_string_lossy())?
        .disable()
        .map_err(platform_error)
}

pub fn repair() -> Result<bool, AutostartError> {
    #[cfg(target_os = "windows")]
    if status()? == AutostartState::On
        && let Some(value) = run_value()?
        && let Some(found) = super::run_value::parse(&value)
        && found.ours
        && Some(found.program.as_str()) != exe()?.to_str()
    {
        tracing::info!(
            "the Run value starts {}; rewriting it for this executable, as Windows starts it",
            found.program
        );
        enable()?;
        return Ok(true);
    }
    match status()? {
        AutostartState::Stale { points_to } if rewritable()? => {
            tracing::info!("the login item starts {points_to:?}; rewriting it for this executable");
            enable()?;
            Ok(true)
        }
        AutostartState::Stale { points_to } => {
            tracing::warn!(
                "the login item starts {points_to:?} and looks edited by hand, so it is left as it is; \
                 run `b24-status autostart on` to replace it"
            );
            Ok(false)
        }
        AutostartState::On | AutostartState::Off => Ok(false),
    }
}

pub fn location() -> Result<String, AutostartError> {
    #[cfg(target_os = "macos")]
    let location = plist_path()?.display().to_string();
    #[cfg(target_os = "windows")]
    let location =
        format!(r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\{APP_NAME}");
    Ok(location)
}

/// The auto-launch handle for our entry: a LaunchAgent on macOS, the per-user Run key on Windows.
fn launcher(app_path: &str) -> Result<AutoLaunch, AutostartError> {
    let mut builder = AutoLaunchBuilder::new();
    builder.set_app_name(APP_NAME).set_app_path(app_path);
    #[cfg(target_os = "macos")]
    builder.set_macos_launch_mode(auto_launch::MacOSLaunchMode::LaunchAgent);
    #[cfg(target_os = "windows")]
    builder.set_windows_enable_mode(auto_launch::WindowsEnableMode::CurrentUser);
    builder.build().map_err(platform_error)
}

/// The executable's path as auto-launch must be given it to write a working entry.
fn app_path(exe: &Path) -> Result<String, AutostartError> {
    let unsupported = |why| -> Result<String, AutostartError> {
        Err(AutostartError::UnsupportedPath {
            path: exe.to_path_buf(),
            location: location()?,
            why,
        })
    };
    let Some(path) = exe.to_str() else {
        return unsupported(PathProblem::NotUtf8);
    };
    // auto-launch puts the path into the plist's XML without escaping it.
    #[cfg(target_os = "macos")]
    let written = if path.contains(['&', '<', '>']) {
        return unsupported(PathProblem::XmlCharacters);
    } else {
        path.to_string()
    };
    // auto-launch writes the Run value as `PATH ARGS` without quotes; quoted, a path with spaces is
    // one program (Windows paths cannot contain `"`).
    #[cfg(target_os = "windows")]
    let written = super::run_value::value_for(path);
    Ok(written)
}

/// The program the entry starts, when it can be read (macOS); `None` when it cannot (Windows).
fn registered_program() -> Result<Option<String>, AutostartError> {
    #[cfg(target_os = "macos")]
    let program =
        crate::store::files::read_optional(&plist_path()?)?.and_then(|plist| first_program(&plist));
    #[cfg(target_os = "windows")]
    let program = run_value()?
        .and_then(|value| super::run_value::parse(&value))
        .map(|found| found.program);
    Ok(program)
}

/// Whether a stale entry is one this app wrote (macOS: always; Windows: a quoted program and no
/// arguments).
fn rewritable() -> Result<bool, AutostartError> {
    #[cfg(target_os = "macos")]
    let ours = true;
    #[cfg(target_os = "windows")]
    let ours = run_value()?
        .and_then(|value| super::run_value::parse(&value))
        .is_some_and(|found| found.ours);
    Ok(ours)
}

/// The per-user Run value named `b24-status`, `None` when there is none.
#[cfg(target_os = "windows")]
fn run_value() -> Result<Option<String>, AutostartError> {
    use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_MORE_DATA, ERROR_SUCCESS};
    use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, RRF_RT_REG_SZ, RegGetValueW};
    let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let key = wide(r"Software\Microsoft\Windows\CurrentVersion\Run");
    let name = wide(APP_NAME);
    let mut buffer = vec![0u16; 512];
    loop {
        let mut size = (buffer.len() * 2) as u32;
        // SAFETY: `key` and `name` are NUL-terminated; `buffer` holds `size` bytes.
        let done = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                key.as_ptr(),
                name.as_ptr(),
                RRF_RT_REG_SZ,
                std::ptr::null_mut(),
                buffer.as_mut_ptr().cast(),
                &mut size,
            )
        };
        match done {
            ERROR_SUCCESS => {
                let len = (size as usize / 2).min(buffer.len());
                let text = String::from_utf16_lossy(&buffer[..len]);
                return Ok(Some(text.trim_end_matches('\0').to_string()));
            }
            ERROR_FILE_NOT_FOUND => return Ok(None),
            ERROR_MORE_DATA => buffer.resize((size as usize).div_ceil(2) + 1, 0),
            code => {
                return Err(AutostartError::Platform {
                    location: location()?,
                    reason: std::io::Error::from_raw_os_error(code as i32).to_string(),
                });
            }
        }
    }
}

/// `~/Library/LaunchAgents/b24-status.plist`, where auto-launch writes the LaunchAgent.
#[cfg(target_os = "macos")]
fn plist_path() -> Result<std::path::PathBuf, AutostartError> {
    let dirs = directories::BaseDirs::new().ok_or(AutostartError::NoHome)?;
    Ok(dirs
        .home_dir()
        .join("Library/LaunchAgents")
        .join(format!("{APP_NAME}.plist")))
}

/// The first string of `ProgramArguments` in a plist, with the XML entities undone.
#[cfg(target_os = "macos")]
fn first_program(plist: &str) -> Option<String> {
    let after_key = &plist[plist.find("<key>ProgramArguments</key>")?..];
    let start = after_key.find("<string>")? + "<string>".len();
    let end = start + after_key[start..].find("</string>")?;
    Some(
        after_key[start..end]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    )
}

fn platform_error(e: auto_launch::Error) -> AutostartError {
    AutostartError::Platform {
        location: location().unwrap_or_else(|_| text!("autostart-location-login-items")),
        reason: e.to_string(),
    }
}

#[cfg(all(test, target_os = "macos"))]
mod tests {
    use super::*;

    #[test]
    fn the_program_is_read_from_the_plist_auto_launch_writes() {
        let plist = "<?xml version=\"1.0\"?>\n<plist version=\"1.0\">\n  <dict>\n  <key>Label</key>\n  \
                     <string>b24-status</string>\n  <key>AssociatedBundleIdentifiers</key>\n  <array></array>\n  \
                     <key>ProgramArguments</key>\n  <array><string>/Applications/My Apps/b24-status</string></array>\n  \
                     <key>RunAtLoad</key>\n  <true/>\n  </dict>\n</plist>";
        assert_eq!(
            first_program(plist).as_deref(),
            Some("/Applications/My Apps/b24-status")
        );
        assert_eq!(first_program("<plist></plist>"), None);
    }
}
