// Every first path segment the API spec uses: the dev proxy (vite.config.ts) and the production
// server (server/serve.ts) forward exactly these to the platform's gateway.
export const API_PREFIXES = ['os', 'cloudos', 'mana_api', 'v1', 'v2', 'v3', '__sim'] as const;

/**
 * mana_api is a separate service on its own host in real deployments: its prefix goes to its own
 * target (`MANA_API_URL`), every other prefix to the gateway (`CLOUDOS_API_URL`).
 */
export const MANA_PREFIX = 'mana_api';

export const upstreamOf = (prefix: string, targets: { apiUrl: string; manaApiUrl: string }) =>
  prefix === MANA_PREFIX ? targets.manaApiUrl : targets.apiUrl;
