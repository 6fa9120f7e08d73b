// What the production server tells the browser at start (server/serve.ts writes it into
// index.html as <meta name="cloudos-config" content="{json}">, so no inline script is needed).
// In development and tests there is no tag, and every value is its default.

export type RuntimeConfig = {
  /** The language for a user who has not chosen one (CLOUDOS_DEFAULT_LANGUAGE), or null. */
  defaultLanguage: string | null;
  /** Where Keystone's token API is, if not the gateway's default (CLOUDOS_AUTH_PATH), or null. */
  authPath: string | null;
};

const DEFAULTS: RuntimeConfig = { defaultLanguage: null, authPath: null };
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function readRuntimeConfig(doc: Document | undefined = globalThis.document): RuntimeConfig {
  const raw = doc?.querySelector('meta[name="cloudos-config"]')?.getAttribute('content');
  if (!raw) return DEFAULTS;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULTS;
    const values = parsed as Record<string, unknown>;
    const authPath = text(values.authPath);
    return {
      defaultLanguage: text(values.defaultLanguage),
      // A path on this site only: the token must never be sent to another origin.
      authPath: authPath?.startsWith('/') && !authPath.startsWith('//') ? authPath : null,
    };
  } catch {
    return DEFAULTS; // a broken tag must not stop the console
  }
}
