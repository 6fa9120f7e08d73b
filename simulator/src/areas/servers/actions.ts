// The multiplexed server action (004:L5330 … L9099, api-notes I-13): one key picks the action;
// each may start only from some vm_states (api-notes 4.1) and runs as a task until it settles.
import { createHash, randomUUID } from 'node:crypto';
import { caller, type Ctx, type OpCtx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { ImageRec, Schemas, ServerRec } from '../../state.ts';
import { issueConsoleUrl } from '../../vnc.ts';
import { imageRecord } from '../images/record.ts';
import { field, findServer, visibleFlavor } from './lookup.ts';
import { checkQuota } from './quota.ts';
import { DELAY, type Status, type TaskState, type VmState } from './states.ts';

type Body = Schemas['ServerActionBody'];
type Action = keyof Body;
type ActionCtx = OpCtx<'serverAction'>;

/** vm_states each action may start from (api-notes 4.1); a hard reboot has its own list. */
const ALLOWED: Record<Action | 'rebootHard', VmState[]> = {
  'os-stop': ['active', 'error'],
  'os-start': ['stopped'],
  suspend: ['active'],
  resume: ['suspended'],
  reboot: ['active'],
  rebootHard: ['active', 'stopped', 'error', 'paused', 'suspended'],
  resize: ['active', 'stopped'],
  liveresize: ['active'],
  'os-getVNCConsole': ['active'],
  shelve: ['active', 'stopped', 'paused', 'suspended'],
  unshelve: ['shelved', 'shelved_offloaded'],
  createImage: ['active', 'stopped', 'paused', 'suspended'],
};

const isAction = (key: string): key is Action => key !== 'rebootHard' && key in ALLOWED;

function begin(
  ctx: Pick<Ctx, 'sim'>,
  s: ServerRec,
  task: TaskState,
  action: string,
  extra: Record<string, unknown> = {},
  status?: Status,
) {
  s.task_state = task;
  if (status) s.status = status;
  s.updated = ctx.sim.now();
  ctx.sim.schedule('server.settle', DELAY[action] ?? 1000, s.id, { action, task, ...extra });
  return { status: 202 };
}

function resizeTo(ctx: ActionCtx, s: ServerRec, key: 'resize' | 'liveresize', flavorRef: string) {
  const path = `body/${key}/flavorRef`;
  const next = visibleFlavor(ctx, flavorRef, path);
  const cur = ctx.sim.state.flavors.find((f) => f.id === s.flavor_id);
  if (next.id === s.flavor_id)
    throw badRequest(
      'Flavor used by the instance could not be found: the new flavor is the current one.',
      field(path, 'is the current flavor'),
    );
  if (cur && key === 'resize' && next.disk < cur.disk) {
    throw badRequest(
      `Resizing to a smaller disk (${next.disk} GB < ${cur.disk} GB) is not supported.`,
      field(path, 'has a smaller disk than the current flavor'),
    );
  }
  if (cur && key === 'liveresize' && (next.vcpus < cur.vcpus || next.ram < cur.ram)) {
    throw badRequest(
      `A live resize cannot lower vCPUs or RAM (${cur.vcpus}→${next.vcpus} vCPUs, ${cur.ram}→${next.ram} MB).`,
      field(path, 'has fewer vCPUs or less RAM than the current flavor'),
    );
  }
  checkQuota(ctx.sim, s.tenant_id, {
    instances: 0,
    cores: next.vcpus - (cur?.vcpus ?? 0),
    ram: next.ram - (cur?.ram ?? 0),
  });
  return next;
}

function snapshot(ctx: ActionCtx, s: ServerRec, arg: NonNullable<Body['createImage']>) {
  const source: ImageRec | undefined = ctx.sim.state.images.find((i) => i.id === s.image_id);
  const flavor = ctx.sim.state.flavors.find((f) => f.id === s.flavor_id);
  const now = ctx.sim.now();
  const img = imageRecord(
    {
      id: randomUUID(),
      name: arg.name,
      owner: s.tenant_id,
      status: 'saving',
      visibility: 'private',
      description: arg.metadata?.description ?? '',
      disk_format: source?.disk_format ?? 'qcow2',
      virt_type: source?.virt_type ?? null,
      min_cpu: String(flavor?.vcpus ?? 1),
      min_ram: source?.min_ram ?? 0,
      min_disk: Math.max(source?.min_disk ?? 0, flavor?.disk ?? 0),
      cas_ostype: source?.cas_ostype ?? null,
      vmware_ostype: source?.vmware_ostype ?? null,
      sysdisk_type: source?.sysdisk_type ?? null,
      user_name: caller(ctx).user.name,
      image_type: 'snapshot',
      instance_uuid: s.id,
    },
    now,
  );
  ctx.sim.state.images.push(img);
  const size = (flavor?.disk ?? 10) * 1024 ** 3;
  ctx.sim.schedule('image.activate', DELAY.snapshot ?? 0, img.id, {
    size: Math.round(size / 3),
    checksum: createHash('md5').update(img.id).digest('hex'),
    blob: 'synthetic',
  });
  const result = begin(ctx, s, 'image_snapshot', 'snapshot');
  return { ...result, headers: { Location: `/os/image/v1/v2/images/${img.id}` } };
}

export function serverAction(ctx: ActionCtx) {
  const s = findServer(ctx);
  const body = ctx.body;
  // The schema admits exactly one known key, with a valid argument.
  const key = Object.keys(body).find(isAction);
  if (!key) throw badRequest('Exactly one action key is required.');
  const hard = key === 'reboot' && body.reboot?.type === 'HARD';
  const allowed = ALLOWED[hard ? 'rebootHard' : key];
  if (s.task_state !== null)
    throw conflict(`Cannot '${key}' instance ${s.id} while it is in task_state ${s.task_state}`);
  if (!allowed.includes(s.vm_state))
    throw conflict(`Cannot '${key}' instance ${s.id} while it is in vm_state ${s.vm_state}`);

  switch (key) {
    case 'os-stop':
      return begin(ctx, s, 'powering-off', 'stop');
    case 'os-start':
      return begin(ctx, s, 'powering-on', 'start');
    case 'suspend':
      return begin(ctx, s, 'suspending', 'suspend');
    case 'resume':
      return begin(ctx, s, 'resuming', 'resume');
    case 'reboot':
      return hard
        ? begin(ctx, s, 'rebooting_hard', 'rebootHard', {}, 'HARD_REBOOT')
        : begin(ctx, s, 'rebooting', 'reboot', {}, 'REBOOT');
    case 'resize':
    case 'liveresize': {
      const next = resizeTo(ctx, s, key, body[key]?.flavorRef ?? '');
      const prev = s.status;
      return begin(ctx, s, 'resize_prep', key, { flavorId: next.id, prevStatus: prev }, 'RESIZE');
    }
    case 'os-getVNCConsole': {
      // Both console types point at the simulator's stand-in page (see vnc.ts): a real noVNC
      // proxy would be on :6080, which nothing serves here.
      const type = body['os-getVNCConsole']?.type ?? 'novnc';
      const url = issueConsoleUrl(ctx.sim, s.id, ctx.headers.host ?? '127.0.0.1:11000');
      return { status: 200, body: { console: { type, url } } };
    }
    case 'shelve':
      return begin(ctx, s, 'shelving', 'shelve');
    case 'unshelve':
      return begin(ctx, s, 'unshelving', 'unshelve');
    case 'createImage': {
      const arg = body.createImage;
      if (!arg) throw badRequest('createImage needs a name.');
      return snapshot(ctx, s, arg);
    }
  }
}
