//! Compiles the message catalogue in: one entry per file `i18n/<tag>.ftl` (a language, English first),
//! so that adding a language is adding its file (src/text/catalogue.rs).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed=i18n");
    let mut languages: Vec<String> = std::fs::read_dir(&root)
        .expect("the i18n folder")
        .map(|entry| entry.expect("an i18n entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    // English first (the fallback), then the others in a stable order.
    languages.sort_by_key(|tag| (tag != "en", tag.clone()));
    let mut out = String::from("pub const LANGUAGES: &[(&str, &str)] = &[\n");
    for tag in &languages {
        let path = root.join(format!("{tag}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("languages.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
