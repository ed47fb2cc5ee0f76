//! Compiles the message catalogue in: one entry per folder of `i18n/` (a language, English first) with
//! its `.ftl` files, so that adding a language is adding its folder (src/text/catalogue.rs).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed=i18n");
    let mut languages: Vec<String> = std::fs::read_dir(&root)
        .expect("the i18n folder")
        .map(|entry| entry.expect("an i18n entry").path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    // English first (the fallback), then the others in a stable order.
    languages.sort_by_key(|tag| (tag != "en", tag.clone()));
    let mut out = String::from("pub const LANGUAGES: &[(&str, &[(&str, &str)])] = &[\n");
    for tag in &languages {
        let mut files: Vec<String> = std::fs::read_dir(root.join(tag))
            .expect("a language folder")
            .map(|entry| entry.expect("a catalogue file").path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        files.sort();
        writeln!(out, "    ({tag:?}, &[").unwrap();
        for file in files {
            let path = root.join(tag).join(&file);
            writeln!(
                out,
                "        ({file:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
        writeln!(out, "    ]),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("languages.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
