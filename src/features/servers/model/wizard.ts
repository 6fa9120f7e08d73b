// The create wizard's steps and how its submit goes: pure, so the order of the steps, where the
// wizard jumps back to on a problem and what a partly failed batch reports are tested apart from
// the drawer.

/** The wizard's steps in order, each with the form fields it validates before the next. */
export const WIZARD_STEPS = [
  { key: 'source', fields: ['source', 'imageId', 'volumeId', 'zone', 'count'] },
  { key: 'flavor', fields: ['flavorId'] },
  { key: 'network', fields: ['networks', 'securityGroups', 'serverGroup'] },
  {
    key: 'login',
    fields: [
      'name',
      'alias',
      'description',
      'auth',
      'password',
      'passwordConfirm',
      'keyName',
      'metadata',
    ],
  },
  { key: 'review', fields: [] },
] as const;

export const LAST_STEP = WIZARD_STEPS.length - 1;

export type WizardField = (typeof WIZARD_STEPS)[number]['fields'][number];

/** The first step holding a field for which `hasProblem` holds, or -1: where the wizard goes back to. */
export function firstStepWith(hasProblem: (field: WizardField) => boolean): number {
  return WIZARD_STEPS.findIndex((s) => s.fields.some((f) => hasProblem(f)));
}

export type SendResult = {
  /** Names of the servers whose request was accepted, in order. */
  created: string[];
  /** Why the batch stopped; undefined when every request went through. */
  error?: unknown;
};

/**
 * One request after another (nova takes one server per request here), stopping at the first
 * refusal so the user can correct the form: the ones already created are reported, not retried.
 */
export async function sendInOrder<B>(
  requests: readonly { name: string; body: B }[],
  send: (body: B) => Promise<unknown>,
): Promise<SendResult> {
  const created: string[] = [];
  for (const { name, body } of requests) {
    try {
      await send(body);
    } catch (error) {
      return { created, error };
    }
    created.push(name);
  }
  return { created };
}
