import type { QosConsumer } from '../../api/models';

/** Cinder's three consumers, in the order a picker offers them, with their label, help and tag colour. */
export const consumers: readonly QosConsumer[] = ['front-end', 'back-end', 'both'];

/** Cinder's default when a create names no consumer. */
export const DEFAULT_CONSUMER: QosConsumer = 'back-end';

export const consumerLabelKey = {
  'front-end': 'consumer.frontEnd',
  'back-end': 'consumer.backEnd',
  both: 'consumer.both',
} as const satisfies Record<QosConsumer, string>;

export const consumerHelpKey = {
  'front-end': 'consumer.frontEndHelp',
  'back-end': 'consumer.backEndHelp',
  both: 'consumer.bothHelp',
} as const satisfies Record<QosConsumer, string>;

export const consumerColor: Record<QosConsumer, string> = {
  'front-end': 'blue',
  'back-end': 'purple',
  both: 'cyan',
};

export function isConsumer(value: unknown): value is QosConsumer {
  return typeof value === 'string' && (consumers as readonly string[]).includes(value);
}

/** Whether the hypervisor applies the spec (and so only understands the standard keys). */
export function enforcedByHypervisor(consumer: QosConsumer): boolean {
  return consumer !== 'back-end';
}
