import { afterEach, describe, expect, it } from 'vitest';
import { dropAllDrafts, dropDraft, keepable, readDraft, saveDraft } from './drafts';

describe('form drafts kept through a re-login', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps plain values and never a secret, a file or a date object', () => {
    const kept = keepable({
      name: 'web',
      count: 2,
      networks: ['n1', 'n2'],
      adminPass: 'hunter2',
      keypair: { name: 'k', private_key: '-----BEGIN' },
      file: new Blob(['x']),
      when: new Date(),
    });
    expect(kept).toEqual({ name: 'web', count: 2, networks: ['n1', 'n2'], keypair: { name: 'k' } });
  });

  it('keeps nothing for an untouched form', () => {
    expect(keepable({ name: '', networks: [], adminPass: 'x' })).toBeNull();
    saveDraft('/images|Create image', { name: '' });
    expect(readDraft('/images|Create image')).toBeNull();
  });

  it('stores a draft per key until it is dropped', () => {
    saveDraft('/images|Create image', { name: 'ubuntu' });
    expect(readDraft('/images|Edit image')).toBeNull();
    expect(readDraft('/images|Create image')).toEqual({ name: 'ubuntu' });
    dropDraft('/images|Create image');
    expect(readDraft('/images|Create image')).toBeNull();
  });

  it('offers a draft only to the user who typed it, and drops it for anyone else', () => {
    saveDraft('/servers|Create server', { name: 'alice-web' }, 'alice');
    expect(readDraft('/servers|Create server', 'bob')).toBeNull();
    expect(readDraft('/servers|Create server', 'alice')).toBeNull();
    saveDraft('/servers|Create server', { name: 'alice-web' }, 'alice');
    expect(readDraft('/servers|Create server', 'alice')).toEqual({ name: 'alice-web' });
  });

  it('drops every draft at logout and nothing else', () => {
    saveDraft('/images|Create image', { name: 'ubuntu' }, 'alice');
    saveDraft('/servers|Create server', { name: 'web' }, 'alice');
    sessionStorage.setItem('cloudos.session', '{}');
    dropAllDrafts();
    expect(readDraft('/images|Create image', 'alice')).toBeNull();
    expect(readDraft('/servers|Create server', 'alice')).toBeNull();
    expect(sessionStorage.getItem('cloudos.session')).toBe('{}');
  });
});
