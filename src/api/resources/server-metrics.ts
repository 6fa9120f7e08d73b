// Server monitoring (004 §1.9 items 26, 27, 29–31): the gnocchi resources of a server (its disks,
// NICs and GPUs, found through the resource search), their measures, ceilometer samples, a
// server's GPU ids and the console's resource search. Read-only: nothing here writes.
import { queryOptions } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export type MetricResource = components['schemas']['MetricResource'];
export type MetricResourceType = components['schemas']['MetricResourceType'];
export type MetricMeasure = components['schemas']['MetricMeasure'];
export type MeterSample = components['schemas']['MeterSample'];
export type ServerMeterName = components['schemas']['ServerMeterName'];
export type ServerCounterName = components['schemas']['ServerCounterName'];
export type GpuMeterName = components['schemas']['GpuMeterName'];
export type ResourceSearchExpression = components['schemas']['ResourceSearchExpression'];

/** A measures window: UTC bounds without a zone (`2019-03-01T00:13:44`), as the documents write them. */
export type MetricWindow = { start: string; stop: string };

export const serverMetricKeys = {
  all: rootKeys.serverMetrics,
  gpus: (serverId: string) => [...rootKeys.serverMetrics, 'gpus', serverId] as const,
  measures: (resourceId: string, meter: ServerMeterName, w: MetricWindow) =>
    [...rootKeys.serverMetrics, 'measures', resourceId, meter, w.start, w.stop] as const,
  gpuMeasures: (gpuId: string, meter: GpuMeterName, w: MetricWindow) =>
    [...rootKeys.serverMetrics, 'gpu-measures', gpuId, meter, w.start, w.stop] as const,
  samples: (serverId: string, meter: ServerCounterName, w: MetricWindow) =>
    [...rootKeys.serverMetrics, 'samples', serverId, meter, w.start, w.stop] as const,
  /** One key shape for the search endpoint: the expression and the limit sent. */
  search: (request: SearchRequest) => [...rootKeys.serverMetrics, 'search', request] as const,
};

/** Measures change every 5 minutes; a minute's reuse spares re-reading when tabs switch. */
const FRESH = 60_000;
const SEARCH = '/os/compute/v1/v1/search/resource/generic';

type SearchRequest = { expression: ResourceSearchExpression; limit: number };

/** Every resource search goes through here: one key shape, one call. */
const searchQuery = (request: SearchRequest, enabled: boolean) =>
  queryOptions({
    queryKey: serverMetricKeys.search(request),
    queryFn: ({ signal }) =>
      unwrap(
        api.POST(SEARCH, {
          params: { query: { limit: request.limit } },
          body: request.expression,
          signal,
        }),
      ),
    enabled,
    staleTime: FRESH,
  });

/** The meters whose samples are per NIC: ceilometer finds them by the server (004:L9310). */
const NIC_METERS: readonly ServerCounterName[] = [
  'network.incoming.bytes.rate',
  'network.outgoing.bytes.rate',
];

/**
 * The search expression of what a user typed: a server by name or id, a device by name (vda, a
 * MAC, gpu0) or id. LIKE's wildcards typed by the user are escaped, so they match themselves.
 */
export function searchExpression(text: string): ResourceSearchExpression {
  const q = text.trim();
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const like = `%${escaped}%`;
  return {
    or: [
      { like: { display_name: like } },
      { like: { name: like } },
      { like: { original_resource_id: `${escaped}%` } },
      { '=': { id: q } },
    ],
  };
}

export const serverMetricQueries = {
  /** Every gnocchi resource of one server: itself, its disks, NICs and GPUs. */
  resources: (serverId: string) =>
    searchQuery({ expression: { '=': { instance_id: serverId } }, limit: 1000 }, serverId !== ''),
  /** The ids of a server's GPU devices ([] without GPUs). */
  gpus: (serverId: string) =>
    queryOptions({
      queryKey: serverMetricKeys.gpus(serverId),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v1/resource/instance_vgpu/{server_id}', {
            params: { path: { server_id: serverId } },
            signal,
          }),
        ),
      enabled: serverId !== '',
      staleTime: FRESH,
    }),
  /** One metric of a server, disk or NIC resource over a window. */
  measures: (resourceId: string, meter: ServerMeterName, w: MetricWindow) =>
    queryOptions({
      queryKey: serverMetricKeys.measures(resourceId, meter, w),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(
            '/os/compute/v1/v1/resource/generic/{resource_id}/metric/{meter_parameter}/measures',
            {
              params: {
                path: { resource_id: resourceId, meter_parameter: meter },
                query: { start: w.start, stop: w.stop },
              },
              signal,
            },
          ),
        ),
      enabled: resourceId !== '',
      staleTime: FRESH,
    }),
  /** One metric of a GPU over a window. */
  gpuMeasures: (gpuId: string, meter: GpuMeterName, w: MetricWindow) =>
    queryOptions({
      queryKey: serverMetricKeys.gpuMeasures(gpuId, meter, w),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(
            '/os/compute/v1/v1/resource/instance_vgpu/{resource_id}/metric/{meter_parameter}/measures',
            {
              params: {
                path: { resource_id: gpuId, meter_parameter: meter },
                query: { start: w.start, stop: w.stop },
              },
              signal,
            },
          ),
        ),
      enabled: gpuId !== '',
      staleTime: FRESH,
    }),
  /** A server's ceilometer samples of one meter (every NIC's for the network meters). */
  samples: (serverId: string, meter: ServerCounterName, w: MetricWindow) =>
    queryOptions({
      queryKey: serverMetricKeys.samples(serverId, meter, w),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v2/meters/{countName}', {
            params: {
              path: { countName: meter },
              query: {
                'q.field': [
                  NIC_METERS.includes(meter) ? 'resource_metadata.instance_id' : 'resource_id',
                  'timestamp',
                  'timestamp',
                ],
                'q.op': ['eq', 'ge', 'le'],
                'q.value': [serverId, w.start, w.stop],
              },
            },
            signal,
          }),
        ),
      enabled: serverId !== '',
      staleTime: FRESH,
    }),
  /** The resources matching what a user typed (the header search), at most `limit`. */
  search: (text: string, limit: number) =>
    searchQuery({ expression: searchExpression(text), limit }, text.trim() !== ''),
};
