// What an organisation may put in a template: its compute zones and the images it can see.
import type { State } from '../../state.ts';

/** The image may be used by the organisation: its own, or public. */
export const imageVisibleTo = (projectId: string) => (i: State['images'][number]) =>
  i.visibility === 'public' || i.owner === projectId;

/** The compute zones assigned to an organisation. */
export function novaZonesOf(state: Pick<State, 'azones' | 'azoneProjects'>, projectId: string) {
  const ids = new Set(
    state.azoneProjects.filter((a) => a.projectId === projectId).map((a) => a.azoneId),
  );
  return state.azones.filter((z) => ids.has(z.id) && z.resourceType === 'nova');
}
