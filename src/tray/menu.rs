//! The tray menu's widgets (muda, through tray-icon): built once, then updated from each [`View`]. Runs on
//! the UI thread only.

use tray_icon::menu::{CheckMenuItem, Menu, MenuId, MenuItem, PredefinedMenuItem};

use crate::engine::Intent;
use crate::status::Status;
use crate::tray::service::Command;
use crate::tray::view::{AccountAction, MENU_STATUSES, View, autostart_label};

/// The menu and the items that change.
pub struct TrayMenu {
    pub menu: Menu,
    header: MenuItem,
    statuses: Vec<(Status, CheckMenuItem)>,
    status_line: MenuItem,
    shortcut_line: MenuItem,
    autostart: Option<CheckMenuItem>,
    autostart_on: bool,
    account: Option<MenuItem>,
    quit: MenuItem,
    last: Option<View>,
}

impl TrayMenu {
    /// Builds the menu; `with_account` is false in the demo (nothing to sign in or out of).
    pub fn new(with_account: bool) -> TrayMenu {
        let menu = Menu::new();
        let header = MenuItem::new(text!("menu-header-signed-out"), false, None);
        let statuses: Vec<(Status, CheckMenuItem)> = MENU_STATUSES
            .iter()
            .map(|s| {
                (
                    *s,
                    CheckMenuItem::new(crate::text::status_label(*s), false, false, None),
                )
            })
            .collect();
        let status_line = MenuItem::new(text!("menu-starting"), false, None);
        let shortcut_line = MenuItem::new(text!("menu-shortcut-starting"), false, None);
        let account = with_account.then(|| MenuItem::new(text!("menu-sign-in"), true, None));
        let autostart =
            with_account.then(|| CheckMenuItem::new(autostart_label(false), true, false, None));
        let quit = MenuItem::new(text!("menu-quit"), true, None);
        let _ = menu.append(&header);
        let _ = menu.append(&PredefinedMenuItem::separator());
        for (_, item) in &statuses {
            let _ = menu.append(item);
        }
        let _ = menu.append(&PredefinedMenuItem::separator());
        let _ = menu.append(&status_line);
        let _ = menu.append(&shortcut_line);
        let _ = menu.append(&PredefinedMenuItem::separator());
        if let Some(item) = &autostart {
            let _ = menu.append(item);
        }
        if let Some(item) = &account {
            let _ = menu.append(item);
        }
        let _ = menu.append(&quit);
        TrayMenu {
            menu,
            header,
            statuses,
            status_line,
            shortcut_line,
            autostart,
            autostart_on: false,
            account,
            quit,
            last: None,
        }
    }

    /// Copies a view onto the widgets.
    pub fn show(&mut self, view: &View) {
        self.header.set_text(&view.header);
        self.status_line.set_text(&view.status_line);
        if let Some(item) = &self.account {
            match view.account_action {
                AccountAction::SignIn => item.set_text(text!("menu-sign-in")),
                AccountAction::SignOut => item.set_text(text!("menu-sign-out")),
                AccountAction::Hidden => {}
            }
        }
        for (_, item) in &self.statuses {
            item.set_enabled(view.statuses_enabled);
        }
        self.last = Some(view.clone());
        self.reassert_checks();
    }

    /// The line about the DND shortcut.
    pub fn show_shortcut(&self, line: &str) {
        self.shortcut_line.set_text(line);
    }

    /// Shows whether the tray starts at login (as read from the autostart entry).
    pub fn show_autostart(&mut self, on: bool) {
        self.autostart_on = on;
        if let Some(item) = &self.autostart {
            item.set_text(autostart_label(on));
        }
        self.reassert_checks();
    }

    /// muda flips a check item by itself when it is clicked; only the confirmed status may be checked,
    /// and "Start at login" shows what the autostart entry says.
    pub fn reassert_checks(&self) {
        let checked = self.last.as_ref().and_then(|v| v.checked);
        for (status, item) in &self.statuses {
            item.set_checked(Some(*status) == checked);
        }
        if let Some(item) = &self.autostart {
            item.set_checked(self.autostart_on);
        }
    }

    /// What a click on the item `id` asks for.
    pub fn command_for(&self, id: &MenuId) -> Option<Command> {
        if let Some((status, _)) = self.statuses.iter().find(|(_, item)| item.id() == id) {
            return Some(Command::Intent(Intent::Set(*status)));
        }
        if self.quit.id() == id {
            return Some(Command::Quit);
        }
        if self.autostart.as_ref().is_some_and(|item| item.id() == id) {
            return Some(Command::ToggleAutostart);
        }
        let account = self.account.as_ref()?;
        if account.id() != id {
            return None;
        }
        match self.last.as_ref().map(|v| v.account_action) {
            Some(AccountAction::SignOut) => Some(Command::SignOut),
            _ => Some(Command::SignIn),
        }
    }
}
