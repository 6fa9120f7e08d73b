import type { components } from '@contract/schema';

type Image = components['schemas']['Image'];

/** A server name (004:L6048): letters, digits and `-`, from a letter, not ending with `-`. */
export const SERVER_NAME = /^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** The spec's `ServerName.maxLength` (004:L7007 documents 255 for a rename). */
export const SERVER_NAME_MAX = 255;

/**
 * Windows uses the server name as its computer name, of which it keeps 15 characters (NetBIOS);
 * 004:L6048 advises staying within it. Advice, not a limit: the platform accepts longer names.
 */
export const WINDOWS_NAME_ADVISED = 15;

/** The name the last of `count` servers gets (name-1 … name-N): the longest one sent. */
export const longestServerName = (name: string, count: number) =>
  count > 1 ? `${name}-${count}` : name;

/** The longest name the user may type when `count` servers get a -N suffix each. */
export const nameMaxFor = (count: number) => SERVER_NAME_MAX - (count > 1 ? `-${count}`.length : 0);

/** The image's guest is Windows: CAS writes `windows|…`, VMware guest ids start with `win`. */
export function isWindowsImage(
  image: Pick<Image, 'cas_ostype' | 'vmware_ostype'> | undefined,
): boolean {
  const os = (image?.cas_ostype ?? image?.vmware_ostype ?? '').toLowerCase();
  return os.startsWith('windows|') || os.startsWith('win');
}

/** A display name (004:L6122): no full-width characters, none of / : * ? " < > |, no leading or trailing dot. */
export const ALIAS = /^(?![.])[^/:*?"<>|\uFF01-\uFF5E]*(?<![.])$/;
