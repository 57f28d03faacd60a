/** Bodies of Cinder's volume transfer API (api-ref vol-transfer-v3.inc; fields by microversion). */
export interface VolumeTransfer {
  id: string;
  name: string | null;
  volume_id: string;
  created_at?: string;
  /** 3.55+ */
  no_snapshots?: boolean;
  /** 3.57+ */
  source_project_id?: string;
  destination_project_id?: string | null;
  accepted?: boolean;
}

/** The create answer: the only body that ever carries the authorization key. */
export interface CreatedTransfer extends VolumeTransfer {
  auth_key: string;
}
