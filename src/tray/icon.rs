//! The tray icon: a neutral speech bubble with a status disc in its bottom-right corner, drawn as RGBA
//! pixels at the exact size asked for. This module owns the icon's geometry and colours, the renderer
//! (signed-distance shapes with one pixel of analytic anti-aliasing, straight edges on pixel
//! boundaries) and the reverse mapping from pixels to a status that tests use to read the icon back.
//!
//! The bubble is light with a dark outline so it reads on light and dark panels alike; the disc carries
//! the only saturated colour (online green, Do Not Disturb red, away amber, break blue) or grey when
//! the status is unknown. The alert state swaps the bubble's three dots for a dark "!" and keeps the
//! disc's colour.

use crate::status::Status;

/// What the icon shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IconState {
    /// The confirmed status, or `None` when signed out or unknown (the disc is then grey).
    pub status: Option<Status>,
    /// Whether something is wrong (the bubble then shows "!" instead of its dots).
    pub alert: bool,
}

/// The status disc's colour for Online.
pub const ONLINE_COLOR: [u8; 3] = [0x2D, 0xA4, 0x4E];
/// The status disc's colour for Do Not Disturb.
pub const DND_COLOR: [u8; 3] = [0xE5, 0x48, 0x4D];
/// The status disc's colour for Away.
pub const AWAY_COLOR: [u8; 3] = [0xF5, 0xA5, 0x24];
/// The status disc's colour for Break.
pub const BREAK_COLOR: [u8; 3] = [0x3B, 0x82, 0xF6];
/// The status disc's colour when the status is unknown or the user is signed out.
pub const UNKNOWN_COLOR: [u8; 3] = [0x8C, 0x8C, 0x8C];
/// The bubble's fill.
pub const FILL_COLOR: [u8; 3] = [0xF5, 0xF5, 0xF5];
/// The outlines, the disc's rim and the marks inside the bubble.
pub const INK_COLOR: [u8; 3] = [0x26, 0x26, 0x26];

/// Every status, in the order `dominant_status` breaks ties.
const STATUSES: [Status; 4] = [Status::Online, Status::Dnd, Status::Away, Status::Break];

/// The colour of the status mark for a status.
pub fn mark_color(status: Status) -> [u8; 3] {
    match status {
        Status::Online => ONLINE_COLOR,
        Status::Dnd => DND_COLOR,
        Status::Away => AWAY_COLOR,
        Status::Break => BREAK_COLOR,
    }
}

/// The icon as straight (non-premultiplied) RGBA8, row-major, `size * size * 4` bytes.
pub fn rgba(state: IconState, size: u32) -> Vec<u8> {
    let layout = Layout::new(size);
    let mut canvas = Canvas::new(size);
    // The bubble is its outer shape in ink with the same shape, inset by the stroke, filled light.
    canvas.paint(INK_COLOR, |x, y| layout.bubble(x, y));
    canvas.paint(FILL_COLOR, |x, y| layout.bubble(x, y) + layout.stroke);
    if state.alert {
        canvas.paint(INK_COLOR, |x, y| layout.exclamation(x, y));
    } else {
        canvas.paint(INK_COLOR, |x, y| layout.dots(x, y));
    }
    // The disc's ink rim separates it from the bubble and from light panels.
    let (cx, cy, r) = layout.disc;
    canvas.paint(INK_COLOR, |x, y| circle(x, y, cx, cy, r));
    let color = state.status.map_or(UNKNOWN_COLOR, mark_color);
    canvas.paint(color, |x, y| circle(x, y, cx, cy, r - layout.stroke));
    canvas.into_rgba()
}

/// Classifies an RGBA image by its dominant saturated colour: Some(status) whose mark colour's hue is
/// nearest, or None when the image has no saturated pixels (grey). Used by tests that read the icon
/// back from the tray over D-Bus, so it must work on any reasonable rendering of our icon at any size.
pub fn dominant_status(rgba: &[u8]) -> Option<Status> {
    let mut opaque = 0usize;
    let mut saturated = 0usize;
    let mut votes = [0f32; STATUSES.len()];
    let mark_hues = STATUSES.map(|s| hsv(mark_color(s)).0);
    for px in rgba.chunks_exact(4) {
        if px[3] < 128 {
            continue;
        }
        opaque += 1;
        let (hue, sat, val) = hsv([px[0], px[1], px[2]]);
        if sat < 0.35 || val < 0.25 {
            continue;
        }
        saturated += 1;
        // Each pixel votes for the status whose hue is nearest, weighted by how vivid it is.
        let nearest = (0..STATUSES.len())
            .min_by(|&a, &b| {
                hue_distance(hue, mark_hues[a]).total_cmp(&hue_distance(hue, mark_hues[b]))
            })
            .unwrap_or(0);
        votes[nearest] += sat * val;
    }
    if saturated < opaque.div_ceil(100).max(2) {
        return None;
    }
    let best = (0..STATUSES.len()).fold(0, |best, i| if votes[i] > votes[best] { i } else { best });
    Some(STATUSES[best])
}

