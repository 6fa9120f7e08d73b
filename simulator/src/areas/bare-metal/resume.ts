// What a freshly seeded world's bare-metal nodes need: times counted from now, and the nodes
// seeded mid-transition moving on by themselves.
import { SEED_EPOCH } from '../../constants.ts';
import type { Sim } from '../../sim.ts';
import { POWER_DELAY, type ProvisionState, type Step } from './states.ts';

/** What a node seeded in a transient state does next, and when (ms, scaled). */
const RESUME: Partial<Record<ProvisionState, [Step, number]>> = {
  verifying: ['verify', 20_000],
  inspecting: ['inspect', 45_000],
  cleaning: ['clean', 30_000],
  'clean wait': ['cleanWait', 40_000],
  deploying: ['deploy', 30_000],
  'wait call-back': ['callback', 40_000],
  deleting: ['delete', 25_000],
  adopting: ['adopt', 35_000],
};

/** Seeded times count from now; seeded transitions resume. */
export function onBaremetalSeeded(sim: Sim) {
  const state = sim.state;
  const shift = Math.round((sim.now() - SEED_EPOCH) / 1000) * 1000;
  const move = (t: number | null) => (t === null ? null : t + shift);
  for (const n of state.baremetalNodes) {
    n.created += shift;
    n.updated = move(n.updated);
    n.provision_updated = move(n.provision_updated);
    n.inspection_started = move(n.inspection_started);
    n.inspection_finished = move(n.inspection_finished);
    const plan = RESUME[n.provision_state];
    if (plan) sim.schedule('bm.step', plan[1], n.uuid, { step: plan[0], seq: n.seq });
    if (n.target_power_state) sim.schedule('bm.power', POWER_DELAY * 10, n.uuid);
  }
  for (const p of state.baremetalPorts) p.created += shift;
  for (const g of state.baremetalPortgroups) g.created += shift;
}
