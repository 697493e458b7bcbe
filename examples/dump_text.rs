//! Print the text clausescan extracts from a file (for looking at what the
//! rules see): `cargo run --release --example dump_text -- FILE`.
use clausescan::extract::{Format, Limits, extract};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_text FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let head = &bytes[..bytes.len().min(8192)];
    let format = Format::detect(&path, head);
    match extract(format, &bytes, &Limits::default()) {
        Ok(x) => print!("{}", x.text),
        Err(e) => {
            eprintln!("{path}: {e:?}");
            std::process::exit(1);
        }
    }
}
