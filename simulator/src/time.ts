// The platform's timestamp forms. Imports nothing.

/** Millisecond-precision ISO (glance, keystone). */
export const iso = (ms: number) => new Date(ms).toISOString();

/** Seconds-precision ISO, as nova writes a server's times (api-notes I-27). */
export const isoSec = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Nova's timestamp form for key pairs and volumes: UTC, microseconds, no zone designator. */
export const novaTime = (ms: number) => new Date(ms).toISOString().replace('Z', '000');

export const DAY_MS = 86400_000;
