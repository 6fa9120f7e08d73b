// Key pairs (004 §1.4): nova key pairs of the calling user; a name is unique per user.
import { X509Certificate, createHash, generateKeyPairSync } from 'node:crypto';
import type { components } from '../../../openapi/generated/schema.d.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import type { KeypairRec, State } from '../state.ts';

type S = components['schemas'];
type CreateBody = S['KeypairCreate'];

const SSH_TYPES = ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256'] as const;

/** Nova's timestamp form: UTC, microseconds, no zone designator. */
export function novaTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000');
}

const colonHex = (buf: Buffer) => buf.toString('hex').replace(/(..)(?!$)/g, '$1:');

/** nova's ssh fingerprint: MD5 of the decoded key blob, colon hex. */
export function sshFingerprint(blob: Buffer): string {
  return colonHex(createHash('md5').update(blob).digest());
}

function sshString(b: Buffer | string): Buffer {
  const data = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return Buffer.concat([len, data]);
}

/** An SSH mpint: big-endian, with a leading zero byte when the high bit is set. */
function sshMpint(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const trimmed = b.subarray(i);
  return sshString((trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

/** The OpenSSH wire blob of an RSA public key (e, n big-endian). */
export function sshRsaBlob(e: Buffer, n: Buffer): Buffer {
  return Buffer.concat([sshString('ssh-rsa'), sshMpint(e), sshMpint(n)]);
}

/** The OpenSSH wire blob of an Ed25519 public key (32 bytes). */
export function sshEd25519Blob(key: Buffer): Buffer {
  return Buffer.concat([sshString('ssh-ed25519'), sshString(key)]);
}

const invalidKey = (why: string) =>
  badRequest(`Keypair data is invalid: ${why}`, [
    { path: 'body/keypair/public_key', message: why },
  ]);

/** Checks an OpenSSH public key line and returns its fingerprint. */
function checkSshKey(line: string): string {
  const m = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: [^\r\n]*)?$/.exec(line.trim());
  const algo = m?.[1];
  if (!m || !algo || !(SSH_TYPES as readonly string[]).includes(algo)) {
    throw invalidKey(
      `public_key must be an OpenSSH public key: ${SSH_TYPES.join(', ')}, then the base64 key, then an optional comment`,
    );
  }
  const blob = Buffer.from(m[2] ?? '', 'base64');
  const len = blob.length >= 4 ? blob.readUInt32BE(0) : -1;
  const named = len > 0 && len + 4 <= blob.length ? blob.subarray(4, 4 + len).toString() : '';
  if (named !== algo || blob.length < 4 + len + 8) {
    throw invalidKey(`the base64 key of public_key is not a ${algo} key`);
  }
  return sshFingerprint(blob);
}

/** Checks a PEM certificate and returns nova's x509 fingerprint (SHA-1, colon hex). */
function checkCertificate(pem: string): string {
  try {
    const cert = new X509Certificate(pem);
    return colonHex(createHash('sha1').update(cert.raw).digest());
  } catch {
    throw invalidKey('public_key of an x509 key pair must be a PEM certificate');
  }
}

function generateSsh(): { public_key: string; private_key: string; fingerprint: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = sshRsaBlob(
    Buffer.from(jwk.e ?? '', 'base64url'),
    Buffer.from(jwk.n ?? '', 'base64url'),
  );
  return {
    public_key: `ssh-rsa ${blob.toString('base64')} Generated-by-Nova`,
    private_key: privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
    fingerprint: sshFingerprint(blob),
  };
}

/** States persisted before key pairs existed lack the collection; it starts empty then. */
function keypairs(state: State): KeypairRec[] {
  const s = state as Partial<State>;
  s.keypairs ??= [];
  return s.keypairs;
}

function nextId(state: State): number {
  const s = state as Partial<State>;
  s.nextKeypairId ??= Math.max(0, ...keypairs(state).map((k) => k.id)) + 1;
  return s.nextKeypairId++;
}

function find(ctx: Ctx): KeypairRec {
  const user = caller(ctx).user;
  const name = ctx.params.keypair_name ?? '';
  const k = keypairs(ctx.sim.state).find((x) => x.user_id === user.id && x.name === name);
  if (!k) throw notFound(`Keypair ${name} not found for user ${user.id}.`);
  return k;
}

export const keypairsArea: Area = {
  handlers: {
    createKeypair: (ctx) => {
      const user = caller(ctx).user;
      const { name, type = 'ssh', public_key } = (ctx.body as CreateBody).keypair;
      const list = keypairs(ctx.sim.state);
      if (list.some((k) => k.user_id === user.id && k.name === name))
        throw conflict(`Key pair '${name}' already exists.`);
      let made: { public_key: string; fingerprint: string; private_key?: string };
      if (public_key !== undefined) {
        made =
          type === 'ssh'
            ? { public_key: public_key.trim(), fingerprint: checkSshKey(public_key) }
            : { public_key, fingerprint: checkCertificate(public_key) };
      } else if (type === 'ssh') {
        made = generateSsh();
      } else {
        throw badRequest('public_key is required for an x509 key pair (import a certificate).', [
          { path: 'body/keypair/public_key', message: 'is required when type is x509' },
        ]);
      }
      const rec: KeypairRec = {
        id: nextId(ctx.sim.state),
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
      list.push(rec);
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
      const mine = keypairs(ctx.sim.state)
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
      ctx.sim.state.keypairs = keypairs(ctx.sim.state).filter((x) => x !== k);
      return { status: 202 };
    },
  },
};
