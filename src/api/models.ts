/** Typed shapes of the Keystone v3, Cinder v3 and Glance v2 bodies the console reads. */

// ---- Keystone
export interface KeystoneEndpoint {
  id: string;
  interface: 'public' | 'internal' | 'admin';
  region: string | null;
  region_id: string | null;
  url: string;
}
export interface KeystoneCatalogEntry {
  id: string;
  type: string;
  name: string;
  endpoints: KeystoneEndpoint[];
}
export interface KeystoneToken {
  expires_at: string;
  issued_at: string;
  methods: string[];
  user: { id: string; name: string; domain: { id: string; name: string } };
  project?: { id: string; name: string; domain: { id: string; name: string } };
  roles?: { id: string; name: string }[];
  catalog?: KeystoneCatalogEntry[];
}
export interface KeystoneProject {
  id: string;
  name: string;
  domain_id: string;
  enabled: boolean;
  description?: string;
}

// ---- Cinder: shared
export interface CollectionLink {
  rel: string;
  href: string;
}
export type Metadata = Record<string, string>;

// ---- Volumes
export interface VolumeAttachment {
  id: string;
  attachment_id: string;
  volume_id: string;
  server_id: string;
  host_name: string | null;
  device: string;
  attached_at: string;
}
export interface Volume {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  availability_zone: string;
  created_at: string;
  updated_at: string | null;
  volume_type: string | null;
  volume_type_id?: string;
  snapshot_id: string | null;
  source_volid: string | null;
  metadata: Metadata;
  user_id: string;
  bootable: 'true' | 'false';
  encrypted: boolean;
  multiattach: boolean;
  replication_status: string | null;
  consistencygroup_id: string | null;
  group_id?: string | null;
  attachments: VolumeAttachment[];
  links?: CollectionLink[];
  volume_image_metadata?: Record<string, string>;
  'os-vol-tenant-attr:tenant_id'?: string;
  // admin only
  migration_status?: string | null;
  'os-vol-host-attr:host'?: string | null;
  'os-vol-mig-status-attr:migstat'?: string | null;
  'os-vol-mig-status-attr:name_id'?: string | null;
}
export interface VolumeList {
  volumes: Volume[];
  volumes_links?: CollectionLink[];
  count?: number;
}

// ---- Snapshots
export interface Snapshot {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  volume_id: string;
  created_at: string;
  updated_at: string | null;
  metadata: Metadata;
  group_snapshot_id?: string | null;
  user_id?: string;
  'os-extended-snapshot-attributes:project_id'?: string;
  'os-extended-snapshot-attributes:progress'?: string;
}
export interface SnapshotList {
  snapshots: Snapshot[];
  snapshots_links?: CollectionLink[];
  count?: number;
}

// ---- Volume types
export interface VolumeType {
  id: string;
  name: string;
  description: string | null;
  is_public: boolean;
  extra_specs: Record<string, string>;
  qos_specs_id?: string | null;
  'os-volume-type-access:is_public'?: boolean;
}
export interface VolumeTypeAccess {
  volume_type_id: string;
  project_id: string;
}

// ---- QoS specs
export type QosConsumer = 'front-end' | 'back-end' | 'both';
export interface QosSpec {
  id: string;
  name: string;
  consumer: QosConsumer;
  specs: Record<string, string>;
}
export interface QosAssociation {
  association_type: string;
  name: string;
  id: string;
}

// ---- Quotas and limits
export interface QuotaUsage {
  limit: number;
  in_use: number;
  reserved: number;
  allocated?: number;
}
/** With ?usage=true every value but `id` is a QuotaUsage; keys include volumes_<type>, gigabytes_<type>, snapshots_<type>. */
export type QuotaSetWithUsage = { id: string } & Record<string, QuotaUsage | string>;
export interface AbsoluteLimits {
  maxTotalVolumes: number;
  maxTotalSnapshots: number;
  maxTotalVolumeGigabytes: number;
  maxTotalBackups: number;
  maxTotalBackupGigabytes: number;
  totalVolumesUsed: number;
  totalGigabytesUsed: number;
  totalSnapshotsUsed: number;
  totalBackupsUsed: number;
  totalBackupGigabytesUsed: number;
}

// ---- Scheduler, zones, messages
export interface Pool {
  name: string;
  /** Only with `detail=true` (the plain list names the pools). */
  capabilities?: {
    volume_backend_name?: string;
    total_capacity_gb?: number | string;
    free_capacity_gb?: number | string;
    allocated_capacity_gb?: number;
    provisioned_capacity_gb?: number;
    max_over_subscription_ratio?: string | number;
    thin_provisioning_support?: boolean;
    multiattach?: boolean;
    QoS_support?: boolean;
    storage_protocol?: string;
    vendor_name?: string;
    driver_version?: string;
    [key: string]: unknown;
  };
}
export interface AvailabilityZone {
  zoneName: string;
  zoneState: { available: boolean };
}
export interface UserMessage {
  id: string;
  user_message: string;
  message_level: string;
  resource_type: string;
  resource_uuid: string | null;
  request_id: string;
  event_id: string;
  created_at: string;
  guaranteed_until?: string;
}

// ---- Glance
export interface Image {
  id: string;
  name: string | null;
  status: string;
  size: number | null;
  min_disk: number;
  virtual_size?: number | null;
  visibility: string;
  disk_format?: string;
  /** Set by Nova on VM-snapshot images ("True"); block_device_mapping is a JSON string. */
  bdm_v2?: string;
  block_device_mapping?: string;
  created_at?: string;
  updated_at?: string;
  owner?: string;
  protected?: boolean;
  container_format?: string | null;
}
