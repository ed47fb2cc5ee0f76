//! Input idle on Linux, event-driven: X11's SYNC `IDLETIME` alarms, Mutter's idle monitor, logind's `IdleHint`.
//!
//! The sources, tried in this order (the first found is followed for the life of the tray):
//! 1. **X11** (not on a Wayland session, where XWayland sees only the input sent to X clients): the SYNC
//!    extension's `IDLETIME` system counter (milliseconds since the last input), with one alarm — "idle ≥
//!    the threshold" (`PositiveComparison`) while active, "idle < the threshold" (`NegativeComparison` at
//!    one millisecond less) once idle. The X server times the alarm itself: the thread sleeps in
//!    `wait_for_event()` with no wake-up between two changes.
//! 2. **GNOME** (Wayland or X11): `org.gnome.Mutter.IdleMonitor` on the session bus
//!    (`/org/gnome/Mutter/IdleMonitor/Core`): `AddIdleWatch(ms)` fires `WatchFired` each time the idle
//!    time reaches the threshold, `AddUserActiveWatch` once at the next input.
//! 3. **logind**'s session `IdleHint` (`PropertiesChanged` on the system bus), the fallback: its idle time
//!    is the desktop's own (GNOME's idle delay, KDE's…), not `away_after_idle`, which then only turns the
//!    rule on or off.
//!
//! Not built: Wayland's `ext-idle-notify-v1`, which other compositors (KDE, sway, Hyprland) offer. It is
//! a Wayland protocol, not D-Bus: it needs a Wayland client (`wayland-client` + `wayland-protocols`, a
//! second event loop on a thread of its own) for what logind's `IdleHint` already covers where the
//! desktop sets it; KDE's `org.freedesktop.ScreenSaver` `GetSessionIdleTime` can only be polled.
//!
//! The threshold comes through a [`tokio::sync::watch`] channel: when the menu (or anything) changes it,
//! the source re-arms with the new one and reports the state it finds (`None`: the rule is off, reported
//! as not idle).

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::watch;
use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::sync::{self, ConnectionExt as _, Int64, TESTTYPE, VALUETYPE};
use x11rb::protocol::xproto::{
    ClientMessageEvent, ConnectionExt as _, CreateWindowAux, EventMask, Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;

use crate::automatic::Signal;
use crate::platform::automatic::{IdleSource, Report};

/// How long without input counts as idle; `None`: the rule is off.
pub type Threshold = watch::Receiver<Option<Duration>>;

/// Watches input idle with the first source found (see the module docs), reporting `Idle(now)` at start
/// and at every change of the threshold, then every change, until `report` returns false or the
/// threshold's sender is dropped. Returns the source it followed (`None`: none was found).
pub async fn watch(threshold: Threshold, report: Report) -> Option<IdleSource> {
    let report = Arc::new(report);
    if !super::wayland_session() {
        match X11Idle::start(threshold.clone(), report.clone()).await {
            Ok(x11) => {
                tracing::info!("watching input idle through the X server's IDLETIME counter");
                x11.follow(threshold).await;
                return Some(IdleSource::X11Sync);
            }
            Err(e) => tracing::debug!("no X11 idle counter: {e}"),
        }
    }
    if let Some(mutter) = Mutter::connect().await {
        tracing::info!("watching input idle through org.gnome.Mutter.IdleMonitor");
        mutter.watch(threshold, &report).await;
        return Some(IdleSource::MutterIdleMonitor);
    }
    if let Some(logind) = LogindIdle::connect().await {
        tracing::info!("watching input idle through logind's IdleHint (the desktop's idle time)");
        logind.watch(threshold, &report).await;
        return Some(IdleSource::LogindIdleHint);
    }
    tracing::info!("no idle source found");
    None
}

/// The source [`watch`] would follow now (for `doctor`), without watching it.
pub async fn probe() -> Option<IdleSource> {
    if !super::wayland_session() && X11Idle::connect().is_ok() {
        return Some(IdleSource::X11Sync);
    }
    if Mutter::connect().await.is_some() {
        return Some(IdleSource::MutterIdleMonitor);
    }
    if LogindIdle::connect().await.is_some() {
        return Some(IdleSource::LogindIdleHint);
    }
    None
}

/// The threshold in the counter's unit (milliseconds).
fn millis(after: Duration) -> i64 {
    i64::try_from(after.as_millis()).unwrap_or(i64::MAX)
}

/// Whether an idle time of `idle_ms` counts as idle.
fn is_idle(idle_ms: i64, after: Duration) -> bool {
    idle_ms >= millis(after)
}

/// The alarm to wait on: while active, for the idle time reaching the threshold; while idle, for it
/// falling below (any input sets the counter back to 0). Comparisons, not transitions: an alarm set on
/// a condition that already holds fires at once, so an input between reading the counter and arming
/// is not missed.
fn alarm_for(idle: bool, after: Duration) -> (TESTTYPE, i64) {
    if idle {
        (TESTTYPE::NEGATIVE_COMPARISON, millis(after) - 1)
    } else {
        (TESTTYPE::POSITIVE_COMPARISON, millis(after))
    }
}

fn to_int64(value: i64) -> Int64 {
    Int64 {
        hi: (value >> 32) as i32,
        lo: value as u32,
    }
}

fn from_int64(value: Int64) -> i64 {
    (i64::from(value.hi) << 32) | i64::from(value.lo)
}

/// The X11 source: its thread and the means to wake it when the threshold changes.
struct X11Idle {
    conn: Arc<RustConnection>,
    wake: Window,
    /// Resolves when the thread ends (the worker gone, or the X connection lost).
    ended: tokio::sync::oneshot::Receiver<()>,
}

/// What the X11 thread needs of the server.
struct X11Parts {
    conn: RustConnection,
    counter: sync::Counter,
    wake: Window,
}

impl X11Idle {
    /// The display's IDLETIME counter and an unmapped window of our own (for the wake-up message).
    fn connect() -> Result<X11Parts, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
        let root = conn.setup().roots[screen].root;
        conn.sync_initialize(3, 1)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| format!("no SYNC extension: {e}"))?;
        let counters = conn
            .sync_list_system_counters()
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        let counter = counters
            .counters
            .iter()
            .find(|c| c.name == b"IDLETIME")
            .map(|c| c.counter)
            .ok_or("the X server has no IDLETIME counter")?;
        let wake = conn.generate_id().map_err(|e| e.to_string())?;
        conn.create_window(
            0,
            wake,
            root,
            0,
            0,
            1,
            1,
            0,
            WindowClass::INPUT_ONLY,
            0,
            &CreateWindowAux::new(),
        )
        .map_err(|e| e.to_string())?;
        conn.flush().map_err(|e| e.to_string())?;
        Ok(X11Parts {
            conn,
            counter,
            wake,
        })
    }

    /// Connects (on the thread, so the worker never waits on the X server) and starts the thread.
    async fn start(threshold: Threshold, report: Arc<Report>) -> Result<X11Idle, String> {
        let (ready, connected) = tokio::sync::oneshot::channel();
        let (end, ended) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("b24-status idle".into())
            .spawn(move || {
                let parts = match X11Idle::connect() {
                    Ok(parts) => parts,
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                let conn = Arc::new(parts.conn);
                if ready.send(Ok((conn.clone(), parts.wake))).is_ok() {
                    let mut alarms = Alarms {
                        conn: &conn,
                        counter: parts.counter,
                        alarm: None,
                        after: None,
                        idle: false,
                    };
                    if let Err(e) = alarms.run(threshold, &report) {
                        tracing::warn!("the X11 idle watch ended: {e}");
                    }
                }
                let _ = end.send(());
            })
            .map_err(|e| e.to_string())?;
        let (conn, wake) = connected.await.map_err(|e| e.to_string())??;
        Ok(X11Idle { conn, wake, ended })
    }

    /// Wakes the thread at each change of the threshold (and once its sender is gone, which ends it);
    /// returns when the thread ends.
    async fn follow(mut self, mut threshold: Threshold) {
        loop {
            tokio::select! {
                changed = threshold.changed() => {
                    self.wake();
                    if changed.is_err() {
                        return;
                    }
                }
                _ = &mut self.ended => return,
            }
        }
    }

    fn wake(&self) {
        let message = ClientMessageEvent::new(32, self.wake, x11rb::NONE, [0u32; 5]);
        let _ = self
            .conn
            .send_event(false, self.wake, EventMask::NO_EVENT, message);
        let _ = self.conn.flush();
    }
}

