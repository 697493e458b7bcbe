//! Library root (temporary: the lead replaces this when merging `formats`).

pub mod extract;
