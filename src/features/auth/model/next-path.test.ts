import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './next-path';

describe('next path after login', () => {
  it('accepts same-origin paths only', () => {
    expect(safeNextPath('/images?page=2')).toBe('/images?page=2');
    expect(safeNextPath(null)).toBe('/overview');
    expect(safeNextPath('https://evil.example')).toBe('/overview');
    expect(safeNextPath('//evil.example')).toBe('/overview');
    expect(safeNextPath('/\\evil.example')).toBe('/overview');
    expect(safeNextPath('/login?next=/x')).toBe('/overview');
  });

  it('builds the login URL with the current path and search', () => {
    expect(loginPathFor('/images?status=active')).toBe('/login?next=%2Fimages%3Fstatus%3Dactive');
    expect(loginPathFor('/login')).toBe('/login');
  });
});
