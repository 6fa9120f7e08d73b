import { createHash, generateKeyPairSync, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const DOC_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova';
const DOC_FINGERPRINT = '1e:2c:9b:56:79:4b:45:77:f9:ca:7a:98:2c:b0:d5:3c';

let t: TestSim;
let admin: string;
let alice: string;
let bob: string;
let carol: string;
const project = (token: string) => t.project(token);
const base = (token: string) => `/os/compute/v1/v2/${project(token)}`;

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob, carol] = await sim.logins('admin', 'alice', 'bob', 'carol');
});

describe('key pairs (004 §1.4)', () => {
  it('imports a key with the documented fingerprint, shows, lists and deletes it (202)', async () => {
    const created = await t.req('POST', `${base(alice)}/os-keypairs`, {
      token: alice,
      body: { keypair: { name: 'mykey', type: 'ssh', public_key: DOC_KEY } },
    });
    expect(created.status).toBe(200);
    expect(created.body.keypair).toMatchObject({
      name: 'mykey',
      type: 'ssh',
      public_key: DOC_KEY,
      fingerprint: DOC_FINGERPRINT,
    });
    expect(created.body.keypair.private_key).toBeUndefined();

    const shown = await t.req('GET', `${base(alice)}/keypairs/mykey`, { token: alice });
    expect(shown.status).toBe(200);
    expect(shown.body.keypair).toMatchObject({
      name: 'mykey',
      fingerprint: DOC_FINGERPRINT,
      deleted: false,
      deleted_at: null,
      updated_at: null,
    });
    expect(Number.isInteger(shown.body.keypair.id)).toBe(true);
    expect(shown.body.keypair.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);

    const list = await t.req('GET', `${base(alice)}/os-keypairs`, { token: alice });
    const names = list.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name);
    expect(names).toContain('mykey');
    expect(names).toContain('alice-mbp');

    const del = await t.req('DELETE', `${base(alice)}/keypairs/mykey`, { token: alice });
    expect(del.status).toBe(202);
    expect(del.body).toBeUndefined();
    expectVendorError(await t.req('GET', `${base(alice)}/keypairs/mykey`, { token: alice }), 404);
  });

  it('generates an RSA key pair, returns the private key once, and defaults type to ssh', async () => {
    const res = await t.req('POST', `${base(bob)}/os-keypairs`, {
      token: bob,
      body: { keypair: { name: 'gen_key-1' } },
    });
    expect(res.status).toBe(200);
    const k = res.body.keypair;
    expect(k.type).toBe('ssh');
    expect(k.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(k.public_key).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E\S+ Generated-by-Nova$/);
    const blob = Buffer.from(k.public_key.split(' ')[1], 'base64');
    const md5 = createHash('md5')
      .update(blob)
      .digest('hex')
      .replace(/(..)(?!$)/g, '$1:');
    expect(k.fingerprint).toBe(md5);
    // The private key matches the public key.
    const pub = createPublicKey(k.private_key).export({ format: 'jwk' });
    expect(blob.includes(Buffer.from(pub.n ?? '', 'base64url'))).toBe(true);
    const shown = await t.req('GET', `${base(bob)}/keypairs/gen_key-1`, { token: bob });
    expect(shown.body.keypair.private_key).toBeUndefined();
  });

  it('imports ed25519 keys and x509 certificates, and refuses x509 without a certificate', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const blob = Buffer.concat([
      Buffer.from([0, 0, 0, 11]),
      Buffer.from('ssh-ed25519'),
      Buffer.from([0, 0, 0, 32]),
      raw,
    ]);
    const ed = await t.req('POST', `${base(carol)}/os-keypairs`, {
      token: carol,
      body: {
        keypair: { name: 'ed', type: 'ssh', public_key: `ssh-ed25519 ${blob.toString('base64')}` },
      },
    });
    expect(ed.status).toBe(200);
    const x509 = await t.req('POST', `${base(carol)}/os-keypairs`, {
      token: carol,
      body: { keypair: { name: 'cert', type: 'x509' } },
    });
    expectVendorError(x509, 400);
    expect(x509.body.msg).toMatch(/public_key/);
    expectVendorError(
      await t.req('POST', `${base(carol)}/os-keypairs`, {
        token: carol,
        body: { keypair: { name: 'cert', type: 'x509', public_key: DOC_KEY } },
      }),
      400,
    );
  });

  it('accepts nova os-keypairs/{name} as an alias for show and delete', async () => {
    const shown = await t.req('GET', `${base(alice)}/os-keypairs/alice-mbp`, { token: alice });
    expect(shown.status).toBe(200);
    expect(shown.body.keypair.name).toBe('alice-mbp');
    expect(
      (await t.req('DELETE', `${base(alice)}/os-keypairs/alice-mbp`, { token: alice })).status,
    ).toBe(202);
    expectVendorError(
      await t.req('GET', `${base(alice)}/keypairs/alice-mbp`, { token: alice }),
      404,
    );
  });

  it('validates the body and names the field', async () => {
    const bad: [unknown, RegExp][] = [
      [{ keypair: { name: '' } }, /name/],
      [{ keypair: { name: 'a'.repeat(65) } }, /name/],
      [{ keypair: { name: 'has space' } }, /name/],
      [{ keypair: { name: '中文' } }, /name/],
      [{ keypair: { name: 'k', type: 'rsa' } }, /type/],
      [{ keypair: { name: 'k', extra: 1 } }, /extra/],
      [{ name: 'k' }, /keypair|name/],
      [{ keypair: { name: 'k', public_key: 'not a key' } }, /public_key/],
      [{ keypair: { name: 'k', public_key: 'ssh-dss AAAAB3NzaC1kc3M=' } }, /public_key/],
      [
        { keypair: { name: 'k', public_key: 'ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQAB' } },
        /public_key/,
      ],
    ];
    for (const [body, field] of bad) {
      const res = await t.req('POST', `${base(alice)}/os-keypairs`, { token: alice, body });
      expectVendorError(res, 400);
      expect(res.body.msg).toMatch(field);
    }
  });

  it('keeps names unique per user (409) but lets another user reuse a name', async () => {
    const body = { keypair: { name: 'alice-mbp', type: 'ssh', public_key: DOC_KEY } };
    expectVendorError(
      await t.req('POST', `${base(alice)}/os-keypairs`, { token: alice, body }),
      409,
    );
    // carol shares alice's project but not her key pairs.
    expect((await t.req('POST', `${base(carol)}/os-keypairs`, { token: carol, body })).status).toBe(
      200,
    );
  });

  it("scopes key pairs to the token's user and project", async () => {
    // Another project's tenant_id: 403 for a tenant.
    expectVendorError(await t.req('GET', `${base(bob)}/os-keypairs`, { token: alice }), 403);
    expectVendorError(
      await t.req('POST', `${base(bob)}/os-keypairs`, {
        token: alice,
        body: { keypair: { name: 'x' } },
      }),
      403,
    );
    expectVendorError(
      await t.req('DELETE', `${base(bob)}/keypairs/bob-workstation`, { token: alice }),
      403,
    );
    // Someone else's key pair in one's own project: not found.
    expectVendorError(
      await t.req('GET', `${base(alice)}/keypairs/carol-rd`, { token: alice }),
      404,
    );
    const mine = await t.req('GET', `${base(carol)}/os-keypairs`, { token: carol });
    expect(mine.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual([
      'carol-rd',
      'rd-gitlab-runner',
    ]);
    // An administrator may use any tenant_id but still sees only their own key pairs.
    const adm = await t.req('GET', `${base(bob)}/os-keypairs`, { token: admin });
    expect(adm.status).toBe(200);
    expect(adm.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual([
      'admin-laptop',
      'ops-bastion',
    ]);
    expectVendorError(await t.req('GET', `${base(alice)}/os-keypairs`), 401);
  });
});
