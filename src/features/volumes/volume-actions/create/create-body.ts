/** The create form's values → Cinder's create body. */
import type { CreateVolumeBody } from '../../../../api/volume-actions';
import type { CreateSource } from './size-bounds';
import { parseGiB } from '../../../../domain/size';

export interface MetadataRow {
  key: string;
  value: string;
}

export interface CreateVolumeValues {
  source: CreateSource;
  imageId?: string;
  vmImageId?: string;
  snapshotId?: string;
  sourceVolid?: string;
  name?: string;
  description?: string;
  /** As typed (domain/size parseGiB reads it); validated before it is sent. */
  size?: number | string | null;
  /** Type id; '' = let Cinder use the project's default type. */
  volumeType?: string;
  availabilityZone?: string;
  metadata?: MetadataRow[];
}

/** Sources whose volume must stay in the source's zone (cloned_volume_same_az) — the zone is not sent. */
export function sourceFixesZone(source: CreateSource): boolean {
  return source === 'snapshot' || source === 'volume' || source === 'vmSnapshot';
}

/** From a snapshot Cinder always uses the snapshot's type, whatever is asked, so none is sent. */
export function sourceFixesType(source: CreateSource): boolean {
  return source === 'snapshot' || source === 'vmSnapshot';
}

export function metadataFromRows(rows: MetadataRow[] | undefined): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const row of rows ?? []) {
    if (row?.key?.trim()) metadata[row.key.trim()] = row.value ?? '';
  }
  return metadata;
}

export function buildCreateBody(values: CreateVolumeValues): CreateVolumeBody {
  const body: CreateVolumeBody = {
    name: values.name?.trim() || undefined,
    description: values.description?.trim() || undefined,
    size: parseGiB(values.size) ?? undefined,
    metadata: metadataFromRows(values.metadata),
  };
  if (!sourceFixesType(values.source) && values.volumeType) body.volume_type = values.volumeType;
  if (!sourceFixesZone(values.source) && values.availabilityZone) body.availability_zone = values.availabilityZone;
  switch (values.source) {
    case 'image':
      body.imageRef = values.imageId;
      break;
    case 'vmSnapshot':
      body.imageRef = values.vmImageId;
      break;
    case 'snapshot':
      body.snapshot_id = values.snapshotId;
      break;
    case 'volume':
      body.source_volid = values.sourceVolid;
      break;
    default:
      break;
  }
  return body;
}
