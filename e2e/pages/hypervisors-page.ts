import type { Locator } from '@playwright/test';
import { escapeRegExp, ResourcePage } from './resource-page';

/** /hypervisors: the cloud totals, the host table and a host's quick look. */
export class HypervisorsPage extends ResourcePage {
  readonly ns = 'hypervisors';
  readonly path = '/hypervisors';
  override readonly nameRole = 'button';

  totals() {
    return this.page.getByRole('region', { name: this.t('hypervisors:title.totals') });
  }

  /** The body rows (only they have usage bars). */
  override rows() {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('progressbar') });
  }

  /** A usage bar, by the resource it measures (vcpus, memory, disk). */
  usage(scope: Locator, resource: 'vcpus' | 'memory' | 'disk') {
    const name = this.t('hypervisors:usage.label', {
      resource: this.t(`hypervisors:fields.${resource}`),
      percent: '',
    });
    return scope.getByRole('progressbar', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  search() {
    return this.page.getByRole('searchbox', { name: this.t('ui:table.search') });
  }
}
