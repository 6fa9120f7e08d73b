// Key pairs (004 §1.4): the documented limits, the public key check the platform applies, and the
// mapping between the forms and the request body.
import { ApiError, isApiError } from '@/api/api-error';
import type { components } from '@contract/schema';

type S = components['schemas'];
export type Keypair = S['Keypair'];
export type KeypairCreate = S['KeypairCreate'];
export type KeypairCreated = S['KeypairCreated']['keypair'];
export type KeypairListItem = S['KeypairList']['keypairs'][number]['keypair'];
export type KeypairType = S['KeypairType'];

export const NAME_MAX = 64;
/** 1–64 letters, digits, `-` or `_` (004:L1732). */
export const NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const PUBLIC_KEY_MAX = 65535;

export const SSH_KEY_TYPES = ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256'] as const;

export const isValidName = (name: string): boolean => NAME_PATTERN.test(name);

export type PublicKeyProblem = 'format' | 'algorithm';

function base64Bytes(b64: string): Uint8Array | null {
  try {
    const bin = atob(b64);
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Mirrors the platform's check of an OpenSSH public key line: `<algorithm> <base64> [comment]`
 * with one of the accepted algorithms, and a blob that names the same algorithm.
 */
export function checkPublicKey(line: string): true | PublicKeyProblem {
  const m = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: [^\r\n]*)?$/.exec(line.trim());
  const algo = m?.[1];
  if (!m || !algo || !SSH_KEY_TYPES.some((x) => x === algo)) return 'format';
  const blob = base64Bytes(m[2] ?? '');
  if (!blob || blob.length < 4) return 'algorithm';
  const len = new DataView(blob.buffer).getUint32(0);
  const named =
    len > 0 && len + 4 <= blob.length ? new TextDecoder().decode(blob.subarray(4, 4 + len)) : '';
  return named === algo && blob.length >= 4 + len + 8 ? true : 'algorithm';
}

/** Delete has no precondition: servers booted with the key keep their copy of it. */
export const canDelete = (_k: KeypairListItem): true => true;

export type CreateFormValues = { name: string; type: KeypairType };
export type ImportFormValues = { name: string; public_key: string };

export const toCreateRequest = (v: CreateFormValues): KeypairCreate => ({
  keypair: { name: v.name.trim(), type: v.type },
});

export const toImportRequest = (v: ImportFormValues): KeypairCreate => ({
  keypair: { name: v.name.trim(), type: 'ssh', public_key: v.public_key.trim() },
});

/** The download name of a generated private key. */
export const pemFilename = (name: string): string => `${name}.pem`;

/**
 * The platform answers a duplicate name with a bare 409; this puts the (translated) reason on the
 * name field as well, so the form shows it where the user must act. Other errors pass unchanged.
 */
export function withDuplicateName(error: unknown, message: string): unknown {
  if (!isApiError(error) || error.status !== 409) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    message: error.message,
    requestId: error.requestId,
    details: [...error.details, { path: 'body/keypair/name', message }],
  });
}
