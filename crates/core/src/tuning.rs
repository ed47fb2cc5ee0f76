//! Every tuning number of b24-status in one place, each with the reason it has the value it has.
//!
//! The knobs' shapes (`Policy`, `Pace`, `Pushback`) are defined here too, as plain data, so this module
//! sits below every module that uses them; a change of pace, patience or spread is one edit, reviewed
//! next to its reason. docs/FLEET.md and docs/PERFORMANCE.md record the measurements behind them.

use std::time::Duration;

/// How persistently failures are retried.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    /// Most attempts of one call before giving up; `None` retries forever.
    pub max_attempts: Option<u32>,
    /// Longest time from the first failed attempt to giving up; `None` retries forever.
    pub budget: Option<Duration>,
    /// Delay after the first failure; doubles with each further one.
    pub base_delay: Duration,
    /// Cap of the growing delay.
    pub max_delay: Duration,
    /// Cap of the delay when the portal's rate limit refuses a user's change ((`Backoff::change_failed`)):
    /// the shared bucket frees a slot every half second, so a change keeps trying every few seconds while
    /// the reads of the same office give way (`Intent::Poll`, `poll.rs`).
    pub max_limited_change_delay: Duration,
    /// The same cap for a change a timer made (the revert of a timed status): nobody is waiting at a
    /// menu for it, and a whole office's reverts come at once at 09:00 (docs/FLEET.md).
    pub max_limited_timer_delay: Duration,
    /// Longest time a single call may take.
    pub call_timeout: Duration,
    /// The client-side rate limit on calls, if any (a one-shot command makes too few calls to need one).
    pub pace: Option<Pace>,
}

/// The bucket's shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pace {
    /// Calls that may go at once after a quiet spell.
    pub burst: f64,
    /// Calls per second regained.
    pub per_sec: f64,
}

/// How the interval reacts to the portal's rate limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pushback {
    /// The stretch is multiplied by this per refused call (up to 16×).
    pub grow: u32,
    /// Answered calls in a row that halve the stretch.
    pub shrink_after: u32,
}

/// A command-line call: a few retries, giving up within 60 seconds — a person is waiting at a prompt.
pub const CLI_RETRY: Policy = Policy {
    max_attempts: Some(5),
    budget: Some(Duration::from_secs(60)),
    base_delay: Duration::from_millis(500),
    max_delay: Duration::from_secs(8),
    max_limited_change_delay: Duration::from_secs(8),
    max_limited_timer_delay: Duration::from_secs(8),
    call_timeout: CALL_TIMEOUT,
    pace: None,
};

/// A long-running app (the tray): a choice is kept and retried until the portal answers. A user's change
/// refused by the rate limit retries every 1–4 s — the shared bucket frees a slot every half second —
/// while the office's reads give way (docs/FLEET.md). A revert refused by it backs off to 8–16 s: at
/// 09:00 an office's 300 reverts then take about 5 calls each instead of 12, and the last is confirmed
/// 140–144 s after 09:00 instead of 139 (docs/FLEET.md, "The office at 09:00").
pub const BACKGROUND_RETRY: Policy = Policy {
    max_attempts: None,
    budget: None,
    base_delay: Duration::from_secs(1),
    max_delay: Duration::from_secs(60),
    max_limited_change_delay: Duration::from_secs(4),
    max_limited_timer_delay: Duration::from_secs(16),
    call_timeout: CALL_TIMEOUT,
    pace: Some(TRAY_PACE),
};

/// The tray's share of the portal's bucket (50 requests, draining 2/s, shared by everyone behind one
/// address): a burst of 10, then one call every two seconds — a fifth of the drain, so a storm of clicks
/// cannot trip the limit for the office.
pub const TRAY_PACE: Pace = Pace {
    burst: 10.0,
    per_sec: 0.5,
};

/// How the tray's poll interval reacts to the rate limit, chosen with `examples/fleet.rs`
/// (docs/FLEET.md): ×2 per refusal and ÷2 per answer cycled between storms and lulls; ×4 per refusal,
/// halved only after 16 answers in a row, overshoots a little, so an office settles below its bucket's
/// drain instead of hovering at it. After one refusal a lone machine polls at 4× for 16 answers and at
/// 2× for 16 more.
pub const TRAY_PUSHBACK: Pushback = Pushback {
    grow: 4,
    shrink_after: 16,
};

/// The longest stretch of the poll interval after rate-limit answers: a 60 s interval never waits more
/// than 16 minutes, however hard the portal pushes back.
pub const MAX_POLL_STRETCH: u32 = 16;

/// Answered calls after a refusal during which a resync stays spread over a whole stretched interval:
/// about an hour of polls at the default interval, long enough for an office's bucket to have drained.
pub const PUSHBACK_MEMORY: u32 = 60;

/// Each poll waits its interval ±20 %, so machines behind one address do not poll in step.
pub const POLL_JITTER: f64 = 0.2;

