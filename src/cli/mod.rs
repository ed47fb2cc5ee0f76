//! The command line: its arguments, what each command does, and the doctor.

pub mod args;
pub mod commands;
pub mod doctor;
