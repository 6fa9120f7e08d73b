import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRuntimeConfig } from '@/api/runtime-config';
import { detectLanguage, rememberLanguage } from './language';
import { setConfigTag } from '@/testing/runtime-config';

describe('detectLanguage', () => {
  afterEach(() => {
    setConfigTag(null);
    localStorage.clear();
  });

  it("follows the browser's languages when nothing else is set", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'zh-CN']);
    expect(detectLanguage()).toBe('en-US');
  });

  it("takes the deployment's default (the production server's meta tag) over the browser's", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    setConfigTag('{"defaultLanguage":"zh-CN"}');
    expect(detectLanguage()).toBe('zh-CN');
  });

  it("keeps the user's own choice over the deployment's default", () => {
    setConfigTag('{"defaultLanguage":"zh-CN"}');
    rememberLanguage('en-US');
    expect(detectLanguage()).toBe('en-US');
  });

  it('ignores a broken or unsupported configuration', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    setConfigTag('{not json');
    expect(detectLanguage()).toBe('en-US');
    setConfigTag('{"defaultLanguage":"fr-FR"}');
    expect(detectLanguage()).toBe('en-US');
  });
});

describe('readRuntimeConfig', () => {
  afterEach(() => setConfigTag(null));

  it('reads the auth path, but only a path on this site', () => {
    setConfigTag('{"authPath":"/v3/auth/tokens"}');
    expect(readRuntimeConfig().authPath).toBe('/v3/auth/tokens');
    setConfigTag('{"authPath":"//evil.example/v3"}');
    expect(readRuntimeConfig().authPath).toBeNull();
    setConfigTag('{"authPath":"https://evil.example/v3"}');
    expect(readRuntimeConfig().authPath).toBeNull();
  });
});
