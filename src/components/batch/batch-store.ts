// The one store of the running app. Module level on purpose: batches outlive the pages that start
// them (navigate away mid-delete and the deletes go on, and the drawer still shows them).
import { useSyncExternalStore } from 'react';
import { createBatchStore, type Batch, type BatchSpec } from './batch-core';

export const batchStore = createBatchStore();

export function startBatch<T>(spec: BatchSpec<T>): string {
  return batchStore.start(spec);
}

export function useBatches(): readonly Batch[] {
  return useSyncExternalStore(batchStore.subscribe, batchStore.getSnapshot, batchStore.getSnapshot);
}

// Whether the drawer is open, shared so that a summary message or a page can open it.
let drawerOpen = false;
const drawerListeners = new Set<() => void>();

export function setBatchDrawerOpen(open: boolean) {
  drawerOpen = open;
  drawerListeners.forEach((l) => l());
}

function subscribeDrawer(listener: () => void) {
  drawerListeners.add(listener);
  return () => void drawerListeners.delete(listener);
}

export function useBatchDrawerOpen(): boolean {
  return useSyncExternalStore(
    subscribeDrawer,
    () => drawerOpen,
    () => false,
  );
}
