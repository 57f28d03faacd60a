/** Typed Cinder v3 backup bodies (api-ref ext-backups.inc; views/backups.py and the v3 extras). */
import type { CollectionLink, Metadata } from './models';

export interface Backup {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  object_count: number | null;
  availability_zone: string | null;
  container: string | null;
  created_at: string;
  updated_at: string | null;
  fail_reason: string | null;
  volume_id: string;
  snapshot_id: string | null;
  is_incremental: boolean;
  has_dependent_backups: boolean;
  data_timestamp: string | null;
  links?: CollectionLink[];
  /** 3.43 */
  metadata?: Metadata;
  /** 3.18, admins (backup_project_attribute policy) */
  'os-backup-project-attr:project_id'?: string;
  /** 3.56, admins */
  user_id?: string;
  /** 3.64, only when the volume was encrypted */
  encryption_key_id?: string;
}

export interface BackupList {
  backups: Backup[];
  backups_links?: CollectionLink[];
  count?: number;
}

/** `POST /backups/{id}/restore` answers what it restores into. */
export interface BackupRestore {
  backup_id: string;
  volume_id: string;
  volume_name: string | null;
}

/** The create / update answer: Cinder's summary view. */
export interface BackupSummary {
  id: string;
  name: string | null;
  links?: CollectionLink[];
}

/** One `GET /os-services` row (admin). */
export interface CinderService {
  binary: string;
  host: string;
  zone: string;
  status: 'enabled' | 'disabled';
  state: 'up' | 'down';
  updated_at: string | null;
  disabled_reason: string | null;
}