/// Hue in degrees, saturation and value (both 0..=1) of an RGB colour.
fn hsv(rgb: [u8; 3]) -> (f32, f32, f32) {
    let [r, g, b] = rgb.map(|c| f32::from(c) / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let delta = max - min;
    let sat = if max > 0.0 { delta / max } else { 0.0 };
    let hue = if delta == 0.0 {
        0.0
    } else if max == r {
        60.0 * ((g - b) / delta).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / delta + 2.0)
    } else {
        60.0 * ((r - g) / delta + 4.0)
    };
    (hue, sat, max)
}

/// The distance between two hues around the colour wheel, in degrees.
fn hue_distance(a: f32, b: f32) -> f32 {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d)
}

/// Where everything goes at one size, in pixels, derived from a 16-unit design grid. Straight edges
/// and stroke widths are whole pixels so they land on pixel boundaries.
struct Layout {
    /// The outline's width, which is also the disc's rim.
    stroke: f32,
    /// The bubble's body: left, top, right, bottom and corner radius.
    body: [f32; 5],
    /// The tail's corners: top-left, bottom tip and top-right (the left edge is vertical).
    tail: [(f32, f32); 3],
    /// The dots' size, their vertical position (top edge) and the left edges of the three dots.
    dot: (f32, f32, [f32; 3]),
    /// The "!": left edge, width, bar top, bar bottom, dot top.
    bang: [f32; 5],
    /// The disc's centre and radius.
    disc: (f32, f32, f32),
}

impl Layout {
    /// Lays the icon out for a square canvas of `size` pixels.
    fn new(size: u32) -> Layout {
        let n = size as f32;
        let unit = n / 16.0;
        // Snaps a design-grid coordinate to the nearest pixel boundary.
        let snap = |v: f32| (v * unit).round();
        let stroke = (unit * 0.9).round().max(1.0);
        let disc_r = snap(8.0).max(3.0) / 2.0;
        let body = [0.0, snap(1.0), n, snap(12.0), 3.5 * unit];
        // The tail's slanted edge runs from the body's bottom edge down to the tip; its top corners are
        // extended up into the body along the same lines so that body and tail join seamlessly.
        let (tail_x, tail_right, tip_y) = (snap(3.0), snap(8.0), snap(15.0));
        let overlap = 3.0 * stroke;
        let run = (tail_right - tail_x) * overlap / (tip_y - body[3]).max(1.0);
        let tail = [
            (tail_x, body[3] - overlap),
            (tail_x, tip_y),
            (tail_right + run, body[3] - overlap),
        ];
        let dot_d = snap(2.0).max(1.0);
        let dot_left = (8.0 * unit - 2.5 * dot_d).round();
        let dot = (
            dot_d,
            snap(5.0),
            [0.0, 2.0, 4.0].map(|i| dot_left + i * dot_d),
        );
        let bang_w = snap(2.0).max(1.0);
        let bang = [snap(5.0), bang_w, snap(3.0), snap(7.0), snap(8.0)];
        Layout {
            stroke,
            body,
            tail,
            dot,
            bang,
            disc: (n - disc_r, n - disc_r, disc_r),
        }
    }

    /// The signed distance to the bubble's outer edge (body and tail).
    fn bubble(&self, x: f32, y: f32) -> f32 {
        let [l, t, r, b, radius] = self.body;
        rounded_box(x, y, [l, t, r, b], radius).min(polygon(x, y, &self.tail))
    }

    /// The signed distance to the three dots.
    fn dots(&self, x: f32, y: f32) -> f32 {
        let (d, top, lefts) = self.dot;
        lefts
            .iter()
            .map(|&l| rounded_box(x, y, [l, top, l + d, top + d], corner(d)))
            .fold(f32::INFINITY, f32::min)
    }

    /// The signed distance to the "!".
    fn exclamation(&self, x: f32, y: f32) -> f32 {
        let [l, w, bar_top, bar_bottom, dot_top] = self.bang;
        let round = corner(w);
        let bar = rounded_box(x, y, [l, bar_top, l + w, bar_bottom], round);
        let dot = rounded_box(x, y, [l, dot_top, l + w, dot_top + w], round);
        bar.min(dot)
    }
}

/// The corner radius of a dot `d` pixels wide: small dots are crisp squares, larger ones round.
fn corner(d: f32) -> f32 {
    if d >= 4.0 { d / 2.0 } else { 0.0 }
}

/// The signed distance from a point to a circle (negative inside).
fn circle(x: f32, y: f32, cx: f32, cy: f32, r: f32) -> f32 {
    (x - cx).hypot(y - cy) - r
}

