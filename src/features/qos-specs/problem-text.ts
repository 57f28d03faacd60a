import type { KeyProblem, NameProblem, SpecUnit, ValueProblem } from '../../domain/qos-specs';

/** Rule problems → message keys in the `qos-specs` namespace (typed, so a missing string fails the build). */
export const nameProblemKey = {
  required: 'rules.nameRequired',
  tooLong: 'rules.nameTooLong',
} as const satisfies Record<NameProblem, string>;

export const keyProblemKey = {
  required: 'rules.keyRequired',
  tooLong: 'rules.keyTooLong',
  invalidChars: 'rules.keyInvalidChars',
  reserved: 'rules.keyReserved',
  duplicate: 'rules.keyDuplicate',
} as const satisfies Record<KeyProblem, string>;

export const valueProblemKey = {
  required: 'rules.valueRequired',
  tooLong: 'rules.valueTooLong',
  notNonNegativeInteger: 'rules.valueInteger',
} as const satisfies Record<ValueProblem, string>;

export const unitLabelKey = {
  bytesPerSec: 'keys.unitBytesPerSec',
  iops: 'keys.unitIops',
  bytesPerSecPerGb: 'keys.unitBytesPerSecPerGb',
  iopsPerGb: 'keys.unitIopsPerGb',
  seconds: 'keys.unitSeconds',
  bytes: 'keys.unitBytes',
} as const satisfies Record<SpecUnit, string>;
