import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import {
  checkPublicKey,
  isValidName,
  pemFilename,
  toCreateRequest,
  toImportRequest,
  withDuplicateName,
} from './keypair';

const ED25519 =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGFcD3w2Q9y0w5pD0aHh8Vq9X2w1a5Kx3q1K0yK9y7rT e2e@test';
const RSA =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova';

describe('name rule (004:L1732)', () => {
  it('accepts 1–64 letters, digits, - and _', () => {
    expect(isValidName('a')).toBe(true);
    expect(isValidName('my-key_01')).toBe(true);
    expect(isValidName('k'.repeat(64))).toBe(true);
  });
  it('refuses empty, too long, spaces, dots and non-ASCII', () => {
    for (const bad of ['', 'k'.repeat(65), 'my key', 'my.key', '密钥', 'a/b'])
      expect(isValidName(bad)).toBe(false);
  });
});

describe('public key check (mirrors the simulator)', () => {
  it('accepts ssh-rsa and ssh-ed25519 lines, with or without a comment', () => {
    expect(checkPublicKey(ED25519)).toBe(true);
    expect(checkPublicKey(RSA)).toBe(true);
    expect(checkPublicKey(ED25519.split(' ').slice(0, 2).join(' '))).toBe(true);
    expect(checkPublicKey(`  ${ED25519}\n`)).toBe(true);
  });
  it('refuses unknown algorithms and malformed lines as a format problem', () => {
    expect(checkPublicKey('ssh-dss AAAAB3NzaC1kc3M= x')).toBe('format');
    expect(checkPublicKey('not a key')).toBe('format');
    expect(checkPublicKey('ssh-rsa')).toBe('format');
    expect(checkPublicKey('ssh-rsa not*base64')).toBe('format');
  });
  it('refuses a blob that names another algorithm, or is truncated', () => {
    expect(checkPublicKey(`ssh-rsa ${ED25519.split(' ')[1] ?? ''}`)).toBe('algorithm');
    expect(checkPublicKey('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5')).toBe('algorithm');
    expect(checkPublicKey('ssh-ed25519 AAAA')).toBe('algorithm');
  });
});

describe('form mapping', () => {
  it('generates without a public key and imports a trimmed one', () => {
    expect(toCreateRequest({ name: ' k1 ', type: 'ssh' })).toEqual({
      keypair: { name: 'k1', type: 'ssh' },
    });
    expect(toImportRequest({ name: 'k2', public_key: `${ED25519}\n` })).toEqual({
      keypair: { name: 'k2', type: 'ssh', public_key: ED25519 },
    });
  });
  it('names the download after the key pair', () => {
    expect(pemFilename('k1')).toBe('k1.pem');
  });
});

describe('duplicate name', () => {
  it('adds the translated reason on the name field to a 409', () => {
    const e = new ApiError({
      status: 409,
      message: "Key pair 'k' already exists.",
      requestId: 'r1',
    });
    const mapped = withDuplicateName(e, 'dup');
    expect(mapped).toBeInstanceOf(ApiError);
    expect(mapped instanceof ApiError && mapped.details).toEqual([
      { path: 'body/keypair/name', message: 'dup' },
    ]);
    expect(mapped instanceof ApiError && mapped.requestId).toBe('r1');
    expect(mapped instanceof ApiError && mapped.message).toBe("Key pair 'k' already exists.");
  });
  it('passes other errors through unchanged', () => {
    const e = new ApiError({ status: 400, message: 'bad' });
    expect(withDuplicateName(e, 'dup')).toBe(e);
    const plain = new Error('x');
    expect(withDuplicateName(plain, 'dup')).toBe(plain);
  });
});
