// Seeded key pairs of the demo users: real-looking public keys (well-formed blobs, random bits).
import { SEED_EPOCH } from '../../constants.ts';
import type { Rng } from '../../rng.ts';
import type { KeypairRec, UserRec } from '../../state.ts';
import { novaTime } from '../../time.ts';
import { sshEd25519Blob, sshFingerprint, sshRsaBlob } from './ssh.ts';

// [user, name, algorithm, comment]
const KEYPAIRS: [string, string, 'rsa' | 'ed25519', string][] = [
  ['admin', 'ops-bastion', 'rsa', 'ops@bastion-01'],
  ['admin', 'admin-laptop', 'ed25519', 'admin@cloudos-mgmt'],
  ['alice', 'alice-mbp', 'ed25519', 'alice@alice-mbp.local'],
  ['alice', 'chengdu-deploy', 'rsa', 'jenkins@ci-chengdu'],
  ['bob', 'bob-workstation', 'rsa', 'bob@mianyang-ws07'],
  ['carol', 'carol-rd', 'ed25519', 'carol@rd-dev-12'],
  ['carol', 'rd-gitlab-runner', 'rsa', 'gitlab-runner@rd-ci'],
];

/** Real-looking, reproducible public keys: the blobs are well formed, the key bits are random. */
export function seedKeypairs(rng: Rng, users: readonly UserRec[]): KeypairRec[] {
  const bytes = (n: number) => Buffer.from(rng.hex(n * 2), 'hex');
  return KEYPAIRS.map(([userName, name, algo, comment], i) => {
    const user = users.find((u) => u.name === userName);
    if (!user) throw new Error(`seed: no user ${userName}`);
    let blob: Buffer;
    if (algo === 'rsa') {
      const n = bytes(256);
      n[0] = (n[0] ?? 0) | 0x80;
      blob = sshRsaBlob(Buffer.from([1, 0, 1]), n);
    } else {
      blob = sshEd25519Blob(bytes(32));
    }
    const prefix = algo === 'rsa' ? 'ssh-rsa' : 'ssh-ed25519';
    return {
      id: i + 1,
      name,
      type: 'ssh',
      public_key: `${prefix} ${blob.toString('base64')} ${comment}`,
      fingerprint: sshFingerprint(blob),
      user_id: user.id,
      created_at: novaTime(SEED_EPOCH - rng.int(2, 300) * 86400_000 - rng.int(0, 86399_999)),
      updated_at: null,
      deleted: false,
      deleted_at: null,
    };
  });
}

/** The id the next key pair gets: one past the seeded ones. */
export const NEXT_KEYPAIR_ID = KEYPAIRS.length + 1;
