import { useState } from 'react';

/**
 * For a filter whose choices are a catalogue (images, flavors, hosts): load them only once the
 * filter is first opened, or when the URL already sets it. A page of rows labels its ids by
 * asking for those ids; the catalogue is for choosing.
 */
export function useLoadOnOpen(alreadySet: boolean) {
  const [opened, setOpened] = useState(false);
  return {
    enabled: opened || alreadySet,
    onOpenChange: (open: boolean) => {
      if (open) setOpened(true);
    },
  };
}
