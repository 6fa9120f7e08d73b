import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { prerenderedLogin } from './login-prerender';
import { PRERENDERED_LOGIN_ID } from '@/features/auth/routes/prerendered-login';

const before = i18n.language;
afterAll(() => i18n.changeLanguage(before));

describe('the login page rendered at build time', () => {
  it('is the real form in each language, with every string translated', async () => {
    const { templates, script } = await prerenderedLogin();
    const page = document.createElement('div');
    page.innerHTML = templates;
    const expected = {
      'zh-CN': { title: '云管理平台', labels: ['用户名', '密码'], submit: '登录' },
      'en-US': { title: 'Cloud Console', labels: ['Username', 'Password'], submit: 'Log in' },
    };
    for (const [language, strings] of Object.entries(expected)) {
      const template = page.querySelector<HTMLTemplateElement>(
        `template#${PRERENDERED_LOGIN_ID}-${language}`,
      );
      const form = template?.content;
      expect(form?.querySelector('h1')?.textContent).toBe(strings.title);
      const labels = [...(form?.querySelectorAll('label') ?? [])];
      expect(labels.map((l) => l.textContent)).toEqual(strings.labels);
      // Each label names its field, as the taking-over form's fields are found by name.
      expect(labels.map((l) => form?.getElementById(l.htmlFor)?.getAttribute('name'))).toEqual([
        'username',
        'password',
      ]);
      expect(form?.querySelector('button[type=submit]')?.textContent).toBe(strings.submit);
      // No key left untranslated (a missing string renders as its key: "fields.username").
      expect(form?.textContent).not.toMatch(/\b(fields|actions|title|language)\.\w/);
    }
    // The script runs on its own: the options it needs are in the call.
    expect(script).toMatch(/^\(function bootPrerenderedLogin\(o\) \{[\s\S]*\}\)\(\{.*\}\);$/);
    expect(script).not.toMatch(/\bimport\b|__vite/);
  });
});
