import { describe, expect, it } from 'vitest';
import { firstStepWith, LAST_STEP, sendInOrder, WIZARD_STEPS } from './wizard';

describe('wizard steps', () => {
  it('end on the review, which validates nothing', () => {
    expect(WIZARD_STEPS[LAST_STEP]).toEqual({ key: 'review', fields: [] });
  });

  it('go back to the first step holding a field with a problem', () => {
    expect(firstStepWith((f) => f === 'passwordConfirm' || f === 'flavorId')).toBe(1);
    expect(firstStepWith((f) => f === 'securityGroups')).toBe(2);
    expect(firstStepWith((f) => f === 'name')).toBe(3);
    expect(firstStepWith(() => false)).toBe(-1);
  });

  it('name each field once', () => {
    const fields = WIZARD_STEPS.flatMap((s) => [...s.fields]);
    expect(new Set(fields).size).toBe(fields.length);
  });
});

describe('sendInOrder', () => {
  const requests = ['web-1', 'web-2', 'web-3'].map((name) => ({ name, body: { name } }));

  it('sends every request in order and reports all created', async () => {
    const sent: string[] = [];
    const result = await sendInOrder(requests, (b) => {
      sent.push(b.name);
      return Promise.resolve();
    });
    expect(sent).toEqual(['web-1', 'web-2', 'web-3']);
    expect(result).toEqual({ created: ['web-1', 'web-2', 'web-3'] });
  });

  it('stops at the first refusal, keeping what was created and why it stopped', async () => {
    const refused = new Error('quota');
    const sent: string[] = [];
    const result = await sendInOrder(requests, (b) => {
      sent.push(b.name);
      return b.name === 'web-2' ? Promise.reject(refused) : Promise.resolve();
    });
    expect(sent).toEqual(['web-1', 'web-2']);
    expect(result).toEqual({ created: ['web-1'], error: refused });
  });
});
