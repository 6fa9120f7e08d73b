// Key pairs (004 §1.4): nova key pairs of the calling user; a name is unique per user.
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { KeypairRec } from '../../state.ts';
import { novaTime } from '../../time.ts';
import { checkCertificate, checkSshKey, generateSsh } from './ssh.ts';

/**
 * A user's key pair by name, through an index: a scan of the tracked list would wrap every key
 * pair of the cloud in a change-tracking proxy on each create (at `--scale 40`, most of a key pair
 * import's time and the garbage that stalled other requests).
 */
const byUserAndName = (sim: OpCtx<'createKeypair'>['sim'], user: string, name: string) =>
  sim
    .index('keypairs', 'user+name', (k) => `${k.user_id}\u0000${k.name}`)
    .get(`${user}\u0000${name}`)?.[0];

function find(ctx: OpCtx<'getKeypair' | 'deleteKeypair'>): KeypairRec {
  const user = caller(ctx).user;
  const name = ctx.params.keypair_name;
  const k = byUserAndName(ctx.sim, user.id, name);
  if (!k) throw notFound(`Keypair ${name} not found for user ${user.id}.`);
  return k;
}

const handlers = defineHandlers({
  createKeypair: async (ctx) => {
    const user = caller(ctx).user;
    const { name, type = 'ssh', public_key } = ctx.body.keypair;
    const state = ctx.sim.state;
    const taken = () => byUserAndName(ctx.sim, user.id, name) !== undefined;
    if (taken()) throw conflict(`Key pair '${name}' already exists.`);
    let made: { public_key: string; fingerprint: string; private_key?: string };
    if (public_key !== undefined) {
      made =
        type === 'ssh'
          ? { public_key: public_key.trim(), fingerprint: checkSshKey(public_key) }
          : { public_key, fingerprint: checkCertificate(public_key) };
    } else if (type === 'ssh') {
      made = await generateSsh();
      // Other requests ran while the key was generated: the name may have been taken meanwhile.
      if (taken()) throw conflict(`Key pair '${name}' already exists.`);
    } else {
      throw badRequest('public_key is required for an x509 key pair (import a certificate).', [
        { path: 'body/keypair/public_key', message: 'is required when type is x509' },
      ]);
    }
    const rec: KeypairRec = {
      id: state.nextKeypairId++,
      name,
      type,
      public_key: made.public_key,
      fingerprint: made.fingerprint,
      user_id: user.id,
      created_at: novaTime(ctx.sim.now()),
      updated_at: null,
      deleted: false,
      deleted_at: null,
    };
    state.keypairs.push(rec);
    return {
      status: 200,
      body: {
        keypair: {
          name,
          type,
          user_id: user.id,
          public_key: rec.public_key,
          fingerprint: rec.fingerprint,
          ...(made.private_key ? { private_key: made.private_key } : {}),
        },
      },
    };
  },
  listKeypairs: (ctx) => {
    const user = caller(ctx).user;
    const mine = ctx.sim.state.keypairs
      .filter((k) => k.user_id === user.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      status: 200,
      body: {
        keypairs: mine.map((k) => ({
          keypair: {
            name: k.name,
            type: k.type,
            public_key: k.public_key,
            fingerprint: k.fingerprint,
          },
        })),
      },
    };
  },
  getKeypair: (ctx) => ({ status: 200, body: { keypair: find(ctx) } }),
  deleteKeypair: (ctx) => {
    const k = find(ctx);
    ctx.sim.state.keypairs = ctx.sim.state.keypairs.filter((x) => x.id !== k.id);
    return { status: 202 };
  },
});

export const keypairsArea = {
  handlers,
  defaults: (s) => {
    s.keypairs ??= [];
    s.nextKeypairId ??= Math.max(0, ...s.keypairs.map((k) => k.id)) + 1;
  },
} satisfies Area;
