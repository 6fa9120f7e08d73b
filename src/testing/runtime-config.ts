/**
 * Puts the production server's configuration tag in the document (src/api/runtime-config.ts), as
 * server/serve.ts writes it into index.html; null removes it.
 */
export function setConfigTag(content: string | null) {
  document.head.querySelector('meta[name="cloudos-config"]')?.remove();
  if (content === null) return;
  const meta = document.createElement('meta');
  meta.name = 'cloudos-config';
  meta.content = content;
  document.head.append(meta);
}
