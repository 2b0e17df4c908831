//! Snapshots are pinned to Pinata after each epoch.
use hex_literal::hex;

pub const GENESIS_HASH: [u8; 32] = hex!("{{-hex64}}");
pub const PINATA_GROUP: &str = "snapshots";
