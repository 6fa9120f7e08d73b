// Typed translation keys: an unknown key or namespace fails `tsc`.
// Two lines per namespace file in locales/en-US/ (namespaces.test.ts fails when one is missing).
// For a new namespace `servers` (locales/{en-US,zh-CN}/servers.json), add
//   import type servers from './locales/en-US/servers.json';
// and, under `resources`, `servers: typeof servers;` (quote hyphenated names: 'server-groups').
import 'i18next';
import type availabilityZones from './locales/en-US/availability-zones.json';
import type aggregates from './locales/en-US/aggregates.json';
import type computeNodes from './locales/en-US/compute-nodes.json';
import type drx from './locales/en-US/drx.json';
import type quotas from './locales/en-US/quotas.json';
import type resourceSpecs from './locales/en-US/resource-specs.json';
import type managedVms from './locales/en-US/managed-vms.json';
import type physicalMachines from './locales/en-US/physical-machines.json';
import type resourcePools from './locales/en-US/resource-pools.json';
import type auth from './locales/en-US/auth.json';
import type bareMetal from './locales/en-US/bare-metal.json';
import type common from './locales/en-US/common.json';
import type imageTypes from './locales/en-US/image-types.json';
import type flavors from './locales/en-US/flavors.json';
import type hypervisors from './locales/en-US/hypervisors.json';
import type images from './locales/en-US/images.json';
import type keypairs from './locales/en-US/keypairs.json';
import type overview from './locales/en-US/overview.json';
import type serverGroups from './locales/en-US/server-groups.json';
import type serverTemplates from './locales/en-US/server-templates.json';
import type snapshotPolicies from './locales/en-US/snapshot-policies.json';
import type servers from './locales/en-US/servers.json';
import type shell from './locales/en-US/shell.json';
import type ui from './locales/en-US/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      ui: typeof ui;
      auth: typeof auth;
      shell: typeof shell;
      overview: typeof overview;
      images: typeof images;
      'image-types': typeof imageTypes;
      keypairs: typeof keypairs;
      servers: typeof servers;
      'server-groups': typeof serverGroups;
      'server-templates': typeof serverTemplates;
      hypervisors: typeof hypervisors;
      flavors: typeof flavors;
      'availability-zones': typeof availabilityZones;
      'bare-metal': typeof bareMetal;
      aggregates: typeof aggregates;
      'compute-nodes': typeof computeNodes;
      drx: typeof drx;
      quotas: typeof quotas;
      'resource-specs': typeof resourceSpecs;
      'physical-machines': typeof physicalMachines;
      'managed-vms': typeof managedVms;
      'resource-pools': typeof resourcePools;
      'snapshot-policies': typeof snapshotPolicies;
    };
  }
}
