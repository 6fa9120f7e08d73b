// The task centre's store: the tasks of the signed-in user, kept in localStorage under a key of
// that user (so they survive a reload, and another user at this browser never sees them), and
// dropped at logout as the form drafts are.
import { useSyncExternalStore } from 'react';
import { orphanedBatches, parseTasks, upsert, type Task } from './task-model';

const PREFIX = 'cloudos.tasks:';

let owner = '';
let tasks: readonly Task[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function save() {
  if (owner === '') return;
  try {
    localStorage.setItem(PREFIX + owner, JSON.stringify(tasks));
  } catch {
    // storage full or disabled: the tasks live as long as the page
  }
}

function readStored(user: string): string | null {
  try {
    return user === '' ? null : localStorage.getItem(PREFIX + user);
  } catch {
    return null;
  }
}

/** Loads `user`'s tasks (once per user): the signed-in user changed, or the page loaded. */
export function loadTasksOf(user: string) {
  if (user !== owner) {
    owner = user;
    tasks = orphanedBatches(parseTasks(readStored(user)), Date.now());
  }
}

export function putTask(task: Task) {
  tasks = upsert(tasks, task);
  save();
  emit();
}

export function getTasks(): readonly Task[] {
  return tasks;
}

export function useTasks(): readonly Task[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    () => tasks,
    () => tasks,
  );
}

/** Logout: every user's tasks leave this browser. */
export function dropAllTasks() {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  } catch {
    // storage disabled: nothing was kept
  }
  owner = '';
  tasks = [];
  emit();
}
