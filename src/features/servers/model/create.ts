// The create wizard's pure parts: the form values, their mapping onto the createServer body (the
// image-boot and boot-from-volume variants of 004:L6011 / L9981) and the quota the request uses.
import type { components } from '@contract/schema';
import type { Flavor } from './types';

export type ServerCreateBody = components['schemas']['ServerCreate'];
export type AuthMode = 'password' | 'keypair' | 'imageDefault';
export type BootSource = 'image' | 'volume';

export type CreateValues = {
  source: BootSource;
  imageId?: string;
  volumeId?: string;
  zone: string;
  count: number;
  flavorId: string;
  networks: string[];
  securityGroups: string[];
  serverGroup?: string;
  name: string;
  alias?: string;
  description?: string;
  auth: AuthMode;
  password?: string;
  /** The password typed twice (form only, never sent). */
  passwordConfirm?: string;
  keyName?: string;
  metadata?: { key: string; value: string }[];
};

export type CreateContext = {
  /** The caller's user name (metadata.user_name is flagged required, 004:L6104). */
  userName: string;
  /** The zone's AZ id (metadata.zone_uuid, 004:L6110). */
  zoneId: string;
  /** Size (GB) of the boot volume, for `block_device_mapping_v2.volume_size`. */
  volumeSize?: number;
};

/** Names for `count` servers: the name itself for one, then name-1, name-2, … */
export function serverNames(name: string, count: number): string[] {
  if (count <= 1) return [name];
  return Array.from({ length: count }, (_, i) => `${name}-${i + 1}`);
}

export function toCreateBody(v: CreateValues, ctx: CreateContext, name = v.name): ServerCreateBody {
  const extra = Object.fromEntries(
    (v.metadata ?? []).filter((m) => m.key.trim() !== '').map((m) => [m.key.trim(), m.value]),
  );
  const metadata: Record<string, string> = {
    ...extra,
    user_name: ctx.userName,
    zone_uuid: ctx.zoneId,
    enableAdminPass: v.auth === 'imageDefault' ? '0' : '1',
    h3c_extend_api: 'true',
  };
  if (v.alias) metadata.alias = v.alias;
  if (v.description) metadata.description = v.description;
  const common = {
    name,
    flavorRef: v.flavorId,
    networks: v.networks.map((uuid, i) => ({
      uuid,
      enable_gateway: i === 0 ? ('true' as const) : ('false' as const),
    })),
    security_groups: v.securityGroups.map((g) => ({ name: g })),
    metadata,
    availability_zone: v.zone,
    ...(v.auth === 'password' && v.password ? { adminPass: v.password } : {}),
    ...(v.auth === 'keypair' && v.keyName ? { key_name: v.keyName } : {}),
  };
  const server =
    v.source === 'volume'
      ? {
          ...common,
          block_device_mapping_v2: [
            {
              uuid: v.volumeId ?? '',
              boot_index: 0,
              source_type: 'volume' as const,
              destination_type: 'volume' as const,
              delete_on_termination: false,
              volume_size: ctx.volumeSize ?? 0,
            },
          ],
        }
      : { ...common, imageRef: v.imageId ?? '' };
  return v.serverGroup ? { server, 'os:scheduler_hints': { group: v.serverGroup } } : { server };
}

/** What the request needs beyond the form: the caller's name, the zone's id, the volume's size. */
export function createContextOf(
  v: Pick<CreateValues, 'zone' | 'volumeId'>,
  refs: {
    userName: string;
    zones: readonly { id: string; zone: string }[] | undefined;
    volumes: readonly { id: string; size: number }[] | undefined;
  },
): CreateContext {
  return {
    userName: refs.userName,
    zoneId: refs.zones?.find((z) => z.zone === v.zone)?.id ?? '',
    volumeSize: refs.volumes?.find((x) => x.id === v.volumeId)?.size,
  };
}

/**
 * The requests the wizard sends, in order: one per server (`count` of them, named name-1, …),
 * a single one when booting from a volume (a volume boots one server).
 */
export function toCreateRequests(
  v: CreateValues,
  ctx: CreateContext,
): { name: string; body: ServerCreateBody }[] {
  return serverNames(v.name, v.source === 'volume' ? 1 : v.count).map((name) => ({
    name,
    body: toCreateBody(v, ctx, name),
  }));
}

/** Where the platform's validation errors point (request body paths) in the wizard's form. */
export const CREATE_FIELD_ALIASES: Readonly<Record<string, keyof CreateValues>> = {
  'body/server/imageRef': 'imageId',
  'body/server/flavorRef': 'flavorId',
  'body/server/key_name': 'keyName',
  'body/server/availability_zone': 'zone',
  'body/server/adminPass': 'password',
  'body/server/metadata/alias': 'alias',
  'body/server/metadata/description': 'description',
  'body/server/block_device_mapping_v2/0/uuid': 'volumeId',
  'body/os:scheduler_hints/group': 'serverGroup',
};

export type QuotaAbsolute = {
  maxTotalInstances: number;
  totalInstancesUsed: number;
  maxTotalCores: number;
  totalCoresUsed: number;
  maxTotalRAMSize: number;
  totalRAMUsed: number;
};

export type QuotaLine = {
  readonly resource: 'instances' | 'cores' | 'ram';
  readonly used: number;
  readonly adding: number;
  /** -1 = unlimited. */
  readonly max: number;
  readonly over: boolean;
};

/** What creating `count` servers of `flavor` adds to the project's compute quota. */
export function quotaLines(
  q: QuotaAbsolute,
  flavor: Pick<Flavor, 'vcpus' | 'ram'> | undefined,
  count: number,
): QuotaLine[] {
  const line = (resource: QuotaLine['resource'], used: number, adding: number, max: number) => ({
    resource,
    used,
    adding,
    max,
    over: max >= 0 && used + adding > max,
  });
  return [
    line('instances', q.totalInstancesUsed, count, q.maxTotalInstances),
    line('cores', q.totalCoresUsed, (flavor?.vcpus ?? 0) * count, q.maxTotalCores),
    line('ram', q.totalRAMUsed, (flavor?.ram ?? 0) * count, q.maxTotalRAMSize),
  ];
}

/** The flavor is big enough for the image (min_ram MB, min_disk GB; 0 = no minimum). */
export function flavorFitsImage(
  f: Pick<Flavor, 'ram' | 'disk' | 'vcpus'>,
  image: { min_ram?: number | null; min_disk?: number | null; min_cpu?: string | null } | undefined,
): boolean {
  if (!image) return true;
  const cpu = Number(image.min_cpu ?? 0);
  return (
    f.ram >= (image.min_ram ?? 0) &&
    f.disk >= (image.min_disk ?? 0) &&
    (!Number.isFinite(cpu) || f.vcpus >= cpu)
  );
}
