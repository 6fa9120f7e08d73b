import { describe, expect, it, vi } from 'vitest';
import { antdLocaleFor, loadAntdLocale, subscribeAntdLocale } from './antd-locale';

describe("antd's locale", () => {
  it("needs nothing for English (antd's default)", async () => {
    await loadAntdLocale('en-US');
    expect(antdLocaleFor('en-US')).toBeUndefined();
  });

  it('loads Chinese on demand, once', async () => {
    await loadAntdLocale('zh-CN');
    expect(antdLocaleFor('zh-CN')?.locale).toBe('zh-cn');
    expect(antdLocaleFor('zh-CN')?.Pagination?.items_per_page).toBe('条/页');
    // Loaded already (possibly by an earlier test in this worker): no second notification.
    const notify = vi.fn();
    const stop = subscribeAntdLocale(notify);
    await loadAntdLocale('zh-CN');
    expect(notify).not.toHaveBeenCalled();
    stop();
  });
});
