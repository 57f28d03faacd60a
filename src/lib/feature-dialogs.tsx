/**
 * Dialogs one feature opens for another. Features never import each other, so the owning feature
 * implements the dialog, src/app/feature-dialogs.ts registers its lazy loader here, and any feature
 * opens it by name: `<FeatureDialog name="createSnapshot" volume={volume} onClose={close} />`.
 * The dialog's code is downloaded when it is first opened.
 */
import { createElement, lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { Volume } from '../api/models';

/** Every cross-feature dialog and what it is opened with (besides `onClose`). */
export interface FeatureDialogProps {
  /** features/snapshots: create a snapshot of this volume. */
  createSnapshot: { volume: Volume };
  /** features/backups: back up this volume (full or incremental). */
  createBackup: { volume: Volume };
}

export type FeatureDialogName = keyof FeatureDialogProps;
export type FeatureDialogComponent<N extends FeatureDialogName> = ComponentType<FeatureDialogProps[N] & { onClose: () => void }>;
export type FeatureDialogLoaders = { [N in FeatureDialogName]: () => Promise<{ default: FeatureDialogComponent<N> }> };

/** Props as the registry stores them; each entry's real type is FeatureDialogComponent<name>. */
type StoredDialog = LazyExoticComponent<ComponentType<Record<string, unknown>>>;

// One lazy component per dialog, made at registration: a new lazy() per render would remount and
// download it again.
const dialogs = new Map<FeatureDialogName, StoredDialog>();

/** Called once by the app (src/app/feature-dialogs.ts) before anything renders. */
export function registerFeatureDialogs(loaders: FeatureDialogLoaders): void {
  dialogs.clear();
  for (const name of Object.keys(loaders) as FeatureDialogName[]) {
    dialogs.set(name, lazy(loaders[name] as unknown as () => Promise<{ default: ComponentType<Record<string, unknown>> }>));
  }
}

/** Renders the named dialog (open) until it calls `onClose`. */
export function FeatureDialog<N extends FeatureDialogName>({ name, ...props }: { name: N; onClose: () => void } & FeatureDialogProps[N]) {
  const dialog = dialogs.get(name);
  if (!dialog) throw new Error(`No dialog registered as ${name} (src/app/feature-dialogs.ts)`);
  // A registered, module-level component (made once above), looked up by name.
  return <Suspense fallback={null}>{createElement(dialog, props)}</Suspense>;
}
