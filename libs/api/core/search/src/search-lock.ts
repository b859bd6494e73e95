/** Held shared by every outbox drain and exclusively by a full reindex, which so pauses the drains. */
export const REINDEX_LOCK = 7_340_001;