/// The signed distance from a point to an axis-aligned box `[left, top, right, bottom]` with rounded
/// corners of radius `radius`.
fn rounded_box(x: f32, y: f32, [left, top, right, bottom]: [f32; 4], radius: f32) -> f32 {
    let (half_w, half_h) = ((right - left) / 2.0, (bottom - top) / 2.0);
    let radius = radius.min(half_w).min(half_h);
    let qx = (x - left - half_w).abs() - (half_w - radius);
    let qy = (y - top - half_h).abs() - (half_h - radius);
    qx.max(0.0).hypot(qy.max(0.0)) + qx.max(qy).min(0.0) - radius
}

/// The signed distance from a point to a convex polygon.
fn polygon(x: f32, y: f32, corners: &[(f32, f32)]) -> f32 {
    let mut dist = f32::INFINITY;
    let mut sides = [false, false];
    for (i, &(ax, ay)) in corners.iter().enumerate() {
        let (bx, by) = corners[(i + 1) % corners.len()];
        let (ex, ey) = (bx - ax, by - ay);
        let (px, py) = (x - ax, y - ay);
        let h = ((px * ex + py * ey) / (ex * ex + ey * ey)).clamp(0.0, 1.0);
        dist = dist.min((px - ex * h).hypot(py - ey * h));
        sides[usize::from(ex * py - ey * px > 0.0)] = true;
    }
    // Inside a convex polygon the point is on the same side of every edge.
    if sides[0] && sides[1] { dist } else { -dist }
}

/// A premultiplied floating-point RGBA canvas that shapes are painted onto.
struct Canvas {
    /// The width and height in pixels.
    size: usize,
    /// Premultiplied red, green, blue and alpha, row-major.
    pixels: Vec<[f32; 4]>,
}

impl Canvas {
    /// A transparent canvas of `size` by `size` pixels.
    fn new(size: u32) -> Canvas {
        let size = size as usize;
        Canvas {
            size,
            pixels: vec![[0.0; 4]; size * size],
        }
    }

    /// Paints the shape given by `sdf` in an opaque colour over what is there. A pixel's coverage is
    /// the signed distance at its centre with one pixel of linear falloff across the edge, which is
    /// exact for edges on pixel boundaries and a close analytic estimate along curves.
    fn paint(&mut self, color: [u8; 3], sdf: impl Fn(f32, f32) -> f32) {
        let [r, g, b] = color.map(|c| f32::from(c) / 255.0);
        for (i, px) in self.pixels.iter_mut().enumerate() {
            let (x, y) = ((i % self.size) as f32 + 0.5, (i / self.size) as f32 + 0.5);
            let coverage = (0.5 - sdf(x, y)).clamp(0.0, 1.0);
            if coverage > 0.0 {
                for (dst, src) in px.iter_mut().zip([r, g, b, 1.0]) {
                    *dst = src * coverage + *dst * (1.0 - coverage);
                }
            }
        }
    }

    /// The canvas as straight RGBA8.
    fn into_rgba(self) -> Vec<u8> {
        let to_byte = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        let mut out = Vec::with_capacity(self.pixels.len() * 4);
        for [r, g, b, a] in self.pixels {
            if to_byte(a) > 0 {
                out.extend([r / a, g / a, b / a, a].map(to_byte));
            } else {
                out.extend([0; 4]);
            }
        }
        out
    }
}

/// Where tray-icon writes the icon's PNGs on Linux (its backend hands the desktop a file's path): a
/// folder only this user can enter. `$XDG_RUNTIME_DIR/tray-icon` when the runtime folder is private;
/// else a fresh 0700 folder of our own in the temporary folder, removed when this is dropped — never
/// tray-icon's own fallback, a `/tmp/tray-icon` shared by every user (0755).
#[cfg(target_os = "linux")]
pub struct IconFolder {
    path: std::path::PathBuf,
    /// Our own folder, when there is no private runtime folder.
    _own: Option<tempfile::TempDir>,
}

#[cfg(target_os = "linux")]
impl IconFolder {
    pub fn new() -> std::io::Result<IconFolder> {
        match crate::ipc::private_runtime_dir() {
            Some(runtime) => {
                use std::os::unix::fs::DirBuilderExt;
                let path = runtime.join("tray-icon");
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(&path)?;
                Ok(IconFolder { path, _own: None })
            }
            None => IconFolder::own_in(&std::env::temp_dir()),
        }
    }

    /// A fresh folder in `parent`, made 0700 by this user and removed on drop.
    fn own_in(parent: &std::path::Path) -> std::io::Result<IconFolder> {
        let own = tempfile::Builder::new()
            .prefix("b24-status-icons-")
            .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
            .tempdir_in(parent)?;
        Ok(IconFolder {
            path: own.path().to_path_buf(),
            _own: Some(own),
        })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

#[cfg(test)]
mod tests;
