// Nodes (004 §1.12 items 1–5): the paged list with ironic's filters, show, enrol, JSON-Patch
// update with ironic's read-only fields, and delete with its state guard.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import { unwrap, type Sim } from '../../sim.ts';
import type { BmNodeRec, Schemas } from '../../state.ts';
import { checkUnlocked } from './machine.ts';
import {
  findNode,
  lookupNode,
  nodeWire,
  nodesByName,
  portgroupsByNode,
  portsByNode,
  without,
} from './wire.ts';

type SortKey = NonNullable<OpCtx<'listBaremetalNodes'>['query']['sort_key']>;

/** The largest page (ironic's max_limit). */
export const NODE_PAGE = 1000;

const DRIVERS: readonly string[] = [
  'ipmi',
  'redfish',
  'idrac',
  'ilo',
  'irmc',
  'pxe_ipmitool',
  'agent_ipmitool',
  'pxe_drac',
  'pxe_ilo',
];

const NAME = /^[A-Za-z0-9._~-]{1,255}$/;

function sortValue(n: BmNodeRec, key: SortKey): string | number {
  switch (key) {
    case 'id':
      return n.id;
    case 'created_at':
      return n.created;
    case 'updated_at':
      return n.updated ?? 0;
    case 'provision_updated_at':
      return n.provision_updated ?? 0;
    case 'maintenance':
      return n.maintenance ? 1 : 0;
    default:
      return n[key] ?? '';
  }
}

/** The nodes sorted by a key, with each one's position; kept until the nodes change. */
function ordered(sim: Sim, key: SortKey, dir: 'asc' | 'desc') {
  return sim.derive(`bm/nodes/${key}/${dir}`, ['baremetalNodes'], () => {
    const sign = dir === 'asc' ? 1 : -1;
    const list = [...sim.state.baremetalNodes].sort((a, b) => {
      const x = sortValue(a, key);
      const y = sortValue(b, key);
      return (x < y ? -1 : x > y ? 1 : 0) * sign || (a.id - b.id) * sign;
    });
    return { list, at: new Map(list.map((n, i): [string, number] => [n.uuid, i])) };
  });
}

function nextUrl(ctx: OpCtx<'listBaremetalNodes'>, marker: string) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query))
    if (k !== 'marker' && v !== undefined) params.set(k, String(v));
  params.set('marker', marker);
  const host = ctx.headers.host ?? '127.0.0.1:11000';
  return `http://${host}/os/kinton/v1/v1/nodes/detail?${params.toString()}`;
}

function listNodes(ctx: OpCtx<'listBaremetalNodes'>) {
  requireAdmin(caller(ctx));
  const q = ctx.query;
  const { list, at } = ordered(ctx.sim, q.sort_key ?? 'id', q.sort_dir ?? 'asc');
  const matches = (n: BmNodeRec) =>
    (q.provision_state === undefined || n.provision_state === q.provision_state) &&
    (q.maintenance === undefined || n.maintenance === q.maintenance) &&
    (q.associated === undefined || (n.instance_uuid !== null) === q.associated) &&
    (q.instance_uuid === undefined || n.instance_uuid === q.instance_uuid) &&
    (q.driver === undefined || n.driver === q.driver) &&
    (q.resource_class === undefined || n.resource_class === q.resource_class);
  let from = 0;
  if (q.marker !== undefined) {
    const i = at.get(q.marker);
    if (i === undefined) throw badRequest(`Marker ${q.marker} is not a node of the list.`);
    from = i + 1;
  }
  const limit = Math.min(q.limit ?? NODE_PAGE, NODE_PAGE);
  const page: BmNodeRec[] = [];
  let more = false;
  for (let i = from; i < list.length; i++) {
    const n = list[i];
    if (!n || !matches(n)) continue;
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(n);
  }
  const body: Schemas['BmNodeList'] = { nodes: page.map(nodeWire(ctx)) };
  const last = page.at(-1);
  if (more && last) body.next = nextUrl(ctx, last.uuid);
  return { status: 200, body };
}

function checkDriver(driver: string, path: string) {
  if (!DRIVERS.includes(driver))
    throw badRequest(
      `No valid host was found. Reason: No conductor service registered which supports driver ${driver}.`,
      [{ path, message: `is not one of ${DRIVERS.join(', ')}` }],
    );
}

function checkName(sim: Sim, name: string, self?: string) {
  if (!NAME.test(name))
    throw badRequest(
      `Expected a logical name but received ${name}: use letters, digits and -._~.`,
      [{ path: 'body/name', message: 'is not a valid node name' }],
    );
  const other = nodesByName(sim).get(name)?.[0];
  if (other && other.uuid !== self)
    throw conflict(`A node with name ${name} already exists (${other.uuid}).`);
}

