// What is plugged into a server (004 §1.9 items 7–12, 28) and the snapshots taken of it (§1.8):
// volumes attach/detach (both sides change, attaching/detaching settle as tasks), vNICs
// attach/detach (a detached port stays free in its project), instance snapshots read/delete.
import { defineHandlers, type Area } from '../../area.ts';
import type { TaskHandler } from '../../sim.ts';
import {
  attachServerInterface,
  detachServerInterface,
  listServerInterfaces,
} from './interfaces.ts';
import { seedInstanceSnapshots } from './seed.ts';
import { deleteInstanceSnapshot, getInstanceSnapshot, listInstanceSnapshots } from './snapshots.ts';
import {
  attachServerVolume,
  detachServerVolume,
  listServerAttachableVolumes,
  listServerVolumeAttachments,
} from './volumes.ts';

const handlers = defineHandlers({
  attachServerVolume,
  listServerVolumeAttachments,
  detachServerVolume,
  listServerAttachableVolumes,
  attachServerInterface,
  listServerInterfaces,
  detachServerInterface,
  listInstanceSnapshots,
  getInstanceSnapshot,
  deleteInstanceSnapshot,
});

const tasks: Record<string, TaskHandler> = {
  'volume.settle': (sim, task) => {
    const v = sim.state.volumes.find((x) => x.id === task.ref);
    if (!v) return;
    const to = task.data?.to;
    if (to === 'in-use' && v.status === 'attaching') v.status = 'in-use';
    if (to === 'available' && v.status === 'detaching')
      v.status = v.attachments.length ? 'in-use' : 'available';
  },
};

export const serverDevicesArea = {
  handlers,
  tasks,
  onSeed: seedInstanceSnapshots,
  defaults: (s) => {
    s.freePorts ??= [];
  },
} satisfies Area;
