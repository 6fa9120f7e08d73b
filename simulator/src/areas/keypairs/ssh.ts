// OpenSSH and x509 public keys as nova handles them: wire blobs, fingerprints and generation.
import { X509Certificate, createHash, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { badRequest } from '../../errors.ts';

const SSH_TYPES = ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256'];

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
export function checkSshKey(line: string): string {
  const m = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: [^\r\n]*)?$/.exec(line.trim());
  const algo = m?.[1];
  if (!m || !algo || !SSH_TYPES.includes(algo)) {
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
export function checkCertificate(pem: string): string {
  try {
    const cert = new X509Certificate(pem);
    return colonHex(createHash('sha1').update(cert.raw).digest());
  } catch {
    throw invalidKey('public_key of an x509 key pair must be a PEM certificate');
  }
}

const generateRsa = promisify(generateKeyPair);

/**
 * A new RSA key pair, as nova generates one. Off the event loop (libuv's thread pool): a 2048-bit
 * key takes ~75 ms here, which generated synchronously stalled every other request meanwhile.
 */
export async function generateSsh(): Promise<{
  public_key: string;
  private_key: string;
  fingerprint: string;
}> {
  const { publicKey, privateKey } = await generateRsa('rsa', { modulusLength: 2048 });
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
