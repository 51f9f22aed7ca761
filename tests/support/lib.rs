//! Helpers shared by the harness tests.
