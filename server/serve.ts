// `npm run serve`: the console's production server for `dist/` (built by `npm run build`).
//
// - Hashed assets (`/assets/*`) are cached for a year and never revalidated; `index.html` is
//   revalidated on every load, so a new deployment is picked up at once. Both are served
//   compressed: the build writes `.br` and `.gz` next to each asset (vite.config.ts), and the
//   server picks what the browser accepts.
// - Any other path without a file extension gets the app (`index.html`), whose router shows the
//   page or its own "not found"; a missing asset is a plain 404.
// - The API prefixes are proxied to the platform's gateway, with timeouts.
// - Security headers: a Content-Security-Policy that allows no inline script but the build's own
//   (the login form's boot script, by its hash: see `inlineScriptHashes`), no framing by other sites,
//   Referrer-Policy, nosniff, and HSTS when the request arrived over TLS (behind a terminator
//   that sets X-Forwarded-Proto, with CLOUDOS_TRUST_PROXY set).
// - Runtime configuration is read at start (see `readConfig`), no rebuild needed: what the browser
//   needs is written into `index.html` as a <meta> tag, which needs no inline script.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import helmet from '@fastify/helmet';
import proxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { API_PREFIXES, upstreamOf } from './api-prefixes.ts';

export type ServeConfig = {
  /** Where the build is. */
  dist: string;
  host: string;
  port: number;
  /** The platform's gateway (or the simulator). */
  apiUrl: string;
  /** mana_api's host (MANA_API_URL); the gateway's by default. */
  manaApiUrl: string;
  /** Time allowed for the gateway's response headers, and between two chunks of its body. */
  proxyTimeoutMs: number;
  /** Extra origins the VNC console may be framed from (nova's noVNC proxy, port 6080). */
  frameSources: string[];
  /** Trust X-Forwarded-* from a TLS terminator in front (HSTS, client addresses in the log). */
  trustProxy: boolean;
  /** What the browser app is told: the language for a user who has not chosen one, */
  defaultLanguage: 'zh-CN' | 'en-US' | null;
  /** and where Keystone's token API is when not at the gateway's default path. */
  authPath: string | null;
  /** Log each request (off for tests and the e2e suite). */
  log: boolean;
};

const LANGUAGES = ['zh-CN', 'en-US'] as const;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

/** The configuration from the environment; a bad value stops the server with its name. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const apiUrl = env.CLOUDOS_API_URL ?? 'http://127.0.0.1:11000';
  const api = new URL(apiUrl); // throws on a malformed URL, naming it
  const mana = env.MANA_API_URL ? new URL(env.MANA_API_URL) : api;
  const lang = env.CLOUDOS_DEFAULT_LANGUAGE || null;
  if (lang !== null && !LANGUAGES.some((l) => l === lang))
    throw new Error(`CLOUDOS_DEFAULT_LANGUAGE must be one of ${LANGUAGES.join(', ')}`);
  const authPath = env.CLOUDOS_AUTH_PATH || null;
  if (authPath !== null && !API_PREFIXES.some((p) => authPath.startsWith(`/${p}/`)))
    throw new Error(
      `CLOUDOS_AUTH_PATH must be a path under one of the proxied prefixes (/${API_PREFIXES.join(', /')})`,
    );
  const frames = (env.CLOUDOS_FRAME_SRC ?? '').split(/[\s,]+/).filter(Boolean);
  for (const f of frames) new URL(f);
  return {
    dist: resolve(env.CLOUDOS_DIST ?? 'dist'),
    host: env.HOST ?? '127.0.0.1',
    port: positiveInt('PORT', env.PORT, 8080),
    apiUrl: api.origin,
    manaApiUrl: mana.origin,
    proxyTimeoutMs: positiveInt('CLOUDOS_PROXY_TIMEOUT_MS', env.CLOUDOS_PROXY_TIMEOUT_MS, 60_000),
    // The simulator serves its stand-in noVNC page itself, on the API's origin.
    frameSources: [api.origin, ...frames.map((f) => new URL(f).origin)],
    trustProxy: env.CLOUDOS_TRUST_PROXY === '1' || env.CLOUDOS_TRUST_PROXY === 'true',
    defaultLanguage: (lang as ServeConfig['defaultLanguage']) ?? null,
    authPath,
    log: env.CLOUDOS_LOG !== '0',
  };
}

/** `index.html` with the browser's part of the configuration in a <meta> tag. */
export function withRuntimeConfig(html: string, config: ServeConfig): string {
  const browser = { defaultLanguage: config.defaultLanguage, authPath: config.authPath };
  // Attribute-escaped JSON: the value cannot end the attribute or the tag.
  const content = JSON.stringify(browser)
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
  return html.replace(
    '</head>',
    `    <meta name="cloudos-config" content="${content}" />\n  </head>`,
  );
}

/**
 * The CSP sources of the inline scripts of the build's index.html: the one that shows the login
 * form before the app's code arrives (vite.config.ts, prerenderLogin). Allowed by hash, so no
 * other inline script (an injected one) runs.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

export function contentSecurityPolicy(
  config: ServeConfig,
  inlineScripts: string[] = [],
): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    // Module files of this origin, and index.html's own inline script by its hash.
    scriptSrc: ["'self'", ...inlineScripts],
    // antd's ConfigProvider writes the theme's CSS variables into <style> elements at run time,
    // and index.html carries the login page's stylesheet inline.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'", ...config.frameSources],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
}

export async function createServer(config: ServeConfig): Promise<FastifyInstance> {
  const indexPath = resolve(config.dist, 'index.html');
  if (!existsSync(indexPath))
    throw new Error(`${indexPath} is missing: run \`npm run build\` first`);
  const index = withRuntimeConfig(readFileSync(indexPath, 'utf8'), config);

  const app = Fastify({ logger: config.log, trustProxy: config.trustProxy });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: contentSecurityPolicy(config, inlineScriptHashes(index)),
    },
    // Sent only over TLS (below): over plain HTTP it means nothing and misleads.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // The VNC page of another origin is framed, and antd loads nothing cross-origin.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  for (const prefix of API_PREFIXES) {
    await app.register(proxy, {
      upstream: upstreamOf(prefix, config),
      prefix: `/${prefix}`,
      rewritePrefix: `/${prefix}`,
      // No helmet headers on the platform's answers: they are its own.
      undici: {
        headersTimeout: config.proxyTimeoutMs,
        bodyTimeout: config.proxyTimeoutMs,
      },
      replyOptions: {
        rewriteRequestHeaders: (request, headers) => ({
          ...headers,
          'x-forwarded-host': request.host,
          'x-forwarded-proto': request.protocol,
        }),
      },
    });
  }

  await app.register(fastifyStatic, {
    root: config.dist,
    preCompressed: true,
    index: false,
    wildcard: true,
    // Hashed names change with their content: cache them for good. Others (favicon) for an hour.
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path)
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=3600',
      );
    },
  });

  const sendIndex = (reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-type', 'text/html; charset=utf-8')
      .send(index);
  app.get('/', (_req, reply) => sendIndex(reply));
  app.get('/index.html', (_req, reply) => sendIndex(reply));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/assets/') &&
      !/\.[A-Za-z0-9]+$/.test(path);
    if (isPage) return sendIndex(reply);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });
  return app;
}

if (import.meta.main) {
  const config = readConfig();
  const app = await createServer(config);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ host: config.host, port: config.port });
  console.log(`serve: http://${config.host}:${config.port} → API ${config.apiUrl}`);
}
