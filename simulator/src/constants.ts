// Identities and times every area and the seed agree on. Imports nothing, so any module may use it
// without joining an import cycle.

/** Seed timestamps count back from here, not from "now", so the data is reproducible. */
export const SEED_EPOCH = Date.parse('2026-11-01T08:00:00.000Z');

/** The role group whose members are cloud administrators (api-notes 3.3). */
export const CLOUD_ADMIN_GROUP = 'baae5505-cc96-4cf1-ad5a-a87285af90ae';
export const GROUP_ORG_ADMIN = '5e0f6c1e-6a0b-4c7e-9a53-2f3f7c4c1a01';
export const GROUP_MEMBER = '5e0f6c1e-6a0b-4c7e-9a53-2f3f7c4c1a02';

/** The cloud administrators' organisation: it holds every availability zone. */
export const ADMIN_PROJECT = '9052ae85792143ff955c35c52e8e41bd';
export const ADMIN_USER = '1df71957d770436493a84f24d9344853';

export const DEMO_PASSWORD = 'cloudos';
export const DEMO_ACCOUNTS: readonly { user: string; password: string; role: string }[] = [
  { user: 'admin', password: DEMO_PASSWORD, role: 'cloud administrator (every project)' },
  { user: 'alice', password: DEMO_PASSWORD, role: 'tenant of chengdu' },
  { user: 'bob', password: DEMO_PASSWORD, role: 'tenant of mianyang' },
  { user: 'carol', password: DEMO_PASSWORD, role: 'tenant of chengdu and 研发中心' },
];
