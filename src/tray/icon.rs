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

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes the tests render at: the common tray sizes and their HiDPI doubles.
    const SIZES: [u32; 7] = [16, 22, 24, 32, 48, 64, 128];

    /// Every state the icon can be in: each status and signed out, with and without the alert.
    fn all_states() -> Vec<IconState> {
        let statuses = STATUSES.map(Some).into_iter().chain([None]);
        statuses
            .flat_map(|status| [false, true].map(|alert| IconState { status, alert }))
            .collect()
    }

    /// The pixels of an image as `[r, g, b, a]`.
    fn pixels(image: &[u8]) -> impl Iterator<Item = [u8; 4]> + '_ {
        image.chunks_exact(4).map(|p| [p[0], p[1], p[2], p[3]])
    }

    /// Relative luminance (Rec. 709 weights on the encoded values), 0..=1.
    fn luminance([r, g, b, _]: [u8; 4]) -> f32 {
        (0.2126 * f32::from(r) + 0.7152 * f32::from(g) + 0.0722 * f32::from(b)) / 255.0
    }

    #[test]
    fn every_status_reads_back_as_itself_with_and_without_the_alert() {
        for status in STATUSES {
            for alert in [false, true] {
                for size in SIZES {
                    let image = rgba(
                        IconState {
                            status: Some(status),
                            alert,
                        },
                        size,
                    );
                    assert_eq!(
                        dominant_status(&image),
                        Some(status),
                        "{status:?} alert={alert} at {size}px"
                    );
                }
            }
        }
    }

    #[test]
    fn signed_out_has_no_saturated_pixel_at_all() {
        for alert in [false, true] {
            for size in SIZES {
                let image = rgba(
                    IconState {
                        status: None,
                        alert,
                    },
                    size,
                );
                assert_eq!(dominant_status(&image), None, "alert={alert} at {size}px");
                for px in pixels(&image).filter(|p| p[3] > 0) {
                    let (_, sat, _) = hsv([px[0], px[1], px[2]]);
                    assert!(
                        sat < 0.2,
                        "pixel {px:?} is saturated (alert={alert}, {size}px)"
                    );
                }
            }
        }
    }

    #[test]
    fn the_alert_mark_is_unsaturated_and_leaves_the_status_disc_alone() {
        for status in STATUSES.map(Some).into_iter().chain([None]) {
            for size in SIZES {
                let plain = rgba(
                    IconState {
                        status,
                        alert: false,
                    },
                    size,
                );
                let alert = rgba(
                    IconState {
                        status,
                        alert: true,
                    },
                    size,
                );
                let changed: Vec<_> = pixels(&plain)
                    .zip(pixels(&alert))
                    .filter(|(a, b)| a != b)
                    .collect();
                assert!(!changed.is_empty(), "the alert shows nothing at {size}px");
                for (before, after) in changed {
                    for px in [before, after] {
                        let (_, sat, _) = hsv([px[0], px[1], px[2]]);
                        assert!(sat < 0.2, "the alert changed a saturated pixel at {size}px");
                    }
                }
            }
        }
    }

    #[test]
    fn the_disc_centre_is_exactly_the_mark_colour() {
        for status in STATUSES {
            for size in SIZES {
                let image = rgba(
                    IconState {
                        status: Some(status),
                        alert: false,
                    },
                    size,
                );
                // The disc sits in the bottom-right corner and spans half the icon.
                let (x, y) = (size as usize * 3 / 4, size as usize * 3 / 4);
                let at = (y * size as usize + x) * 4;
                let [r, g, b] = mark_color(status);
                assert_eq!(image[at..at + 4], [r, g, b, 255], "{status:?} at {size}px");
            }
        }
    }

    #[test]
    fn output_is_size_squared_rgba_even_for_degenerate_sizes() {
        for state in all_states() {
            for size in [0, 1, 2, 3, 5, 8].into_iter().chain(SIZES).chain([256]) {
                let len = rgba(state, size).len();
                assert_eq!(
                    len,
                    size as usize * size as usize * 4,
                    "{state:?} at {size}px"
                );
            }
        }
    }

    #[test]
    fn the_glyph_fills_a_reasonable_part_and_reads_on_light_and_dark_panels() {
        for state in all_states() {
            for size in SIZES {
                let image = rgba(state, size);
                let total = (size * size) as f32;
                let covered = pixels(&image).filter(|p| p[3] > 0).count() as f32;
                let share = covered / total;
                assert!(
                    (0.3..=0.9).contains(&share),
                    "{state:?} at {size}px covers {share}"
                );
                let opaque: Vec<_> = pixels(&image).filter(|p| p[3] >= 128).collect();
                let n = opaque.len() as f32;
                let light = opaque.iter().filter(|&&p| luminance(p) > 0.7).count() as f32;
                let dark = opaque.iter().filter(|&&p| luminance(p) < 0.3).count() as f32;
                assert!(light / n >= 0.05, "{state:?} at {size}px: too little light");
                assert!(dark / n >= 0.05, "{state:?} at {size}px: too little dark");
            }
        }
    }

    #[test]
    fn edges_are_crisp_not_blurred() {
        // Straight edges on pixel boundaries leave partial alpha only along the curves and slants.
        for state in all_states() {
            for size in SIZES {
                let image = rgba(state, size);
                let visible = pixels(&image).filter(|p| p[3] > 0).count();
                let partial = pixels(&image).filter(|p| p[3] > 0 && p[3] < 255).count();
                assert!(
                    partial * 5 < visible,
                    "{state:?} at {size}px: {partial} of {visible} pixels are partly transparent"
                );
                // The straight part of the bubble's top edge is solid ink under a transparent row.
                let unit = size as f32 / 16.0;
                let top = unit.round() as usize;
                let corner = (4.0 * unit).ceil() as usize;
                let [r, g, b] = INK_COLOR;
                for x in corner..size as usize - corner {
                    let at = |y: usize| (y * size as usize + x) * 4;
                    assert_eq!(image[at(top - 1) + 3], 0, "{state:?} at {size}px, x={x}");
                    let edge = &image[at(top)..at(top) + 4];
                    assert_eq!(edge, [r, g, b, 255], "{state:?} at {size}px, x={x}");
                }
            }
        }
    }

    #[test]
    fn dominant_status_needs_enough_opaque_saturated_pixels() {
        let grey = [0x80, 0x80, 0x80, 255];
        let mut image: Vec<u8> = std::iter::repeat_n(grey, 1000).flatten().collect();
        assert_eq!(dominant_status(&image), None);
        // A few vivid pixels are noise, not a status.
        image[..8].copy_from_slice(&[0x3B, 0x82, 0xF6, 255, 0x3B, 0x82, 0xF6, 255]);
        assert_eq!(dominant_status(&image), None);
        // Enough vivid pixels decide it, but transparent ones never count.
        let blue = [0x3B, 0x82, 0xF6, 255];
        let faint_red = [0xE5, 0x48, 0x4D, 100];
        image.extend(std::iter::repeat_n(blue, 20).flatten());
        image.extend(std::iter::repeat_n(faint_red, 500).flatten());
        assert_eq!(dominant_status(&image), Some(Status::Break));
        assert_eq!(dominant_status(&[]), None);
    }

    #[test]
    fn dominant_status_picks_the_nearest_hue_by_weighted_vote() {
        for status in STATUSES {
            let [r, g, b] = mark_color(status);
            let image = [[r, g, b, 255]; 4].concat();
            assert_eq!(dominant_status(&image), Some(status));
        }
        // Off-palette colours go to the nearest mark: orange is away, teal-green is online.
        assert_eq!(
            dominant_status(&[0xFF, 0x80, 0x00, 255].repeat(4)),
            Some(Status::Away)
        );
        assert_eq!(
            dominant_status(&[0x20, 0xC0, 0x90, 255].repeat(4)),
            Some(Status::Online)
        );
        // The larger vote wins over the mere presence of another colour.
        let mut image = [0xE5, 0x48, 0x4D, 255].repeat(30);
        image.extend([0x2D, 0xA4, 0x4E, 255].repeat(10));
        assert_eq!(dominant_status(&image), Some(Status::Dnd));
    }
}
