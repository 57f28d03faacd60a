/**
 * Optional JSON persistence (persistFile): load at start if present, save after mutations,
 * debounced. Synchronous fs at write time keeps it simple; a temp file + rename avoids torn files.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { STORE_NAMES } from './cinder/registry';
import { stateFromJson, stateToJson, type State, type StateJson } from './state';

const DEBOUNCE_MS = 200;

export function loadState(file: string): State | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as StateJson;
    if (parsed && parsed.version === 1 && Array.isArray(parsed.volumes) && parsed.projects) return stateFromJson(parsed, STORE_NAMES);
  } catch {
    // Unreadable or foreign file: start from the seed rather than crash the dev server.
  }
  return null;
}

export function saveState(file: string, state: State): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stateToJson(state, STORE_NAMES)));
  renameSync(tmp, file);
}

export interface Saver {
  changed(): void;
  flush(): void;
}

export function createSaver(file: string, get: () => State): Saver {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty) return;
    dirty = false;
    saveState(file, get());
  };
  return {
    changed() {
      dirty = true;
      if (timer) return;
      timer = setTimeout(flush, DEBOUNCE_MS);
      // Never keep a process alive just to save.
      (timer as { unref?: () => void }).unref?.();
    },
    flush,
  };
}
