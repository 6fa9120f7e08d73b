// Test-only control of the simulator (--control / SIM_CONTROL=1; never on by default): reset the
// world, inject faults and latency, expire tokens. /__sim/health is always there for readiness.
import type { FastifyInstance } from 'fastify';
import type { Sim } from './sim.ts';

type FaultBody = { method?: string; path?: string; status?: number; count?: number; msg?: string };

export function registerControl(app: FastifyInstance, sim: Sim) {
  app.get('/__sim/health', async () => ({ ok: true, control: sim.opts.control }));
  if (!sim.opts.control) return;

  const json = (body: unknown): Record<string, unknown> => {
    if (Buffer.isBuffer(body) && body.length) {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
    }
    return {};
  };

  app.post('/__sim/reset', async () => {
    sim.reseed();
    return { ok: true };
  });

  app.post('/__sim/faults', async (req, reply) => {
    const b = json(req.body) as FaultBody;
    if (!b.path || !b.status || b.status < 400 || b.status > 599) {
      return reply.code(400).send({
        error:
          'need {path: regex over the URL with its query, status: 400..599, method?, count?, msg?}',
      });
    }
    sim.faults.push({
      method: b.method ? b.method.toUpperCase() : null,
      path: new RegExp(b.path),
      status: b.status,
      remaining: b.count ?? 1,
      msg: b.msg ?? `Injected failure (${b.status}).`,
    });
    return { ok: true, faults: sim.faults.length };
  });

  app.delete('/__sim/faults', async () => {
    sim.faults = [];
    return { ok: true };
  });

  app.post('/__sim/latency', async (req) => {
    const ms = Number(json(req.body).ms ?? 0);
    sim.latencyMs = Number.isFinite(ms) && ms >= 0 ? ms : 0;
    return { ok: true, latencyMs: sim.latencyMs };
  });

  app.post('/__sim/expire-tokens', async () => {
    for (const t of Object.values(sim.state.tokens)) t.expiresAt = sim.now() - 1;
    sim.markDirty();
    return { ok: true };
  });
}
