// Every API area the simulator serves, and the compile-time proof that together they serve every
// operation of the spec: an operationId without a handler fails `tsc` here, naming it.
import type { Area, OperationId } from '../area.ts';
import { aggregatesArea } from './aggregates/area.ts';
import { computeNodesArea } from './compute-nodes/area.ts';
import { bareMetalArea } from './bare-metal/area.ts';
import { availabilityZonesArea } from './availability-zones/area.ts';
import { computeClientsArea } from './compute-clients/area.ts';
import { computeReferenceArea } from './compute-reference/area.ts';
import { drxArea } from './drx/area.ts';
import { discoveryArea } from './discovery/area.ts';
import { flavorsArea } from './flavors/area.ts';
import { hypervisorsArea } from './hypervisors/area.ts';
import { identityArea } from './identity/area.ts';
import { imageTypesArea } from './image-types/area.ts';
import { imagesArea } from './images/area.ts';
import { keypairsArea } from './keypairs/area.ts';
import { manaArea } from './mana/area.ts';
import { quotasArea } from './quotas/area.ts';
import { resourcePoolsArea } from './resource-pools/area.ts';
import { quotaTemplatesArea } from './quota-templates/area.ts';
import { resourceSpecsArea } from './resource-specs/area.ts';
import { serverDevicesArea } from './server-devices/area.ts';
import { serverGroupsArea } from './server-groups/area.ts';
import { serverMetricsArea } from './server-metrics/area.ts';
import { serverTemplatesArea } from './server-templates/area.ts';
import { serversArea } from './servers/area.ts';
import { vmSnapshotsArea } from './vm-snapshots/area.ts';

export const SIM_AREAS = [
  identityArea,
  imagesArea,
  imageTypesArea,
  keypairsArea,
  flavorsArea,
  serversArea,
  serverGroupsArea,
  serverDevicesArea,
  serverMetricsArea,
  computeReferenceArea,
  availabilityZonesArea,
  quotasArea,
  quotaTemplatesArea,
  hypervisorsArea,
  aggregatesArea,
  computeNodesArea,
  drxArea,
  resourceSpecsArea,
  resourcePoolsArea,
  discoveryArea,
  computeClientsArea,
  bareMetalArea,
  manaArea,
  vmSnapshotsArea,
  serverTemplatesArea,
] satisfies Area[];

/** The union of the handler names of every area (keyof of a union gives only the shared keys). */
type KeysOf<T> = T extends unknown ? keyof T : never;
type Served = KeysOf<(typeof SIM_AREAS)[number]['handlers']>;

/**
 * Operations of the spec the simulator deliberately leaves unserved (they answer 501). Empty:
 * every documented operation in the contract has a handler. Add an id here only with the reason.
 */
type Unserved = never;

type Missing = Exclude<OperationId, Served | Unserved>;

/** `tsc` fails here when an operation has no handler; the error names the missing ids. */
export const EVERY_OPERATION_SERVED: [Missing] extends [never]
  ? true
  : { [Id in Missing]: 'has no handler' } = true;
