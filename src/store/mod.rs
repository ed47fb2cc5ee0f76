//! What b24-status keeps on the machine: paths and atomic files, config.toml, state.toml, the keyring.

pub mod config;
pub mod files;
pub mod keyring;
pub mod state;
