// Query-key roots shared across features. A feature's own key factory starts from its root here,
// and a feature that must refresh another's data (e.g. creating a snapshot refreshes images)
// invalidates through this module only, never through another feature's factory.
export const rootKeys = {
  session: ['session'] as const,
  projects: ['projects'] as const,
  images: ['images'] as const,
  imageTypes: ['image-types'] as const,
  keypairs: ['keypairs'] as const,
  servers: ['servers'] as const,
  flavors: ['flavors'] as const,
  availabilityZones: ['availability-zones'] as const,
  aggregates: ['aggregates'] as const,
  computeNodes: ['compute-nodes'] as const,
  drx: ['drx'] as const,
  serverGroups: ['server-groups'] as const,
  hypervisors: ['hypervisors'] as const,
  quotas: ['quotas'] as const,
  volumes: ['volumes'] as const,
  networks: ['networks'] as const,
  bareMetal: ['bare-metal'] as const,
  resourceSpecs: ['resource-specs'] as const,
} as const;