/// The poll interval when config.toml sets none: a status changed in the browser shows within a minute,
/// and 300 machines polling behind one address stay below the bucket's drain (docs/FLEET.md).
pub const DEFAULT_POLL_SECS: u64 = 60;

/// The Do Not Disturb shortcut when config.toml names none: keys that no stock binding of GNOME, KDE
/// Plasma, XFCE, Cinnamon or MATE uses (Ctrl+Alt+D, the first default, is Show Desktop on XFCE 4.18 and
/// MATE; what was checked is listed at `platform::shortcut::DEFAULT`), and the one the README shows.
/// (Here, not in platform/, so that the config file can write it out as the default.)
pub const DEFAULT_DND_SHORTCUT: &str = "Ctrl+Alt+Shift+D";

/// A resync after the machine woke from sleep reads within this spread: waking is one machine's event.
pub const RESYNC_AFTER_WAKE: Duration = Duration::from_secs(5);

/// A resync after the network returned reads within this spread: an office's machines all see their
/// shared connection return at once, and the portal's bucket absorbs 50 + 2 × 15 = 80 reads in 15 s.
pub const RESYNC_AFTER_NETWORK: Duration = Duration::from_secs(15);

/// Longest time to wait for a TCP/TLS connection: a portal that does not accept within 10 s is down
/// for the user's purposes, and the retry policy takes over.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Longest time for one whole call, answer included (Bitrix24 answers in well under a second; 30 s
/// covers a slow proxy without leaving a click hanging for minutes).
pub const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// A renamed portal redirects once; more hops than this is a loop.
pub const MAX_REDIRECTS: usize = 3;

/// The most of an answer's body that is read: Bitrix24 answers these three methods in a few hundred
/// bytes (a `profile` with every field in well under 4 KB), so 1 MiB is generous; a portal, proxy or
/// attacker sending more (a huge file, an endless chunked stream) is cut off there as a bad answer
/// instead of filling the memory.
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// `doctor` makes one attempt per check and waits at most this long for it: it reports, it does not
/// retry.
pub const DOCTOR_TIMEOUT: Duration = Duration::from_secs(10);

/// A pending choice older than this is dropped rather than applied at the next start: the user has
/// moved on (a working day).
pub const PENDING_MAX_AGE: Duration = Duration::from_secs(12 * 3600);

/// How long the tray waits for a control-socket client to send its one request line, and later to take
/// the reply: a real client does both at once; a stuck one holds only its own connection, this long.
pub const IPC_REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// The longest control-socket request line the tray reads: a request is one short JSON object (well
/// under 200 bytes); a client that sends more without a newline is not a b24-status client, and the
/// tray stops reading and closes rather than buffer what it sends.
pub const IPC_REQUEST_MAX_BYTES: usize = 4096;

/// How long a probe (`doctor`, a starting tray) waits for the running tray's answer to its ping: the
/// listener answers at once, without the engine, so silence this long means the tray is stuck.
pub const IPC_PING_TIMEOUT: Duration = Duration::from_secs(5);

/// How long the tray's accept loop pauses after the system refused a connection (out of file
/// descriptors): long enough not to spin on the error, short enough that the next client barely notices.
pub const IPC_ACCEPT_PAUSE: Duration = Duration::from_millis(100);

/// How long the tray lets a CLI request wait for a confirmation before answering with the last error:
/// the CLI's own retry budget (60 s) less a margin, so the answer arrives before the CLI gives up.
pub const IPC_SERVER_WAIT: Duration = Duration::from_secs(55);

/// How long the CLI waits for the running tray's answer: a little longer than the tray waits for the
/// portal ([`IPC_SERVER_WAIT`]).
pub const IPC_CLIENT_TIMEOUT: Duration = Duration::from_secs(65);

/// How long the sign-in page waits for a sign-in before it closes itself: long enough to create a
/// webhook in Bitrix24 in another tab, short enough that a forgotten page does not listen for long.
pub const SIGN_IN_PAGE_LIFE: Duration = Duration::from_secs(10 * 60);

/// How long the sign-in page's accept loop sleeps when no connection is waiting (it then checks its
/// stop flag and deadline): a browser's connection waits at most 25 ms to be taken, and a closed page
/// stops answering as fast, at forty idle wake-ups a second only while the page is open (10 minutes at
/// most).
pub const SIGN_IN_PAGE_POLL: Duration = Duration::from_millis(25);

/// How long a keyring call waits before its one retry when the keyring was busy (an entry changed by
/// another program between finding and using it): long enough for that change to finish over D-Bus
/// (a few milliseconds), short enough to go unnoticed in a command.
pub const KEYRING_RETRY_PAUSE: Duration = Duration::from_millis(50);

/// How many connections the sign-in page serves at once, one thread each; more are answered 503 and
/// closed at once. The page is one document and one submission at a time (a browser opens a connection
/// or two, plus a speculative one), so 8 is ample, and it bounds what any local user can make the tray
/// hold, token or not, to 8 threads and 8 sockets.
pub const SIGN_IN_PAGE_CONNECTIONS: usize = 8;

