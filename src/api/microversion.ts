import type { Session } from './session';

/** Cinder features the console enables or explains by microversion. */
export const volumeFeatures = {
  messages: '3.3',
  summary: '3.12',
  forceDeleteQuery: '3.23',
  revert: '3.40',
  inUseExtend: '3.42',
  count: '3.45',
  vmSnapshotImage: '3.46',
  typeExtraSpecsFilter: '3.52',
  volumeTypeId: '3.63',
  inUseSnapshot: '3.66',
  uploadImageVisibility: '3.1',
  metadataEtag: '3.15',
  volumeTransfers: '3.55',
  transferHistory: '3.57',
  backupProject: '3.18',
  backupUpdate: '3.9',
  backupSortByName: '3.37',
  backupMetadata: '3.43',
  volumeFromBackup: '3.47',
} as const;

export type VolumeFeature = keyof typeof volumeFeatures;

export function parseVersion(version: string): [number, number] {
  const match = /^(\d+)\.(\d+)$/.exec(version.trim());
  if (!match) throw new Error(`Invalid microversion: ${version}`);
  return [Number(match[1]), Number(match[2])];
}

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = parseVersion(a);
  const [bMajor, bMinor] = parseVersion(b);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The version to send: the pinned one, lowered to what the server offers. */
export function negotiateVersion(pinned: string, serverMax: string | null | undefined): string {
  if (!serverMax) return '3.0';
  return compareVersions(pinned, serverMax) <= 0 ? pinned : serverMax;
}

export function supportsVersion(negotiated: string, required: string): boolean {
  return compareVersions(negotiated, required) >= 0;
}

export function supports(session: Pick<Session, 'volumeApiVersion'> | null, feature: VolumeFeature): boolean {
  return !!session && supportsVersion(session.volumeApiVersion, volumeFeatures[feature]);
}

interface VersionsDocument {
  versions?: { id?: string; version?: string; min_version?: string; status?: string }[];
}

/** Picks the v3 entry's max version out of Cinder's versions document (GET / or GET /v3/). */
export function maxVersionFrom(document: VersionsDocument | null | undefined): string | null {
  const v3 = document?.versions?.find((v) => v.id?.startsWith('v3')) ?? document?.versions?.[0];
  return v3?.version || null;
}
