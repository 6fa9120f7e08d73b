import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, readConfig, type ServeConfig } from './serve.ts';
import { upstreamOf } from './api-prefixes.ts';

const BOOT = 'document.body.dataset.booted = "yes";';
const INDEX = `<!doctype html><html><head><title>t</title><script type="module" src="/assets/app-1a2b.js"></script></head><body><script>${BOOT}</script></body></html>`;
const APP_JS = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let dist: string;
let upstream: FastifyInstance;
let app: FastifyInstance;
let config: ServeConfig;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, 'assets/app-1a2b.js'), APP_JS);
  writeFileSync(join(dist, 'assets/app-1a2b.js.br'), brotliCompressSync(APP_JS));
  writeFileSync(join(dist, 'assets/app-1a2b.js.gz'), gzipSync(APP_JS));

  upstream = Fastify();
  upstream.all('/*', async (req) => ({
    method: req.method,
    url: req.url,
    host: req.headers['x-forwarded-host'],
  }));
  upstream.get('/os/slow', async () => {
    await new Promise((r) => setTimeout(r, 1500));
    return { late: true };
  });
  await upstream.listen({ port: 0, host: '127.0.0.1' });
  const address = upstream.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  config = readConfig({
    CLOUDOS_DIST: dist,
    CLOUDOS_API_URL: `http://127.0.0.1:${port}`,
    CLOUDOS_PROXY_TIMEOUT_MS: '300',
    CLOUDOS_DEFAULT_LANGUAGE: 'en-US',
    CLOUDOS_TRUST_PROXY: '1',
    CLOUDOS_AUTH_PATH: '/v3/auth/tokens',
    CLOUDOS_LOG: '0',
  });
  app = await createServer(config);
});

afterAll(async () => {
  await app?.close();
  await upstream?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('production server', () => {
  it('serves the app with its runtime configuration, revalidated on every load', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain(
      '<meta name="cloudos-config" content="{&quot;defaultLanguage&quot;:&quot;en-US&quot;,&quot;authPath&quot;:&quot;/v3/auth/tokens&quot;}" />',
    );
  });

  it('answers a page of the app (deep link) with the app, and a missing file with 404', async () => {
    const page = await app.inject('/servers/0b6f?project=p1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('cloudos-config');
    expect((await app.inject('/assets/gone-9z9z.js')).statusCode).toBe(404);
    expect((await app.inject('/robots.txt')).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/servers' })).statusCode).toBe(404);
  });

  it('sends hashed assets precompressed and cached for good', async () => {
    const br = await app.inject({
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(APP_JS);
    const gz = await app.inject({
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const other = await app.inject('/favicon.svg');
    expect(other.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sets the security headers: a CSP without inline script but the boot script, no framing, no sniffing', async () => {
    const res = await app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    // index.html's boot script by its hash, and no other inline script.
    const hash = createHash('sha256').update(BOOT).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`frame-src 'self' ${config.apiUrl}`);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const tls = await app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers['strict-transport-security']).toContain('max-age=31536000');
  });

  it('proxies the API prefixes to the gateway, path and query intact, and nothing else', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/os/compute/v1/v2/p1/servers?x=1',
      headers: { host: 'console.example', 'content-type': 'application/json' },
      payload: { server: {} },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      method: 'POST',
      url: '/os/compute/v1/v2/p1/servers?x=1',
      host: 'console.example',
    });
    // '/osx' is not the API's '/os'.
    expect((await app.inject('/osx/anything')).body).toContain('cloudos-config');
  });

  it('answers 504 when the gateway is slower than the timeout', async () => {
    const res = await app.inject('/os/slow');
    expect(res.statusCode).toBe(504);
  });

  it('has a health endpoint', async () => {
    const res = await app.inject('/healthz');
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('readConfig', () => {
  it('sends mana_api to its own host when MANA_API_URL is set', () => {
    const c = readConfig({ MANA_API_URL: 'http://mana.example:8000/' });
    expect(c.manaApiUrl).toBe('http://mana.example:8000');
    expect(upstreamOf('mana_api', c)).toBe('http://mana.example:8000');
    expect(upstreamOf('os', c)).toBe(c.apiUrl);
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: '-1' })).toThrow(/PORT/);
    expect(() => readConfig({ CLOUDOS_DEFAULT_LANGUAGE: 'fr' })).toThrow(
      /CLOUDOS_DEFAULT_LANGUAGE/,
    );
    expect(() => readConfig({ CLOUDOS_API_URL: 'not a url' })).toThrow();
    expect(() => readConfig({ MANA_API_URL: 'not a url' })).toThrow();
    expect(() => readConfig({ CLOUDOS_AUTH_PATH: 'https://evil.example/v3' })).toThrow(
      /CLOUDOS_AUTH_PATH/,
    );
  });

  it('has defaults that run against a local simulator', () => {
    const c = readConfig({});
    expect(c.apiUrl).toBe('http://127.0.0.1:11000');
    expect(c.manaApiUrl).toBe('http://127.0.0.1:11000');
    expect(c.port).toBe(8080);
    expect(c.defaultLanguage).toBeNull();
  });
});
