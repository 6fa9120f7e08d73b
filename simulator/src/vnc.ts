// A stand-in for nova's noVNC proxy (port 6080 on a real platform). `os-getVNCConsole` issues a
// short-lived token and returns a URL to this page, which draws a text console of the server so
// the console's embed, pop-out and reconnect can be used and tested offline. Tokens live in memory
// only (like nova's consoleauth cache) and expire after ten minutes.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sim } from './sim.ts';

export const CONSOLE_PATH = '/__sim/vnc/vnc_auto.html';
const TTL_MS = 10 * 60_000;

type ConsoleToken = { serverId: string; expiresAt: number };
const tokens = new WeakMap<Sim, Map<string, ConsoleToken>>();

function tokensOf(view: Sim) {
  // Tokens belong to the world, not to the view of it one request worked on.
  const sim = view.world;
  let map = tokens.get(sim);
  if (!map) {
    map = new Map();
    tokens.set(sim, map);
  }
  return map;
}

/** A fresh console token for a server; `host` is the request's Host, so the URL reaches us. */
export function issueConsoleUrl(sim: Sim, serverId: string, host: string): string {
  const token = randomUUID();
  const map = tokensOf(sim);
  const now = Date.now();
  for (const [k, v] of map) if (v.expiresAt < now) map.delete(k);
  map.set(token, { serverId, expiresAt: now + TTL_MS });
  return `http://${host}${CONSOLE_PATH}?token=${token}`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, lines: readonly string[], ok: boolean) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
html,body{margin:0;height:100%;background:#000;color:#d0d0d0;font:14px/1.45 "DejaVu Sans Mono",Menlo,Consolas,monospace}
#bar{background:#313131;color:#fff;padding:4px 10px;font:12px system-ui,sans-serif;display:flex;justify-content:space-between}
#bar .s{color:${ok ? '#6fcf6f' : '#ff7a7a'}}
pre{margin:0;padding:10px 12px;white-space:pre-wrap}
.cursor{display:inline-block;width:8px;height:15px;background:#d0d0d0;vertical-align:text-bottom;animation:b 1s steps(1) infinite}
@keyframes b{50%{opacity:0}}
</style></head><body>
<div id="bar"><span>noVNC · ${esc(title)}</span><span class="s" role="status">${ok ? 'Connected (unencrypted)' : 'Disconnected'}</span></div>
<pre id="screen" tabindex="0" aria-label="console">${lines.map(esc).join('\n')}${ok ? '<span class="cursor"></span>' : ''}</pre>
${
  ok
    ? `<script>
const s=document.getElementById('screen');let line='';
s.addEventListener('keydown',e=>{if(e.key.length===1){line+=e.key}else if(e.key==='Backspace'){line=line.slice(0,-1)}else if(e.key==='Enter'){s.insertBefore(document.createTextNode(line+'\\nPassword: \\nLogin incorrect\\n\\nlogin: '),s.lastChild);line='';e.preventDefault();return}else return;e.preventDefault();
const c=s.lastChild;const t=s.childNodes[s.childNodes.length-2];if(t&&t.nodeType===3&&t.__typed){t.textContent=line}else{const n=document.createTextNode(line);n.__typed=true;s.insertBefore(n,c)}});
s.focus();
</script>`
    : ''
}
</body></html>`;
}

export function registerVnc(app: FastifyInstance, worldOf: (req: FastifyRequest) => Sim) {
  app.get(CONSOLE_PATH, async (req, reply) => {
    const sim = worldOf(req).reader();
    const query: unknown = req.query;
    const token =
      typeof query === 'object' && query !== null && 'token' in query ? String(query.token) : '';
    const entry = tokensOf(sim).get(token);
    const server = entry ? sim.state.servers.find((s) => s.id === entry.serverId) : undefined;
    void reply.header('content-type', 'text/html; charset=utf-8');
    if (!entry || entry.expiresAt < Date.now() || !server) {
      return reply
        .code(200)
        .send(
          page(
            'console',
            [
              'Failed to connect to server (code: 1006)',
              'The token is invalid or has expired: reconnect from the console.',
            ],
            false,
          ),
        );
    }
    if (server.status !== 'ACTIVE') {
      return reply
        .code(200)
        .send(
          page(
            server.name,
            [`Server ${server.name} is ${server.status}: the console is closed.`],
            false,
          ),
        );
    }
    const boot = new Date(server.launched_at ?? server.created).toUTCString();
    return reply
      .code(200)
      .send(
        page(
          `${server.name} (${server.instance_name})`,
          [
            `CentOS Linux 7 (Core)`,
            `Kernel 3.10.0-1160.el7.x86_64 on an x86_64`,
            ``,
            `Booted ${boot}`,
            ...server.ports.map((p) => `eth${server.ports.indexOf(p)}: ${p.ip}  (${p.mac})`),
            ``,
            `${server.name} login: `,
          ],
          true,
        ),
      );
  });
}
