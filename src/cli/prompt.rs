//! Asking the user for the webhook URL: hidden input on a terminal, one line of stdin otherwise — never
//! from the command line, where it would stay in the shell's history.

use std::io::{BufRead, IsTerminal};

use crate::error::AppError;

/// Reads the webhook URL: hidden input on a terminal, otherwise one line of stdin. Never from argv.
pub fn read_webhook_url() -> Result<String, AppError> {
    if std::io::stdin().is_terminal() {
        eprintln!("{}", text!("cli-login-hint"));
        rpassword::prompt_password(text!("cli-login-prompt"))
            .map_err(|e| AppError::Input(e.to_string()))
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| AppError::Input(e.to_string()))?;
        Ok(line)
    }
}
