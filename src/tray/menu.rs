//! The tray menu's widgets (muda, through tray-icon): built once, then updated from each [`View`]. Runs on
//! the UI thread only.

use std::time::Duration;

use tray_icon::menu::{CheckMenuItem, Menu, MenuId, MenuItem, PredefinedMenuItem, Submenu};

use crate::automatic::Rule;
use crate::status::Status;
use crate::tray::service::{Command, Pick};
use crate::tray::view::{AccountAction, MENU_STATUSES, View, autostart_label};

/// The menu and the items that change.
pub struct TrayMenu {
    pub menu: Menu,
    header: MenuItem,
    statuses: Vec<(Status, CheckMenuItem)>,
    /// "Do Not Disturb for…" and "Away for…", and the timed choices in them.
    timed_menus: Vec<Submenu>,
    presets: Vec<(Pick, MenuItem)>,
    status_line: MenuItem,
    shortcut_line: MenuItem,
    /// The "Automatic" submenu and its rules' check items.
    automatic: Submenu,
    rules: Vec<(Rule, CheckMenuItem)>,
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
        // Timed choices in a submenu each, right below the statuses: the menu stays short, and every
        // host draws a submenu as a submenu (GNOME's AppIndicator inline below its parent, KDE and XFCE
        // to the side).
        let minutes = |m: u64| Duration::from_secs(m * 60);
        let dnd_presets = [
            Pick::For(Status::Dnd, minutes(30)),
            Pick::For(Status::Dnd, minutes(60)),
            Pick::For(Status::Dnd, minutes(120)),
            Pick::UntilMorning(Status::Dnd),
            Pick::Status(Status::Dnd),
        ];
        let away_presets = [
            Pick::For(Status::Away, minutes(15)),
            Pick::For(Status::Away, minutes(60)),
        ];
        let mut presets = Vec::new();
        let mut timed_menus = Vec::new();
        for (title, picks) in [
            (text!("menu-dnd-for"), &dnd_presets[..]),
            (text!("menu-away-for"), &away_presets[..]),
        ] {
            let submenu = Submenu::new(title, false);
            for pick in picks {
                let item = MenuItem::new(preset_label(*pick), true, None);
                let _ = submenu.append(&item);
                presets.push((*pick, item));
            }
            timed_menus.push(submenu);
        }
        let status_line = MenuItem::new(text!("menu-starting"), false, None);
        let shortcut_line = MenuItem::new(text!("menu-shortcut-starting"), false, None);
        let account = with_account.then(|| MenuItem::new(text!("menu-sign-in"), true, None));
        let autostart =
            with_account.then(|| CheckMenuItem::new(autostart_label(false), true, false, None));
        let quit = MenuItem::new(text!("menu-quit"), true, None);
        // The rules in a submenu of their own: six check items would double the menu's length.
        let automatic = Submenu::new(text!("menu-automatic"), true);
        let rules: Vec<(Rule, CheckMenuItem)> = Rule::ALL
            .iter()
            .map(|rule| {
                let label = crate::text::rule_label(*rule, Duration::from_secs(600));
                (*rule, CheckMenuItem::new(label, false, false, None))
            })
            .collect();
        for (_, item) in &rules {
            let _ = automatic.append(item);
        }
        let _ = menu.append(&header);
        let _ = menu.append(&PredefinedMenuItem::separator());
        for (_, item) in &statuses {
            let _ = menu.append(item);
        }
        for submenu in &timed_menus {
            let _ = menu.append(submenu);
        }
        let _ = menu.append(&PredefinedMenuItem::separator());
        let _ = menu.append(&status_line);
        let _ = menu.append(&shortcut_line);
        let _ = menu.append(&PredefinedMenuItem::separator());
        let _ = menu.append(&automatic);
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
            timed_menus,
            presets,
            status_line,
            shortcut_line,
            automatic,
            rules,
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
        for submenu in &self.timed_menus {
            submenu.set_enabled(view.statuses_enabled);
        }
        let changed = |rule: &crate::tray::view::RuleItem| {
            self.last
                .as_ref()
                .is_none_or(|v| !v.rules.iter().any(|r| r == rule))
        };
        for shown in view.rules.iter().filter(|r| changed(r)) {
            if let Some((_, item)) = self.rules.iter().find(|(rule, _)| *rule == shown.rule) {
                item.set_text(&shown.label);
                item.set_enabled(shown.enabled);
            }
        }
        self.automatic.set_enabled(!view.rules.is_empty());
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
        let rules = self.last.as_ref().map(|v| &v.rules[..]).unwrap_or_default();
        for (rule, item) in &self.rules {
            item.set_checked(rules.iter().any(|r| r.rule == *rule && r.checked));
        }
    }

    /// What a click on the item `id` asks for.
    pub fn command_for(&self, id: &MenuId) -> Option<Command> {
        if let Some((status, _)) = self.statuses.iter().find(|(_, item)| item.id() == id) {
            return Some(Command::Pick(Pick::Status(*status)));
        }
        if let Some((pick, _)) = self.presets.iter().find(|(_, item)| item.id() == id) {
            return Some(Command::Pick(*pick));
        }
        if self.quit.id() == id {
            return Some(Command::Quit);
        }
        if self.autostart.as_ref().is_some_and(|item| item.id() == id) {
            return Some(Command::ToggleAutostart);
        }
        if let Some((rule, _)) = self.rules.iter().find(|(_, item)| item.id() == id) {
            return Some(Command::ToggleRule(*rule));
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

/// A timed choice's label in its submenu: "For 30 minutes", "For 1 hour", "Until tomorrow morning".
fn preset_label(pick: Pick) -> String {
    match pick {
        Pick::For(_, d) if d.as_secs() % 3600 == 0 => {
            text!("menu-for-hours", hours = d.as_secs() / 3600)
        }
        Pick::For(_, d) => text!("menu-for-minutes", minutes = d.as_secs() / 60),
        Pick::UntilMorning(_) => text!("menu-until-morning"),
        Pick::Status(_) | Pick::Shortcut => text!("menu-until-turned-off"),
    }
}
