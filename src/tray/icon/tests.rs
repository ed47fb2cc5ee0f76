//! The rendered icon: each state reads back as itself, sizes, contrast, edges, dominant_status.

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

#[cfg(target_os = "linux")]
#[test]
fn without_a_private_runtime_folder_the_icons_get_a_folder_of_their_own() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    // A parent anyone may write in, as /tmp is.
    let parent = tempfile::tempdir().unwrap();
    std::fs::set_permissions(parent.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
    let folder = IconFolder::own_in(parent.path()).unwrap();
    let meta = std::fs::metadata(folder.path()).unwrap();
    assert_eq!(meta.mode() & 0o7777, 0o700, "{}", folder.path().display());
    assert_eq!(meta.uid(), std::fs::metadata(parent.path()).unwrap().uid());
    let path = folder.path().to_path_buf();
    std::fs::write(path.join("tray-icon-1-0.png"), b"png").unwrap();
    drop(folder);
    assert!(!path.exists(), "the folder goes with the tray");
}