const strings = (o: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, String(v)]));

function createNode(ctx: OpCtx<'createBaremetalNode'>) {
  requireAdmin(caller(ctx));
  const state = ctx.sim.state;
  const b = ctx.body;
  checkDriver(b.driver, 'body/driver');
  if (b.name !== undefined) checkName(ctx.sim, b.name);
  const uuid = b.uuid?.toLowerCase() ?? randomUUID();
  if (lookupNode(ctx.sim, uuid)) throw conflict(`A node with UUID ${uuid} already exists.`);
  const now = ctx.sim.now();
  const rec: BmNodeRec = {
    id: state.nextBaremetalNodeId++,
    uuid,
    name: b.name ?? null,
    driver: b.driver,
    driver_info: strings(b.driver_info),
    driver_internal_info: {},
    provision_state: 'enroll',
    target_provision_state: null,
    power_state: null,
    target_power_state: null,
    maintenance: false,
    maintenance_reason: null,
    last_error: null,
    reservation: null,
    instance_uuid: null,
    instance_info: {},
    properties: strings(b.properties),
    extra: { ...(b.extra ?? {}) },
    resource_class: b.resource_class ?? null,
    chassis_uuid: null,
    network_interface: b.network_interface ?? 'flat',
    interfaces: {},
    clean_step: {},
    created: now,
    updated: null,
    provision_updated: null,
    inspection_started: null,
    inspection_finished: null,
    seq: 0,
  };
  state.baremetalNodes.push(rec);
  return { status: 200, body: nodeWire(ctx)(rec) };
}

const READ_ONLY = new Set([
  'uuid',
  'id',
  'provision_state',
  'target_provision_state',
  'power_state',
  'target_power_state',
  'maintenance',
  'last_error',
  'reservation',
  'created_at',
  'updated_at',
  'provision_updated_at',
  'inspection_started_at',
  'inspection_finished_at',
  'driver_internal_info',
  'clean_step',
  'raid_config',
  'target_raid_config',
  'console_enabled',
  'links',
  'ports',
  'portgroups',
  'states',
  'volume',
]);
const SCALARS = new Set([
  'name',
  'driver',
  'resource_class',
  'chassis_uuid',
  'instance_uuid',
  'maintenance_reason',
  'network_interface',
]);
const INTERFACES = new Set([
  'boot_interface',
  'console_interface',
  'deploy_interface',
  'inspect_interface',
  'management_interface',
  'power_interface',
  'raid_interface',
  'storage_interface',
  'vendor_interface',
]);
const MAPS = ['driver_info', 'properties', 'extra', 'instance_info'] as const;
type MapKey = (typeof MAPS)[number];

type PatchOp = Schemas['BmJsonPatch'][number];