/// How long a connection to the sign-in page may take to send its whole request (head and body, at
/// most 16 KiB over loopback): a browser sends it at once, so 10 s is ample even on a loaded machine,
/// and a silent or trickling client frees its slot after that.
pub const SIGN_IN_PAGE_READ_DEADLINE: Duration = Duration::from_secs(10);

/// After answering, how long the sign-in page reads and drops what a client still sends (a body it
/// refused) before closing, so that the client reads the answer rather than a connection reset: a
/// loopback client has sent everything within milliseconds; 1 s bounds how long a slot stays taken.
pub const SIGN_IN_PAGE_LINGER: Duration = Duration::from_secs(1);

/// How long Quit waits for the worker to clean up (a portal call in flight is abandoned, not awaited):
/// enough for the state file and the socket, not long enough for the user to notice.
pub const QUIT_GRACE: Duration = Duration::from_millis(500);

/// GTK start-up tries and the pause between them: an app started at login can race the display server,
/// which is usually up within a second or two.
pub const GTK_INIT_TRIES: u32 = 10;
pub const GTK_INIT_PAUSE: Duration = Duration::from_millis(300);

/// How long after start the tray host is looked for: at login the panel may come up after the app.
pub const TRAY_HOST_GRACE: Duration = Duration::from_secs(3);

/// How long the desktop portal may take to answer the shortcut calls that involve no user: starting it
/// by D-Bus activation and opening the session. Binding waits for the user's answer and has no limit.
pub const SHORTCUT_PORTAL_TIMEOUT: Duration = Duration::from_secs(15);

/// How long closing a shortcut-portal session we give up on may take.
pub const SHORTCUT_PORTAL_TIDY_TIMEOUT: Duration = Duration::from_secs(2);

/// How long the tray waits at start for GLib to hand out a working session bus after GApplication's
/// registration was kept off it (platform/linux/tray_host.rs): the failed connection is released within
/// milliseconds; a bus that is really down is reported after this, and the tray goes on without it.
pub const SESSION_BUS_WAIT: Duration = Duration::from_millis(250);

/// The longest a timed status may run (`--for`, `--until`): a week covers "until after my holiday
/// week-end" and any typo longer than that (`--for 70d`) is far likelier a mistake than a wish. "Until I
/// turn it off" has no end at all.
pub const MAX_TIMED: Duration = Duration::from_secs(7 * 86_400);

/// The window over which the machines of an office spread the revert of a status that ends on a whole
/// minute (`09:00`): 300 machines over 60 s are 5 calls a second at most, and the portal's shared bucket
/// (50 burst, 2/s) absorbs the first 50 and the rest within the same couple of minutes (docs/FLEET.md).
pub const ROUND_MOMENT_SPREAD: Duration = Duration::from_secs(60);

/// When "today" ends for "until tomorrow morning": at 01:00 someone still working means the coming
/// morning, not the one after it.
pub const DAY_STARTS_AT_HOUR: u8 = 4;

/// How often the calendar is read for the meetings rule (also at start and after a wake-up): an event
/// moved or deleted is followed within this; the moments of the events read are timed to the second.
pub const CALENDAR_READ_EVERY: Duration = Duration::from_secs(15 * 60);

/// How many days ahead the calendar is read: today and tomorrow cover every meeting until the next read
/// (and one past midnight).
pub const CALENDAR_DAYS: u32 = 2;

/// A calendar or work-day read that failed (not a missing scope) is tried again after this.
pub const RULE_READ_RETRY: Duration = Duration::from_secs(60);

/// The calls rule's sound server (PulseAudio, or PipeWire's pipewire-pulse) not there or gone: tried
/// again after this, doubling up to [`SOUND_SERVER_RETRY_MAX`]. A restarted daemon is back within seconds;
/// a machine without one costs a wake-up every five minutes at most. Connected, nothing is timed.
pub const SOUND_SERVER_RETRY_FIRST: Duration = Duration::from_secs(5);
pub const SOUND_SERVER_RETRY_MAX: Duration = Duration::from_secs(5 * 60);

/// Longest wait for one answer of the sound server (the handshake, a list of streams): a local daemon
/// answers in milliseconds; one that hangs is left and connected to again. Not a timer while idle: the
/// calls watcher waits for events without any.
pub const SOUND_SERVER_TIMEOUT: Duration = Duration::from_secs(5);

/// How long an automatic override kept from the last run holds at start without its rule's source saying
/// so (the sources report within a second; the calendar's first read may take a round trip or a retry):
/// past this, its condition counts as over and the status returns to the base.
pub const AUTOMATIC_RESTORE_GRACE: Duration = Duration::from_secs(30);

/// The calls rule's camera: how long the opening and closing of a video device must have been quiet
/// before it is asked who holds one open. A program that only lists the cameras (a browser asking for
/// the devices, PipeWire's monitor) opens and closes them within milliseconds; a call keeps one open.
/// A one-off pause after camera events, not a polling period.
pub const CAMERA_SETTLE: Duration = Duration::from_secs(1);
