import type { Locator, Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** /hypervisors: the cloud totals, the host table and a host's quick look. */
export class HypervisorsPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, key, vars);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('hypervisors:title.list') });
  }

  totals() {
    return this.page.getByRole('region', { name: this.t('hypervisors:title.totals') });
  }

  table() {
    return this.page.getByRole('table');
  }

  /** The body rows (only they have usage bars). */
  rows() {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('progressbar') });
  }

  row(hostname: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: hostname, exact: true }) });
  }

  /** A usage bar, by the resource it measures (vcpus, memory, disk). */
  usage(scope: Locator, resource: 'vcpus' | 'memory' | 'disk') {
    const name = this.t('hypervisors:usage.label', {
      resource: this.t(`hypervisors:fields.${resource}`),
      percent: '',
    });
    return scope.getByRole('progressbar', { name: new RegExp(`^${escape(name)}`) });
  }

  search() {
    return this.page.getByRole('searchbox', { name: this.t('ui:table.search') });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
