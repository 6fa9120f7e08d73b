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
    expect(safeNextPath('/login/')).toBe('/overview');
  });

  it('refuses what a browser would read as another site: tabs, newlines, backslashes', () => {
    // `next=%2F%09%2Fevil.example` arrives decoded: the tab made react-router throw
    // "External navigation is not allowed" and left a logged-in user on the login form.
    expect(safeNextPath('/\t/evil.example')).toBe('/overview');
    expect(safeNextPath('/\n/evil.example')).toBe('/overview');
    expect(safeNextPath('/\r\n/evil.example')).toBe('/overview');
    expect(safeNextPath('/images\\..\\..\\evil')).toBe('/overview');
    expect(safeNextPath('/%09/evil.example')).toBe('/%09/evil.example');
    expect(safeNextPath('/servers/1?project=p#tab')).toBe('/servers/1?project=p#tab');
  });

  it('builds the login URL with the current path and search', () => {
    expect(loginPathFor('/images?status=active')).toBe('/login?next=%2Fimages%3Fstatus%3Dactive');
    expect(loginPathFor('/login')).toBe('/login');
  });
});
