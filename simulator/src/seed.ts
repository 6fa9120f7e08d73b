// Deterministic seed data: a small but real-looking private cloud. Every value derives from the
// seed, so two machines (and two test runs) see the same world; `scale` multiplies the counts.
// Each area seeds its own collections (areas/<area>/seed.ts); this composes them. The areas draw
// from one generator in the order below, so adding an area (drawn last, or from a generator of
// its own) leaves every value seeded before it unchanged.
import { createRng } from './rng.ts';
import type { State } from './state.ts';
import { seedAggregates } from './areas/aggregates/seed.ts';
import { seedComputeNodes } from './areas/compute-nodes/seed.ts';
import { seedDrx } from './areas/drx/seed.ts';
import { seedVmSnapshots } from './areas/vm-snapshots/seed.ts';
import { seedResourcePools } from './areas/resource-pools/seed.ts';
import { seedResourceSpecs } from './areas/resource-specs/seed.ts';
import { seedBaremetal, seedBaremetalServers } from './areas/bare-metal/seed.ts';
import { seedAzones } from './areas/availability-zones/seed.ts';
import { seedNetworks } from './areas/compute-reference/seed.ts';
import { seedFlavors } from './areas/flavors/seed.ts';
import { seedHypervisors } from './areas/hypervisors/seed.ts';
import { seedIdentity } from './areas/identity/seed.ts';
import { seedImageTypes } from './areas/image-types/seed.ts';
import { seedImages } from './areas/images/seed.ts';
import { NEXT_KEYPAIR_ID, seedKeypairs } from './areas/keypairs/seed.ts';
import { seedMana } from './areas/mana/seed.ts';
import { seedProjectLimits } from './areas/quotas/seed.ts';
import { seedQuotaTemplates } from './areas/quota-templates/seed.ts';
import { seedServers } from './areas/servers/seed.ts';
import { seedServerTemplates } from './areas/server-templates/seed.ts';
import { seedSurroundings } from './areas/servers/seed-surroundings.ts';

// The simulator's CLI prints the demo accounts from here.
export { DEMO_ACCOUNTS } from './constants.ts';

export function seedState(seed: number, scale: number): State {
  const rng = createRng(seed);
  const identity = seedIdentity(rng);
  const zones = seedAzones(rng, identity.p);
  const images = seedImages(rng, identity.p, scale);
  const imageTypes = seedImageTypes(rng);
  const keypairs = seedKeypairs(rng, identity.users);
  const flavors = seedFlavors(rng);
  const networks = seedNetworks(rng, identity.p);
  const world = { ...identity, ...zones, images, keypairs, flavors, networks };
  const servers = seedServers(rng, scale, world);
  const hosts = seedHypervisors(servers.servers, flavors, zones.azones);
  const nodes = seedComputeNodes(zones.azones, hosts, scale);
  const hypervisors = [...hosts, ...nodes.hypervisors];
  const state: State = {
    version: 1,
    seed,
    scale,
    projects: identity.projects,
    users: identity.users,
    roleGroups: identity.roleGroups,
    userProjects: identity.userProjects,
    azones: zones.azones,
    azoneProjects: zones.azoneProjects,
    images,
    imageTypes,
    keypairs,
    nextKeypairId: NEXT_KEYPAIR_ID,
    flavors,
    networks,
    freePorts: [],
    servers: servers.servers,
    nextInstanceNo: servers.nextInstanceNo,
    computeQuotas: servers.computeQuotas,
    // Drawn from no generator, so adding them left every other seed value unchanged.
    hypervisors,
    // Drawn from no generator either.
    ...seedAggregates(zones.azones, hypervisors, scale),
    computeNodes: nodes.computeNodes,
    drx: seedDrx(servers.servers, scale),
    // Filled below, from the servers and the quota usage seeded here.
    vmSnapTrees: [],
    snapPolicies: [],
    nextSnapPolicyId: 1,
    ...seedResourceSpecs(),
    projectLimits: seedProjectLimits(identity.p, networks),
    // Drawn from no generator.
    quotaTemplates: seedQuotaTemplates(scale),
    // Drawn from no generator.
    serverTemplates: seedServerTemplates({ ...identity, ...zones, images, flavors }, scale),
    ...seedSurroundings(seed, { ...world, servers: servers.servers }),
    // A generator of its own (seeded from `seed`), so every value above is unchanged.
    ...seedBaremetal(seed, scale, zones.azones),
    // mana_api: drawn from no generator.
    ...seedMana(identity.projects, zones.azones, scale),
    // CAS/VMware inventory behind the compute nodes: a generator of its own too.
    ...seedResourcePools(seed, scale, nodes.computeNodes, hypervisors, servers.servers, (id) =>
      flavors.find((f) => f.id === id),
    ),
    tokens: {},
    tasks: [],
    nextTaskId: 1,
  };
  // Bare-metal servers on the active nodes: a generator of its own, after everything else.
  seedBaremetalServers(seed, state);
  // Whole-VM snapshots matching the seeded snapshot quota usage: drawn from no generator.
  Object.assign(state, seedVmSnapshots(state, scale));
  return state;
}
