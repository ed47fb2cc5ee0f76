//! Where the app keeps its files, and how it writes them: atomically (a temp file in the same folder,
//! then a rename), so a crash never leaves a half-written file behind. A file that is a symbolic link
//! (as dotfile managers keep `config.toml`) is written through the link: its target is replaced and the
//! link stays.

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

/// Replaces `path` with `contents` atomically, creating its folder if needed. When `path` is a symbolic
/// link (or a chain of them), the file it points to is replaced, in that file's folder, and the link is
/// kept; a link to a file that does not exist yet creates that file.
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), FileError> {
    let fail = |reason: std::io::Error| FileError::Write {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let target = link_target(path).map_err(fail)?;
    let path = target.as_path();
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

/// The file `path` names once its symbolic links are followed (`path` itself when it is not a link, or
/// does not exist). Relative links are resolved from the folder of the link.
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    /// As many links as Linux follows before it gives up (ELOOP).
    const MAX_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(path),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
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

    #[cfg(unix)]
    #[test]
    fn atomic_write_goes_through_a_symlink_and_keeps_it() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        // As a dotfile manager keeps it: config.toml -> ../dotfiles/b24-status.toml (relative), and a
        // second link in the chain, absolute.
        let dotfiles = dir.path().join("dotfiles");
        std::fs::create_dir_all(&dotfiles).unwrap();
        let real = dotfiles.join("real.toml");
        std::fs::write(&real, "a = 1\n").unwrap();
        symlink(&real, dotfiles.join("b24-status.toml")).unwrap();
        let config_dir = dir.path().join("config");
        std::fs::create_dir_all(&config_dir).unwrap();
        let link = config_dir.join("config.toml");
        symlink("../dotfiles/b24-status.toml", &link).unwrap();

        write_atomic(&link, "a = 2\n").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link was replaced by a file"
        );
        assert!(
            std::fs::symlink_metadata(dotfiles.join("b24-status.toml"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "a = 2\n");
        assert_eq!(read_optional(&link).unwrap().as_deref(), Some("a = 2\n"));
        // No temp file left in either folder.
        assert_eq!(std::fs::read_dir(&config_dir).unwrap().count(), 1);
        assert_eq!(std::fs::read_dir(&dotfiles).unwrap().count(), 2);

        // A dangling link creates its target.
        let dangling = config_dir.join("state.toml");
        symlink(dotfiles.join("new.toml"), &dangling).unwrap();
        write_atomic(&dangling, "b = 1\n").unwrap();
        assert_eq!(
            std::fs::read_to_string(dotfiles.join("new.toml")).unwrap(),
            "b = 1\n"
        );
        assert!(
            std::fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );

        // A loop is an error, and nothing is written.
        let a = config_dir.join("loop-a");
        symlink("loop-b", &a).unwrap();
        symlink("loop-a", config_dir.join("loop-b")).unwrap();
        assert!(matches!(
            write_atomic(&a, "c = 1\n"),
            Err(FileError::Write { .. })
        ));
    }
}
