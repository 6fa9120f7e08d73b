import { describe, expect, it } from 'vitest';
import { canDelete, canDownload, canEdit, canUpload } from './guards';
import { makeImage } from './fixtures.test-util';

const tenant = { isAdmin: false, projectId: 'p1' };
const other = { isAdmin: false, projectId: 'p2' };
const admin = { isAdmin: true, projectId: 'admin' };

describe('image guards', () => {
  it('lets only the owner or an admin edit or delete', () => {
    const img = makeImage();
    expect(canEdit(img, tenant)).toBe(true);
    expect(canEdit(img, other)).toBe('notOwner');
    expect(canDelete(img, other)).toBe('notOwner');
    expect(canDelete(img, admin)).toBe(true);
  });
  it('refuses deleting a protected image with the reason', () => {
    expect(canDelete(makeImage({ protected: true }), tenant)).toBe('protected');
    expect(canDelete(makeImage({ protected: true }), admin)).toBe('protected');
  });
  it('allows upload only to a queued image of the caller', () => {
    expect(canUpload(makeImage({ status: 'queued' }), tenant)).toBe(true);
    expect(canUpload(makeImage({ status: 'active' }), tenant)).toBe('notQueued');
    expect(canUpload(makeImage({ status: 'queued' }), other)).toBe('notOwner');
  });
  it('allows download of images with data; deactivated only for admins', () => {
    expect(canDownload(makeImage(), other)).toBe(true);
    expect(canDownload(makeImage({ status: 'queued' }), tenant)).toBe('noData');
    expect(canDownload(makeImage({ status: 'saving' }), tenant)).toBe('noData');
    expect(canDownload(makeImage({ status: 'deactivated' }), tenant)).toBe('deactivated');
    expect(canDownload(makeImage({ status: 'deactivated' }), admin)).toBe(true);
  });
});
