//! Text extractors (temporary module file: the lead replaces it when merging).

pub mod encoding;
pub mod html;
pub mod office;
