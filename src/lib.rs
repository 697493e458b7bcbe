//! clausescan: find the clauses of vendor legal documents that expose data
//! to US jurisdiction (Privacy Shield, old SCCs, US governing law,
//! government access, US transfers and US entities).
//!
//! The pipeline mirrors the modules: [`walk`] → [`extract`] →
//! [`furniture`] → [`normalize`] → [`matcher`] (keyword prefilter, then regex) →
//! [`analyze`] (findings and attributes) → [`assess`] → [`report`].
//!
//! ```
//! use clausescan::{Engine, RuleSet};
//! let engine = Engine::new(RuleSet::bundled().unwrap());
//! let findings = engine.analyze(
//!     "This Agreement is governed by the laws of the State of California.",
//!     &[],
//!     200,
//! );
//! assert_eq!(findings[0].category.as_str(), "governing_law");
//! ```
#![warn(missing_docs)]
#![allow(missing_docs)] // record fields are documented in schema/document.schema.json

pub mod analyze;
pub mod archive;
pub mod assess;
pub mod attributes;
pub mod definitions;
pub mod eval;
pub mod examples;
pub mod extract;
pub mod furniture;
mod gate;
pub mod isolate;
pub mod language;
pub mod matcher;
pub mod negation;
pub mod normalize;
pub mod ocr;
pub mod parsed;
pub mod record;
pub mod regex_cache;
pub mod report;
pub mod review;
pub mod rules;
pub mod scan;
pub mod walk;

pub use analyze::Engine;
pub use record::{DocumentRecord, Finding, Status, Summary};
pub use rules::{Category, RuleError, RuleSet, RuleSources, Severity};