/** Applies one JSON-Patch operation to a node (already known to be unlocked). */
function patchNode(sim: Sim, n: BmNodeRec, p: PatchOp, i: number) {
  const where = `body/${i}/path`;
  const parts = p.path.slice(1).split('/');
  const top = parts[0] ?? '';
  if (READ_ONLY.has(top))
    throw badRequest(`'/${top}' is an internal attribute and can not be updated`, [
      { path: where, message: 'is read-only' },
    ]);
  const needsValue = p.op !== 'remove';
  if (needsValue && p.value === undefined)
    throw badRequest(`Operation ${i} ("${p.op}" ${p.path}) needs a value.`, [
      { path: `body/${i}/value`, message: 'is required for add and replace' },
    ]);
  const mapKey = MAPS.find((m) => m === top) as MapKey | undefined;
  if (mapKey) {
    const key = parts.slice(1).join('/');
    const stringy = mapKey === 'driver_info' || mapKey === 'properties';
    if (!key) {
      if (p.op === 'remove') {
        n[mapKey] = {};
        return;
      }
      if (typeof p.value !== 'object' || p.value === null || Array.isArray(p.value))
        throw badRequest(`/${mapKey} must be an object.`, [
          { path: where, message: 'is not an object' },
        ]);
      const obj = p.value as Record<string, unknown>;
      if (stringy) (n[mapKey] as Record<string, string>) = strings(obj);
      else n[mapKey] = { ...obj };
      return;
    }
    const map = n[mapKey] as Record<string, unknown>;
    if (p.op === 'remove') {
      (n[mapKey] as Record<string, unknown>) = without(map, key);
      return;
    }
    if (p.op === 'replace' && !(key in map))
      throw badRequest(`Can't replace ${p.path}: it does not exist.`, [
        { path: where, message: 'does not exist' },
      ]);
    if (mapKey === 'driver_info' && key.endsWith('password') && p.value === '******') return;
    map[key] = stringy ? String(p.value) : p.value;
    return;
  }
  if (parts.length !== 1 || !(SCALARS.has(top) || INTERFACES.has(top))) {
    // The documents' own example (/portgroup_uuid remove, api-notes I-38) is a no-op.
    if (p.op === 'remove') return;
    throw badRequest(`${p.path} is not a node attribute that can be updated.`, [
      { path: where, message: 'is not an updatable attribute' },
    ]);
  }
  const value = p.op === 'remove' ? null : p.value;
  if (value !== null && typeof value !== 'string')
    throw badRequest(`${p.path} takes a string.`, [
      { path: `body/${i}/value`, message: 'is not a string' },
    ]);
  switch (top) {
    case 'name':
      if (value !== null) checkName(sim, value, n.uuid);
      n.name = value;
      return;
    case 'driver':
      if (value === null)
        throw badRequest('/driver can not be removed.', [{ path: where, message: 'is required' }]);
      checkDriver(value, `body/${i}/value`);
      n.driver = value;
      return;
    case 'instance_uuid':
      if (n.provision_state === 'active' && n.instance_uuid !== null && value !== n.instance_uuid)
        throw conflict(
          `Node ${n.uuid} is active with instance ${n.instance_uuid}; its instance_uuid can not change while deployed.`,
        );
      n.instance_uuid = value;
      return;
    case 'resource_class':
      if (value !== null && value.length > 80)
        throw badRequest('/resource_class is at most 80 characters.', [
          { path: `body/${i}/value`, message: 'is too long' },
        ]);
      n.resource_class = value;
      return;
    case 'chassis_uuid':
      n.chassis_uuid = value;
      return;
    case 'maintenance_reason':
      n.maintenance_reason = value;
      return;
    case 'network_interface':
      if (value !== null && !['flat', 'neutron', 'noop'].includes(value))
        throw badRequest(`Network interface ${value} is not one of flat, neutron, noop.`, [
          { path: `body/${i}/value`, message: 'is not an enabled network interface' },
        ]);
      n.network_interface = value ?? 'flat';
      return;
    default:
      n.interfaces[top] = value;
  }
}

function updateNode(ctx: OpCtx<'updateBaremetalNode'>) {
  requireAdmin(caller(ctx));
  const n = findNode(ctx.sim, ctx.params.baremetalId);
  checkUnlocked(n);
  // All or nothing: the patch is applied to a copy, which replaces the node when every step holds.
  const copy = structuredClone(unwrap(n));
  ctx.body.forEach((p, i) => patchNode(ctx.sim, copy, p, i));
  Object.assign(n, copy, { updated: ctx.sim.now() });
  return { status: 200, body: nodeWire(ctx)(n) };
}

const DELETABLE = new Set(['enroll', 'manageable', 'available', 'adopt failed']);

function deleteNode(ctx: OpCtx<'deleteBaremetalNode'>) {
  requireAdmin(caller(ctx));
  const state = ctx.sim.state;
  const n = findNode(ctx.sim, ctx.params.baremetalId);
  if (n.instance_uuid)
    throw conflict(
      `Node ${n.uuid} is associated with instance ${n.instance_uuid}; delete the instance first.`,
    );
  if (!n.maintenance && !DELETABLE.has(n.provision_state))
    throw conflict(
      `Can not delete node "${n.uuid}" while it is in provision state "${n.provision_state}". Valid provision states to perform deletion are: ${[...DELETABLE].join(', ')}; or put the node in maintenance first.`,
    );
  checkUnlocked(n);
  const ports = new Set((portsByNode(ctx.sim).get(n.uuid) ?? []).map((p) => p.uuid));
  const groups = new Set((portgroupsByNode(ctx.sim).get(n.uuid) ?? []).map((g) => g.uuid));
  state.baremetalNodes = state.baremetalNodes.filter((x) => x.uuid !== n.uuid);
  if (ports.size) state.baremetalPorts = state.baremetalPorts.filter((p) => !ports.has(p.uuid));
  if (groups.size)
    state.baremetalPortgroups = state.baremetalPortgroups.filter((g) => !groups.has(g.uuid));
  return { status: 200 };
}

export const nodeHandlers = {
  listBaremetalNodes: listNodes,
  getBaremetalNode: (ctx: OpCtx<'getBaremetalNode'>) => {
    requireAdmin(caller(ctx));
    return { status: 200, body: nodeWire(ctx)(findNode(ctx.sim, ctx.params.baremetalId)) };
  },
  createBaremetalNode: createNode,
  updateBaremetalNode: updateNode,
  deleteBaremetalNode: deleteNode,
};
