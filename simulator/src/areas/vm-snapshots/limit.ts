// The CAS per-VM snapshot limit, apart so that the seed can use it without the handlers' imports.

/** CAS keeps at most this many external snapshots of a VM (004 §1.10 item 6's example value). */
export const LIMIT_COUNT = 10;
