//! Where the app keeps its files, and how it writes them: atomically (a temp file in the same folder,
//! then a rename), so a crash never leaves a half-written file behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::{Deserialize, Serialize};

/// A file could not be found, read or written: data (it crosses the control socket inside a broken
/// config's error); the sentence is the catalogue's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "file", rename_all = "kebab-case")]
pub enum FileError {
    /// The home folder is unknown (HOME is not set), so no file can be found.
    #[error("{}", text!("file-no-home"))]
    NoHome,
    #[error("{}", text!("file-cannot-read", path = shown(.path), reason = .reason))]
    Read {
        #[serde(with = "path_text")]
        path: PathBuf,
        /// The system's reason (`std::io::Error`'s text).
        reason: String,
    },
    #[error("{}", text!("file-cannot-write", path = shown(.path), reason = .reason))]
    Write {
        #[serde(with = "path_text")]
        path: PathBuf,
        reason: String,
    },
    #[error("{}", text!("file-cannot-remove", path = shown(.path), reason = .reason))]
    Remove {
        #[serde(with = "path_text")]
        path: PathBuf,
        reason: String,
    },
}

/// A path as the user reads it.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// A path on the control socket's wire: as text, since it is only ever shown (a path that is not UTF-8
/// loses its odd bytes rather than failing the whole reply).
pub mod path_text {
    use std::path::PathBuf;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(path: &std::path::Path, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&path.to_string_lossy())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
        String::deserialize(d).map(PathBuf::from)
    }
}

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "b24-status")
}

/// `$XDG_CONFIG_HOME/b24-status` on Linux; the platform's config folder elsewhere.
pub fn config_dir() -> Result<PathBuf, FileError> {
    dirs()
        .map(|d| d.config_dir().to_path_buf())
        .ok_or_else(no_home)
}

/// `$XDG_STATE_HOME/b24-status` on Linux; the platform's local data folder elsewhere.
pub fn state_dir() -> Result<PathBuf, FileError> {
    dirs()
        .map(|d| d.state_dir().unwrap_or(d.data_local_dir()).to_path_buf())
        .ok_or_else(no_home)
}

fn no_home() -> FileError {
    FileError::NoHome
}

/// Reads a file; `Ok(None)` when it does not exist.
pub fn read_optional(path: &Path) -> Result<Option<String>, FileError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(FileError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}

/// Replaces `path` with `contents` atomically, creating its folder if needed.
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), FileError> {
    let fail = |reason: std::io::Error| FileError::Write {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".b24-status-")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(contents.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Removes a file; succeeds when it is already gone.
pub fn remove(path: &Path) -> Result<(), FileError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(FileError::Remove {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        write_atomic(&path, "a = 1\n").unwrap();
        write_atomic(&path, "a = 2\n").unwrap();
        assert_eq!(read_optional(&path).unwrap().as_deref(), Some("a = 2\n"));
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("config.toml")]);
        remove(&path).unwrap();
        remove(&path).unwrap();
        assert_eq!(read_optional(&path).unwrap(), None);
    }
}
