use serde::Serialize;

/// A price in cents.
#[derive(Serialize)]
pub struct Money {
    pub cents: u64,
}
