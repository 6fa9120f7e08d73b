// Reference data several features read (the image-type catalogue, a project's availability zones,
// one image or server by id for the names other pages show). Defined once here so every feature
// shares one cache entry; the feature that edits the data invalidates through rootKeys.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { rootKeys } from './root-keys';

export const referenceKeys = {
  imageTypes: () => [...rootKeys.imageTypes, 'list'] as const,
  projects: () => [...rootKeys.projects, 'list'] as const,
  projectAzones: (projectId: string) => [...rootKeys.projects, projectId, 'azones'] as const,
  flavors: (projectId: string) => [...rootKeys.flavors, 'detail-list', projectId] as const,
  images: (projectId: string) => [...rootKeys.images, 'all', projectId] as const,
  /** The same key as the images feature's detail: one cache entry per image. */
  image: (scope: string, id: string) => [...rootKeys.images, 'detail', scope, id] as const,
  flavor: (projectId: string, id: string) =>
    [...rootKeys.flavors, 'detail', projectId, id] as const,
  /** The same key as the servers feature's detail. */
  server: (project: string, id: string) => [...rootKeys.servers, 'detail', project, id] as const,
  keypairs: (projectId: string) => [...rootKeys.keypairs, 'list', projectId] as const,
  projectUsers: (projectId: string) => [...rootKeys.projects, projectId, 'users'] as const,
  computeHosts: (projectId: string) => [...rootKeys.hypervisors, 'hosts', projectId] as const,
};

export const imageTypesQuery = () =>
  queryOptions({
    queryKey: referenceKeys.imageTypes(),
    queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/cloudos/imagetype', { signal })),
    staleTime: 5 * 60_000,
  });

export const projectAzonesQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.projectAzones(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/os/kinton/v1/keystone/types/AzoneProject/assigments', {
          params: { query: { targets: projectId } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
    enabled: projectId !== '',
  });

/**
 * The projects the caller may see: every project for a cloud administrator, its own ones for a
 * tenant (the server decides; the same call serves both). Disabled projects stay in the data so
 * owners can still be named; pickers filter them out.
 */
export const projectsQuery = () =>
  queryOptions({
    queryKey: referenceKeys.projects(),
    queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/v3/projects', { signal })),
    select: (data) => data.projects,
    staleTime: 5 * 60_000,
  });

/** Every flavor the caller may use (not paginated), for names in lists and for pickers. */
export const flavorsQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.flavors(projectId),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/compute/v1/v2/{tenant_id}/flavors/detail', {
          params: { path: { tenant_id: projectId } },
          signal,
        }),
      );
      return body.flavors;
    },
    staleTime: 5 * 60_000,
    enabled: projectId !== '',
  });

/**
 * Every image the project can see, in one request (glance returns all of them without `limit`):
 * names for server lists and the choices of the create wizard. `projectId` scopes the cache, since
 * what a tenant sees depends on its token.
 */
export const allImagesQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.images(projectId),
    queryFn: async ({ signal }) => {
      const body = await unwrap(api.GET('/os/image/v1/v2/images', { signal }));
      return body.images;
    },
    staleTime: 60_000,
  });

/**
 * One image (glance's show). Pages that only label image ids ask for those ids, not the catalogue;
 * the images feature's detail page reads the same entry. `scope` is the token's project.
 */
export const imageQuery = (scope: string, id: string) =>
  queryOptions({
    queryKey: referenceKeys.image(scope, id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/os/image/v1/v2/images/{image_id}', {
          params: { path: { image_id: id } },
          signal,
        }),
      ),
    staleTime: 60_000,
    enabled: id !== '',
  });

/** One flavor, for a server whose flavor the flavor list lacks (private to another project). */
export const flavorQuery = (projectId: string, id: string) =>
  queryOptions({
    queryKey: referenceKeys.flavor(projectId, id),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/compute/v1/v2/{tenant_id}/flavors/{flavor_id}', {
          params: { path: { tenant_id: projectId, flavor_id: id } },
          signal,
        }),
      );
      return body.flavor;
    },
    staleTime: 5 * 60_000,
    enabled: projectId !== '' && id !== '',
  });

/**
 * One server, under `project` in the path: its own project, or (an administrator) any project
 * nova answers for. The servers feature's detail page reads the same entry and adds polling.
 */
export const serverQuery = (project: string, id: string) =>
  queryOptions({
    queryKey: referenceKeys.server(project, id),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', {
          params: { path: { tenant_id: project, server_id: id } },
          signal,
        }),
      );
      return body.server;
    },
    enabled: project !== '' && id !== '',
  });

/** The token user's key pairs (nova wraps each entry in `{keypair: …}`, unwrapped here). */
export const keypairsQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.keypairs(projectId),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/compute/v1/v2/{tenant_id}/os-keypairs', {
          params: { path: { tenant_id: projectId } },
          signal,
        }),
      );
      return body.keypairs.map((x) => x.keypair);
    },
    enabled: projectId !== '',
  });

/** The users assigned to an organisation (each once, whatever their role groups there). */
export const projectUsersQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.projectUsers(projectId),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/kinton/v1/keystone/types/UserProjectGroup/assigments', {
          params: { query: { targets: projectId } },
          signal,
        }),
      );
      const byId = new Map(body.assigments.map((a) => [a.user.id, a.user]));
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: 5 * 60_000,
    enabled: projectId !== '',
  });

/**
 * The compute nodes (hosts) of the cloud, from the hypervisor list: names for host filters.
 * Administrators only (the hypervisor API is admin-only).
 */
export const computeHostsQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.computeHosts(projectId),
    queryFn: async ({ signal }) => {
      const body = await unwrap(
        api.GET('/os/compute/v1/v2/{tenant_id}/os-hypervisors/detail', {
          params: { path: { tenant_id: projectId } },
          signal,
        }),
      );
      return [...new Set(body.hypervisors.map((h) => h.service.host))].sort();
    },
    staleTime: 5 * 60_000,
    enabled: projectId !== '',
  });
