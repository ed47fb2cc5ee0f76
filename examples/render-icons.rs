//! Writes the tray and application icons as PNG files under `assets/icons/`.
//!
//! Run from the crate root with `cargo run --example render-icons`; the files it writes are committed,
//! so run it again after changing the renderer in `src/tray/icon.rs`.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::Path;

use b24_status::status::Status;
use b24_status::tray::icon::{self, IconState};

/// The sizes of the per-status tray icons.
const TRAY_SIZES: [u32; 8] = [16, 22, 24, 32, 48, 64, 128, 256];
/// The sizes of the application icon in the hicolor theme.
const APP_SIZES: [u32; 5] = [16, 32, 48, 128, 256];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons");
    let states = [
        ("online", Some(Status::Online)),
        ("dnd", Some(Status::Dnd)),
        ("away", Some(Status::Away)),
        ("break", Some(Status::Break)),
        ("offline", None),
    ];
    fs::create_dir_all(&icons)?;
    for (name, status) in states {
        for size in TRAY_SIZES {
            let state = IconState {
                status,
                alert: false,
            };
            write_png(
                &icons.join(format!("b24-status-{name}-{size}.png")),
                state,
                size,
            )?;
        }
    }
    // The application icon is the glyph with the online mark.
    let app = IconState {
        status: Some(Status::Online),
        alert: false,
    };
    for size in APP_SIZES {
        let dir = icons.join(format!("hicolor/{size}x{size}/apps"));
        fs::create_dir_all(&dir)?;
        write_png(&dir.join("b24-status.png"), app, size)?;
    }
    println!("wrote icons under {}", icons.display());
    Ok(())
}

/// Renders one icon and writes it as an 8-bit RGBA PNG.
fn write_png(path: &Path, state: IconState, size: u32) -> Result<(), Box<dyn std::error::Error>> {
    let mut encoder = png::Encoder::new(BufWriter::new(File::create(path)?), size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&icon::rgba(state, size))?;
    writer.finish()?;
    Ok(())
}
