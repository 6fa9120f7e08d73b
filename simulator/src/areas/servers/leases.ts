// A server's lease (api-notes 4.8 "Lease"): its wire form, and 缩短租期 (004:L10313), which may only
// shorten it, to a time between now and the current end.
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { LeaseRec, Schemas } from '../../state.ts';
import { DAY_MS } from '../../time.ts';
import { field } from './lookup.ts';

/** China Standard Time, the platform's local time for `yyyy-MM-dd HH:mm:ss` (no DST). */
const CST_OFFSET = 8 * 3600_000;

function parseLocalTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0] = m.slice(1).map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi, sec);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return utc - CST_OFFSET;
}

const localTime = (ms: number) =>
  new Date(ms + CST_OFFSET)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');

function leaseWire(l: LeaseRec, now: number): Schemas['ResourceTenancy'] {
  return {
    uuid: l.uuid,
    userUuid: l.userUuid,
    userName: l.userName,
    email: l.email,
    serUuid: l.serUuid,
    resUuid: l.resUuid,
    resName: l.resName,
    startTime: l.startTime,
    endTime: l.endTime,
    due: now > l.endTime,
    tenantId: l.tenantId,
    tenancyDay: Math.max(0, Math.floor((l.endTime - l.startTime) / DAY_MS)),
    deleted: l.deleted,
    notified: l.notified,
  };
}

export function shortenResourceTenancy(ctx: OpCtx<'shortenResourceTenancy'>) {
  const auth = caller(ctx);
  const b = ctx.body.resourceTenancy;
  const lease = ctx.sim.state.leases.find(
    (l) => l.uuid === b.uuid && !l.deleted && (auth.isAdmin || l.tenantId === auth.token.projectId),
  );
  if (!lease) throw notFound(`Resource tenancy ${b.uuid} could not be found.`);
  if (lease.resUuid !== b.resUuid)
    throw notFound(`Resource tenancy ${b.uuid} is not the lease of resource ${b.resUuid}.`);
  const path = 'body/resourceTenancy/endTime';
  const end = parseLocalTime(b.endTime);
  if (end === null)
    throw badRequest(
      `endTime ${b.endTime} is not a valid time.`,
      field(path, 'is not a valid date and time'),
    );
  const now = ctx.sim.now();
  if (end <= now)
    throw badRequest(
      `The new end time ${b.endTime} must be later than now (${localTime(now)}).`,
      field(path, 'must be later than now'),
    );
  if (end >= lease.endTime)
    throw badRequest(
      `A lease can only be shortened: the new end time ${b.endTime} must be earlier than the current one (${localTime(lease.endTime)}).`,
      field(path, 'must be earlier than the current end time'),
    );
  lease.endTime = end;
  lease.resName = b.resName;
  lease.notified = false;
  return { status: 200, body: { resourceTenancy: leaseWire(lease, now) } };
}
