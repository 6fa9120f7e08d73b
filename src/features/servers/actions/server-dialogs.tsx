import type { Server } from '../model/types';
import { LeaseDrawer } from './lease-drawer';
import { RenameDrawer } from './rename-drawer';
import { ResizeDrawer } from './resize-drawer';
import { TransferDrawer } from './transfer-drawer';
import type { ServerDialog } from './use-server-actions';

type Props = { dialog: { kind: ServerDialog; server: Server } | undefined; onClose: () => void };

/** The form drawers the row and header actions open; one at a time. */
export function ServerDialogs({ dialog, onClose }: Props) {
  const pick = (kind: ServerDialog) => (dialog?.kind === kind ? dialog.server : undefined);
  return (
    <>
      <ResizeDrawer server={pick('resize')} onClose={onClose} />
      <RenameDrawer server={pick('rename')} onClose={onClose} />
      <TransferDrawer server={pick('transfer')} onClose={onClose} />
      <LeaseDrawer server={pick('shortenLease')} onClose={onClose} />
    </>
  );
}
