//! The command line: its arguments, what each command does, the doctor, and the prompt for the webhook.

pub mod args;
pub mod commands;
pub mod doctor;
pub mod prompt;
