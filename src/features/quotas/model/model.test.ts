import { describe, expect, it } from 'vitest';
import type { AbsoluteLimits } from '@/api/resources/quotas';
import type { QuotaTemplate } from '@/api/resources/quota-templates';
import { checkLimit, fromLimits, toQuotaSets } from './quota-form';
import { assignmentsByUser, membersByProject, roleGroupKey } from './members';
import { toRows } from './rows';
import { emptyTemplate, templateToQuotaSets, toTemplateRequest, COUNTERS } from './template';
import { pressure, ratio, tone } from './usage';

function limits(over: Partial<AbsoluteLimits> = {}): AbsoluteLimits {
  const base: Record<string, unknown> = { projectId: 'p1', network_addresses: [] };
  for (const key of [
    'TotalInstances',
    'TotalCores',
    'TotalRAMSize',
    'TotalVolumes',
    'TotalVolumeGigabytes',
    'TotalSnapshots',
    'TotalBackups',
    'SecurityGroups',
    'Networks',
    'Subnets',
    'Vnic',
    'TotalFloatingIps',
    'Firewalls',
    'Loadbalancers',
    'Listeners',
    'VpnServices',
    'Vpc',
    'PrivateZone',
    'RecordSet',
    'ComputeExtendVirtualSnaps',
    'ComputeExtendAutoVirtualSnaps',
  ])
    base[`max${key}`] = -1;
  const used = [
    'totalInstancesUsed',
    'totalCoresUsed',
    'totalRAMUsed',
    'totalVolumesUsed',
    'totalGigabytesUsed',
    'totalSnapshotsUsed',
    'totalBackupsUsed',
    'totalSecurityGroupsUsed',
    'totalNetworksUsed',
    'totalSubnetsUsed',
    'totalVnicUsed',
    'totalFloatingIpsUsed',
    'totalFirewallsUsed',
    'totalLoadbalancersUsed',
    'totalListenersUsed',
    'totalVpnServicesUsed',
    'totalVpcUsed',
    'totalPrivateZoneUsed',
    'totalRecordSetUsed',
    'totalComputeExtendVirtualSnaps',
    'totalComputeExtendAutoVirtualSnaps',
  ];
  for (const key of used) base[key] = 0;
  return { ...(base as AbsoluteLimits), ...over };
}

describe('usage', () => {
  it('computes ratios: unlimited is 0, a zero limit with use is over', () => {
    expect(ratio(5, 10)).toBe(0.5);
    expect(ratio(5, -1)).toBe(0);
    expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(ratio(0, 0)).toBe(0);
  });
  it('finds the most pressed resource', () => {
    const l = limits({
      maxTotalCores: 10,
      totalCoresUsed: 9,
      maxTotalInstances: 10,
      totalInstancesUsed: 5,
    });
    expect(pressure(l)).toEqual({ ratio: 0.9, resource: 'cores' });
    expect(pressure(limits()).resource).toBeNull();
    expect([tone(0.5), tone(0.8), tone(0.95)]).toEqual(['normal', 'warning', 'danger']);
  });
  it('sorts rows by pressure through their value and names them from the projects', () => {
    const rows = toRows(
      [limits({ maxTotalCores: 4, totalCoresUsed: 4 })],
      [{ id: 'p1', name: 'chengdu', enabled: true }],
    );
    expect(rows?.[0]).toMatchObject({ name: 'chengdu', pressure: 1, pressureResource: 'cores' });
    expect(toRows(undefined, [])).toBeUndefined();
  });
});

describe('quota form', () => {
  it('refuses a limit below the usage and accepts unlimited or equal', () => {
    expect(checkLimit(3, 5)).toBe(5);
    expect(checkLimit(5, 5)).toBe(true);
    expect(checkLimit(-1, 5)).toBe(true);
  });
  it('sends only the changed values, in their blocks', () => {
    const before = fromLimits(limits({ maxTotalCores: 10 }));
    expect(toQuotaSets(before, before)).toBeUndefined();
    const body = toQuotaSets({ ...before, cores: 20, networks: 5, virtualSnaps: 3 }, before);
    expect(body).toEqual({
      network: { network: 5 },
      compute: { quota_set: { cores: 20 } },
      compute_extend: { quota_set: { virtual_snaps: 3 } },
    });
  });
});

describe('templates', () => {
  const tpl = { uuid: 'u', name: 'small', extra: '' } as QuotaTemplate;
  for (const k of COUNTERS) Object.assign(tpl, { [k]: 2 });
  it('applies a template: RAM GiB to MiB, unlimited kept', () => {
    const body = templateToQuotaSets({ ...tpl, ram: 4 });
    expect(body.compute?.quota_set).toEqual({ cores: 2, instances: 2, ram: 4096 });
    expect(templateToQuotaSets({ ...tpl, ram: -1 }).compute?.quota_set?.ram).toBe(-1);
    expect(body.eisoo_backup?.quota_set).toEqual({ back_up: 2 });
    expect(body.network?.vnic).toBe(2);
  });
  it('maps the form to the request with every counter', () => {
    const v = { ...emptyTemplate(), name: ' dev ' };
    const req = toTemplateRequest({ ...tpl, ...v, name: ' dev ' });
    expect(req.name).toBe('dev');
    expect(Object.keys(req)).toHaveLength(COUNTERS.length + 2);
  });
});

describe('members', () => {
  const a = (user: string, project: string, group = 'cloudos.rolegroup.cloud') => ({
    type: 'UserProjectGroup',
    actorId: user,
    targetId: project,
    groupId: group,
    project: { id: project, name: project, enabled: true, domain_id: 'default' },
    user: { id: user, name: user, enabled: true, domain_id: 'default' },
    group: { uuid: group, name: group, enabled: true },
  });
  it('counts distinct members and groups a user by organisation', () => {
    const list = [a('u1', 'b'), a('u1', 'a'), a('u2', 'a'), a('u1', 'a', 'g2')] as never[];
    expect(membersByProject(list).get('a')?.size).toBe(2);
    expect(
      assignmentsByUser(list)
        .get('u1')
        ?.map((x: { targetId: string }) => x.targetId),
    ).toEqual(['a', 'a', 'b']);
    expect(roleGroupKey({ name: 'cloudos.rolegroup.cloud' })).toBe('cloud');
    expect(roleGroupKey({ name: 'custom' })).toBeUndefined();
  });
});
