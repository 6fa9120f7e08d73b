// Keystone's and the platform's shapes of projects, users and tokens.
import { isCloudAdmin } from '../../auth.ts';
import { notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ProjectRec, Schemas, TokenRec, UserRec } from '../../state.ts';
import { COMPUTE_PREFIX, IDENTITY_PREFIX, IMAGE_PREFIX } from '../discovery/urls.ts';

const DOMAIN = { id: 'default', name: 'Default' };
export const KINTON = 'http://api-kinton-service.default.svc.cloudos:9000';

const REGION = 'RegionOne';

/** Keystone's service catalog: the gateway's paths of identity, compute and image under `base`. */
export function catalog(base: string, projectId: string): Schemas['CatalogService'][] {
  const services = [
    { type: 'identity', name: 'keystone', url: `${base}${IDENTITY_PREFIX}/v3` },
    { type: 'compute', name: 'nova', url: `${base}${COMPUTE_PREFIX}/v2/${projectId}` },
    { type: 'image', name: 'glance', url: `${base}${IMAGE_PREFIX}` },
  ] as const;
  return services.map((s) => ({
    id: `svc-${s.type}`,
    type: s.type,
    name: s.name,
    endpoints: (['public', 'internal', 'admin'] as const).map((iface) => ({
      id: `ep-${s.type}-${iface}`,
      interface: iface,
      region: REGION,
      region_id: REGION,
      url: s.url,
    })),
  }));
}

/** A token's body; `base` is where the caller reached us (the catalog's URLs start there). */
export function tokenBody(sim: Sim, token: TokenRec, base: string): Schemas['TokenResponse'] {
  const user = sim.state.users.find((u) => u.id === token.userId);
  const project = sim.state.projects.find((p) => p.id === token.projectId);
  if (!user || !project)
    throw notFound('The token refers to a user or project that no longer exists.');
  const admin = isCloudAdmin(sim, user.id);
  return {
    token: {
      methods: token.methods,
      expires_at: new Date(token.expiresAt).toISOString(),
      issued_at: new Date(token.issuedAt).toISOString(),
      user: {
        id: user.id,
        name: user.name,
        display_name: user.display_name ?? user.name,
        domain: DOMAIN,
      },
      project: { id: project.id, name: project.name, domain: DOMAIN },
      roles: [admin ? { id: 'role-admin', name: 'admin' } : { id: 'role-member', name: 'member' }],
      catalog: catalog(base, project.id),
    },
  };
}

export function toProject(p: ProjectRec): Schemas['Project'] {
  return {
    id: p.id,
    name: p.name,
    description: p.description ?? '',
    enabled: p.enabled,
    status: p.status ?? 'project.status.normal',
    is_domain: p.is_domain ?? false,
    parent_id: p.parent_id ?? null,
    type: p.type ?? 'PUBLIC',
    domain_id: p.domain_id,
    checkedOrg: p.checkedOrg ?? false,
    links: { self: `${KINTON}/v3/projects/${p.id}` },
  };
}

export const toProjectSummary = (p: ProjectRec): Schemas['ProjectSummary'] => ({
  id: p.id,
  name: p.name,
  enabled: p.enabled,
  domain_id: p.domain_id,
  cloud: p.cloud,
  label: p.label,
  cbmsFlag: p.cbmsFlag,
});

export const toUser = (u: UserRec): Schemas['User'] => ({
  id: u.id,
  name: u.name,
  enabled: u.enabled,
  domain_id: u.domain_id,
  display_name: u.display_name ?? u.name,
});
