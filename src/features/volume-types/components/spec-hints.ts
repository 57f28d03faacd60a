import type { SpecKeyProblem, SpecValueProblem } from '../../../domain/volume-types';

/** Static i18n keys for the known-spec hints (never built from data). */
export const specHintKeys = {
  volume_backend_name: 'specs.hints.volume_backend_name',
  multiattach: 'specs.hints.multiattach',
  replication_enabled: 'specs.hints.replication_enabled',
  'RESKEY:availability_zones': 'specs.hints.availability_zones',
  cacheable: 'specs.hints.cacheable',
  thin_provisioning_support: 'specs.hints.thin_provisioning_support',
  thick_provisioning_support: 'specs.hints.thick_provisioning_support',
  QoS_support: 'specs.hints.QoS_support',
  storage_protocol: 'specs.hints.storage_protocol',
  'provisioning:type': 'specs.hints.provisioning_type',
} as const;

export type HintKey = (typeof specHintKeys)[keyof typeof specHintKeys];

export function hintKeyFor(key: string): HintKey | undefined {
  return (specHintKeys as Record<string, HintKey>)[key.trim()];
}

export const keyProblemText = {
  required: 'specs.errors.keyRequired',
  tooLong: 'specs.errors.keyTooLong',
  invalidChars: 'specs.errors.keyInvalid',
  duplicate: 'specs.errors.keyDuplicate',
  reserved: 'specs.errors.keyReserved',
} as const satisfies Record<SpecKeyProblem, string>;

export const valueProblemText = {
  tooLong: 'specs.errors.valueTooLong',
  notBoolean: 'specs.errors.valueNotBoolean',
  badZones: 'specs.errors.valueZones',
  cacheableMultiattach: 'specs.errors.cacheableMultiattach',
} as const satisfies Record<SpecValueProblem, string>;