/// The X11 thread's state: the one alarm on the IDLETIME counter and what was last reported.
struct Alarms<'a> {
    conn: &'a RustConnection,
    counter: sync::Counter,
    alarm: Option<sync::Alarm>,
    after: Option<Duration>,
    idle: bool,
}

type X11Result<T> = Result<T, Box<dyn std::error::Error>>;

impl Alarms<'_> {
    /// Takes the threshold, then blocks on the connection: an alarm's event or our wake-up message.
    fn run(&mut self, mut threshold: Threshold, report: &Report) -> X11Result<()> {
        let first = *threshold.borrow_and_update();
        if !self.set_threshold(first, report)? {
            return Ok(());
        }
        loop {
            match self.conn.wait_for_event()? {
                Event::SyncAlarmNotify(e)
                    if Some(e.alarm) == self.alarm && e.state != sync::ALARMSTATE::DESTROYED =>
                {
                    let Some(after) = self.after else { continue };
                    // The counter's value when the alarm fired says which side of the threshold it is.
                    let idle = is_idle(from_int64(e.counter_value), after);
                    if idle != self.idle {
                        self.idle = idle;
                        tracing::info!(idle, "input idle changed");
                        if !report(Signal::Idle(idle)) {
                            return Ok(());
                        }
                    }
                    self.arm(after)?;
                }
                Event::ClientMessage(_) => match threshold.has_changed() {
                    // The worker dropped the threshold's sender: it is gone.
                    Err(_) => return Ok(()),
                    Ok(false) => {}
                    Ok(true) => {
                        let after = *threshold.borrow_and_update();
                        if !self.set_threshold(after, report)? {
                            return Ok(());
                        }
                    }
                },
                Event::Error(e) => tracing::debug!("X11 idle watch: {e:?}"),
                _ => {}
            }
        }
    }

    /// Re-arms for a new threshold and reports the state under it; false once the worker is gone.
    fn set_threshold(&mut self, after: Option<Duration>, report: &Report) -> X11Result<bool> {
        self.after = after;
        tracing::info!(
            secs = ?after.map(|a| a.as_secs()),
            "idle threshold set (None: the rule is off)"
        );
        let Some(after) = after else {
            if let Some(alarm) = self.alarm.take() {
                self.conn.sync_destroy_alarm(alarm)?;
                self.conn.flush()?;
            }
            self.idle = false;
            return Ok(report(Signal::Idle(false)));
        };
        let now = self.conn.sync_query_counter(self.counter)?.reply()?;
        self.idle = is_idle(from_int64(now.counter_value), after);
        self.arm(after)?;
        Ok(report(Signal::Idle(self.idle)))
    }

    /// Sets the alarm for leaving the state last reported.
    fn arm(&mut self, after: Duration) -> X11Result<()> {
        let (test, value) = alarm_for(self.idle, after);
        match self.alarm {
            Some(alarm) => {
                let aux = sync::ChangeAlarmAux::new()
                    .value_type(VALUETYPE::ABSOLUTE)
                    .value(to_int64(value))
                    .test_type(test)
                    .delta(to_int64(0))
                    .events(1);
                self.conn.sync_change_alarm(alarm, &aux)?;
            }
            None => {
                let alarm = self.conn.generate_id()?;
                let aux = sync::CreateAlarmAux::new()
                    .counter(self.counter)
                    .value_type(VALUETYPE::ABSOLUTE)
                    .value(to_int64(value))
                    .test_type(test)
                    .delta(to_int64(0))
                    .events(1);
                self.conn.sync_create_alarm(alarm, &aux)?.check()?;
                self.alarm = Some(alarm);
            }
        }
        self.conn.flush()?;
        Ok(())
    }
}

