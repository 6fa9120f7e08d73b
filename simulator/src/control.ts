// Test-only control of the simulator (--control / SIM_CONTROL=1; never on by default): reset a
// world, inject faults and latency, scale its transition delays, expire tokens, drop named worlds. Each acts on the world the
// request names (x-sim-world header or sim_world cookie), the default world otherwise.
// /__sim/health is always there for readiness.
import type { FastifyInstance } from 'fastify';
import type { Worlds } from './worlds.ts';

type FaultBody = { method?: string; path?: string; status?: number; count?: number; msg?: string };

export function registerControl(app: FastifyInstance, worlds: Worlds) {
  const control = worlds.default.opts.control;
  app.get('/__sim/health', async () => ({ ok: true, control }));
  if (!control) return;

  const json = (body: unknown): Record<string, unknown> => {
    if (Buffer.isBuffer(body) && body.length) {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
    }
    return {};
  };

  app.post('/__sim/reset', async (req) => {
    await worlds.of(req.headers).reseed();
    return { ok: true };
  });

  app.delete('/__sim/worlds/:name', async (req) => {
    const { name } = req.params as { name: string };
    return { ok: true, dropped: worlds.drop(name), worlds: worlds.size };
  });

  app.post('/__sim/faults', async (req, reply) => {
    const b = json(req.body) as FaultBody;
    if (!b.path || !b.status || b.status < 400 || b.status > 599) {
      return reply.code(400).send({
        error:
          'need {path: regex over the URL with its query, status: 400..599, method?, count?, msg?}',
      });
    }
    const world = worlds.of(req.headers);
    world.faults.push({
      method: b.method ? b.method.toUpperCase() : null,
      path: new RegExp(b.path),
      status: b.status,
      remaining: b.count ?? 1,
      msg: b.msg ?? `Injected failure (${b.status}).`,
    });
    return { ok: true, faults: world.faults.length };
  });

  app.delete('/__sim/faults', async (req) => {
    worlds.of(req.headers).faults = [];
    return { ok: true };
  });

  app.post('/__sim/latency', async (req) => {
    const world = worlds.of(req.headers);
    const ms = Number(json(req.body).ms ?? 0);
    world.latencyMs = Number.isFinite(ms) && ms >= 0 ? ms : 0;
    return { ok: true, latencyMs: world.latencyMs };
  });

  // A world's transitions at another speed than --delay-scale: the e2e suite runs its worlds
  // faster, and a test that looks at an intermediate state can slow its own world down.
  app.post('/__sim/delay-scale', async (req, reply) => {
    const { scale } = json(req.body);
    if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < 0 || scale > 10)
      return reply.code(400).send({ error: 'need {scale: 0..10}' });
    const world = worlds.of(req.headers);
    world.delayScale = scale;
    return { ok: true, delayScale: world.delayScale };
  });

  app.post('/__sim/expire-tokens', async (req) => {
    await worlds.of(req.headers).write((view) => {
      for (const t of Object.values(view.state.tokens)) t.expiresAt = view.now() - 1;
    });
    return { ok: true };
  });
}
