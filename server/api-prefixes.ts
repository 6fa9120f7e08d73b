// Every first path segment the API spec uses: the dev proxy (vite.config.ts) and the production
// server (server/serve.ts) forward exactly these to the platform's gateway.
export const API_PREFIXES = ['os', 'cloudos', 'mana_api', 'v1', 'v2', 'v3', '__sim'] as const;