const MUTTER: &str = "org.gnome.Mutter.IdleMonitor";

/// GNOME's idle monitor on the session bus.
struct Mutter {
    proxy: zbus::Proxy<'static>,
}

impl Mutter {
    /// The monitor, when something owns its name.
    async fn connect() -> Option<Mutter> {
        let conn = zbus::Connection::session().await.ok()?;
        let dbus = zbus::fdo::DBusProxy::new(&conn).await.ok()?;
        let owned = dbus
            .name_has_owner(zbus::names::BusName::try_from(MUTTER).ok()?)
            .await
            .unwrap_or(false);
        if !owned {
            return None;
        }
        let proxy =
            super::bus::proxy(&conn, MUTTER, "/org/gnome/Mutter/IdleMonitor/Core", MUTTER).await?;
        Some(Mutter { proxy })
    }

    async fn idle_ms(&self) -> i64 {
        let idle: u64 = self.proxy.call("GetIdletime", &()).await.unwrap_or(0);
        i64::try_from(idle).unwrap_or(i64::MAX)
    }

    async fn watch(self, mut threshold: Threshold, report: &Report) {
        let Ok(mut fired) = self.proxy.receive_signal("WatchFired").await else {
            return;
        };
        let mut state = MutterWatches::default();
        let first = *threshold.borrow_and_update();
        if !state.set(&self, first, report).await {
            return;
        }
        loop {
            tokio::select! {
                changed = threshold.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    let after = *threshold.borrow_and_update();
                    if !state.set(&self, after, report).await {
                        return;
                    }
                }
                message = fired.next() => {
                    let Some(message) = message else {
                        tracing::warn!("the Mutter idle monitor went away");
                        return;
                    };
                    let Ok(id) = message.body().deserialize::<u32>() else { continue };
                    if !state.fired(&self, id, report).await {
                        return;
                    }
                }
            }
        }
    }
}

