// Bare metal (004 §1.12): ironic nodes (API 1.34) behind kinton — the node list, show, enrol,
// JSON-Patch update and delete; the provision state machine of api-notes 4.2 with timed steps,
// power and maintenance; ports by MAC and portgroups (cloud administrators only, as ironic); the
// monitoring resources and measures of bare-metal servers and the nova user's AK/SK.
import { defineHandlers, type Area } from '../../area.ts';
import { bareMetalTasks, machineHandlers } from './machine.ts';
import { monitoringHandlers } from './monitoring.ts';
import { nodeHandlers } from './nodes.ts';
import { portHandlers } from './ports.ts';
import { onBaremetalSeeded } from './resume.ts';

const handlers = defineHandlers({
  ...nodeHandlers,
  ...machineHandlers,
  ...portHandlers,
  ...monitoringHandlers,
});

export const bareMetalArea = {
  handlers,
  tasks: bareMetalTasks,
  onSeed: onBaremetalSeeded,
  defaults: (s) => {
    s.baremetalNodes ??= [];
    s.nextBaremetalNodeId ??= Math.max(0, ...s.baremetalNodes.map((n) => n.id)) + 1;
    s.baremetalPorts ??= [];
    s.baremetalPortgroups ??= [];
  },
} satisfies Area;
