import { describe, expect, it } from 'vitest';
import { searchExpression } from './server-metrics';

describe('searchExpression', () => {
  it('matches a server by name, a device by name or id prefix, and escapes LIKE wildcards', () => {
    expect(searchExpression('  web_1% ')).toEqual({
      or: [
        { like: { display_name: '%web\\_1\\%%' } },
        { like: { name: '%web\\_1\\%%' } },
        { like: { original_resource_id: 'web\\_1\\%%' } },
        { '=': { id: 'web_1%' } },
      ],
    });
  });
});