/// Our watches on Mutter's monitor and what was last reported.
#[derive(Default)]
struct MutterWatches {
    after: Option<Duration>,
    idle_watch: Option<u32>,
    active_watch: Option<u32>,
    idle: bool,
}

impl MutterWatches {
    /// Replaces the watches for a new threshold and reports the state under it.
    async fn set(&mut self, mutter: &Mutter, after: Option<Duration>, report: &Report) -> bool {
        for id in [self.idle_watch.take(), self.active_watch.take()]
            .into_iter()
            .flatten()
        {
            let _: Result<(), _> = mutter.proxy.call("RemoveWatch", &(id,)).await;
        }
        self.after = after;
        tracing::info!(
            secs = ?after.map(|a| a.as_secs()),
            "idle threshold set (None: the rule is off)"
        );
        let Some(after) = after else {
            self.idle = false;
            return report(Signal::Idle(false));
        };
        let interval = u64::try_from(millis(after)).unwrap_or(u64::MAX);
        self.idle_watch = mutter.proxy.call("AddIdleWatch", &(interval,)).await.ok();
        self.idle = is_idle(mutter.idle_ms().await, after);
        if self.idle {
            self.watch_active(mutter, after).await;
        }
        report(Signal::Idle(self.idle))
    }

    /// Asks to hear of the next input; an input already made meanwhile counts.
    async fn watch_active(&mut self, mutter: &Mutter, after: Duration) {
        self.active_watch = mutter.proxy.call("AddUserActiveWatch", &()).await.ok();
        if !is_idle(mutter.idle_ms().await, after) {
            self.idle = false;
        }
    }

    async fn fired(&mut self, mutter: &Mutter, id: u32, report: &Report) -> bool {
        let Some(after) = self.after else { return true };
        let was = self.idle;
        if Some(id) == self.idle_watch && !self.idle {
            self.idle = true;
            self.watch_active(mutter, after).await;
        } else if Some(id) == self.active_watch {
            // A user-active watch fires once and is gone.
            self.active_watch = None;
            self.idle = false;
        }
        if self.idle == was {
            return true;
        }
        tracing::info!(idle = self.idle, "input idle changed");
        report(Signal::Idle(self.idle))
    }
}

