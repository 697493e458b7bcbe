//! Embeds every `patterns/*.toml` rule pack into the binary, so that the
//! bundled rules work wherever the binary is copied. Each pack is parsed
//! here and embedded as JSON: at start-up serde_json reads the 1.1 MB of
//! packs several times faster than the TOML parser (benches/README.md,
//! session 19). A pack that is not valid TOML stops the build.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
            .join("patterns");
    let out_dir = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("patterns/ directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(f)
            .unwrap_or_else(|e| panic!("{}: cannot read: {e}", f.display()));
        let table: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {}", f.display(), e.message()));
        let json = serde_json::to_string(&table)
            .unwrap_or_else(|e| panic!("{}: cannot write as JSON: {e}", f.display()));
        let dest = out_dir.join(format!("{name}.json"));
        std::fs::write(&dest, json).expect("write to OUT_DIR");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            dest.display().to_string()
        )
        .unwrap();
    }
    out.push(']');
    std::fs::write(out_dir.join("bundled_rules.rs"), out).unwrap();
}
