/** mana_api's timestamp form, `YYYY-MM-DD HH:MM:SS` (001:L123), read as UTC. */
export const manaTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');
