import { describe, expect, it } from 'vitest';
import type { MetricResource } from '@/api/resources/server-metrics';
import { resourceEntries } from './palette-resources';

const base = {
  metrics: {},
  user_id: 'u',
  creator: 'c',
  created_by_user_id: 'c',
  created_by_project_id: 'c',
  started_at: '2026-01-01T00:00:00+00:00',
  revision_start: '2026-01-01T00:00:00+00:00',
  revision_end: null,
  ended_at: null,
} as const;

describe('palette resource entries', () => {
  it('types each resource and links to its server’s Monitoring tab', () => {
    const found: MetricResource[] = [
      {
        ...base,
        id: 'aaaaaaaa-1',
        type: 'instance',
        original_resource_id: 'aaaaaaaa-1',
        instance_id: 'aaaaaaaa-1',
        display_name: 'web-01',
        project_id: 'p1',
      },
      {
        ...base,
        id: 'd1',
        type: 'instance_disk',
        original_resource_id: 'bbbbbbbb-2-vda',
        instance_id: 'bbbbbbbb-2',
        name: 'vda',
        project_id: 'p2',
      },
    ];
    expect(resourceEntries(found, 'p1')).toEqual([
      {
        key: 'aaaaaaaa-1',
        kind: 'server',
        title: 'web-01',
        serverRef: 'aaaaaaaa',
        path: '/servers/aaaaaaaa-1?tab=monitoring',
      },
      {
        key: 'd1',
        kind: 'disk',
        title: 'vda',
        serverRef: 'bbbbbbbb',
        path: '/servers/bbbbbbbb-2?tab=monitoring&project=p2',
      },
    ]);
  });
});