const LOGIND_SESSION: &str = "org.freedesktop.login1.Session";

/// logind's session, whose `IdleHint` the desktop sets.
struct LogindIdle {
    conn: zbus::Connection,
    session: zbus::Proxy<'static>,
    path: zbus::zvariant::OwnedObjectPath,
}

impl LogindIdle {
    async fn connect() -> Option<LogindIdle> {
        let conn = zbus::Connection::system().await.ok()?;
        let path = super::lock::session_path(&conn).await?;
        let session = super::bus::proxy(
            &conn,
            "org.freedesktop.login1",
            path.clone(),
            LOGIND_SESSION,
        )
        .await?;
        Some(LogindIdle {
            conn,
            session,
            path,
        })
    }

    async fn watch(self, mut threshold: Threshold, report: &Report) {
        let Some(changes) = super::lock::properties_changed(&self.conn, &self.path).await else {
            return;
        };
        let mut hints = Box::pin(changes.filter_map(|message| async move {
            let (iface, changed, _): (
                String,
                std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
                Vec<String>,
            ) = message.body().deserialize().ok()?;
            if iface != LOGIND_SESSION {
                return None;
            }
            bool::try_from(changed.get("IdleHint")?.clone()).ok()
        }));
        let mut hint = self
            .session
            .get_property::<bool>("IdleHint")
            .await
            .unwrap_or(false);
        let mut on = threshold.borrow_and_update().is_some();
        let mut idle = on && hint;
        if !report(Signal::Idle(idle)) {
            return;
        }
        loop {
            tokio::select! {
                changed = threshold.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    on = threshold.borrow_and_update().is_some();
                    // A threshold set anew reports the state under it, as the other sources do.
                    idle = on && hint;
                    if !report(Signal::Idle(idle)) {
                        return;
                    }
                    continue;
                }
                now = hints.next() => match now {
                    Some(now) => hint = now,
                    None => return,
                },
            }
            if (on && hint) != idle {
                idle = on && hint;
                tracing::info!(idle, "logind's idle hint changed");
                if !report(Signal::Idle(idle)) {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEN_MIN: Duration = Duration::from_secs(600);

    #[test]
    fn idle_from_the_threshold_on() {
        assert!(!is_idle(0, TEN_MIN));
        assert!(!is_idle(599_999, TEN_MIN));
        assert!(is_idle(600_000, TEN_MIN));
        assert!(is_idle(3_600_000, TEN_MIN));
    }

    #[test]
    fn active_waits_for_the_threshold_idle_for_any_input() {
        assert_eq!(
            alarm_for(false, TEN_MIN),
            (TESTTYPE::POSITIVE_COMPARISON, 600_000)
        );
        // Idle: fires once the counter is below the threshold again (an input sets it to 0).
        let (test, value) = alarm_for(true, TEN_MIN);
        assert_eq!((test, value), (TESTTYPE::NEGATIVE_COMPARISON, 599_999));
        assert!(
            !is_idle(value, TEN_MIN),
            "the alarm's value is on the active side"
        );
        let (_, on_active) = alarm_for(false, TEN_MIN);
        assert!(
            is_idle(on_active, TEN_MIN),
            "and the other on the idle side"
        );
    }

    #[test]
    fn the_counter_value_round_trips_through_x11s_int64() {
        for value in [0, 1, 599_999, 600_000, 86_400_000, (1 << 32) + 5, i64::MAX] {
            assert_eq!(from_int64(to_int64(value)), value);
        }
        assert_eq!(to_int64(600_000).hi, 0);
        assert_eq!(to_int64(600_000).lo, 600_000);
        assert_eq!(from_int64(Int64 { hi: 1, lo: 0 }), 1 << 32);
    }

    #[test]
    fn a_day_in_milliseconds_fits_the_counter_and_mutters_interval() {
        assert_eq!(millis(Duration::from_secs(86_400)), 86_400_000);
        assert_eq!(millis(Duration::from_millis(1500)), 1500);
    }
}
