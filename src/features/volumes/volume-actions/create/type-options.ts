import type { VolumeType } from '../../../../api/models';

/** Cinder's built-in `__DEFAULT__` and similar internal types: offered to admins only. */
export function isHiddenType(name: string): boolean {
  return /^__.*__$/.test(name);
}

export interface TypeChoice {
  /** Type id, or '' for "let Cinder use the default type". */
  value: string;
  label: string;
  name: string | null;
}

/**
 * The type choices of the create form and which one is preselected: the default type when it is offered,
 * else "Default type" (no volume_type sent) so members never have to pick `__DEFAULT__` explicitly.
 */
export function typeChoices(types: VolumeType[], defaultType: VolumeType | null, admin: boolean, defaultLabel: (name: string | null) => string) {
  const offered = types.filter((type) => admin || !isHiddenType(type.name)).sort((a, b) => a.name.localeCompare(b.name));
  const choices: TypeChoice[] = offered.map((type) => ({ value: type.id, label: type.name, name: type.name }));
  const defaultOffered = defaultType ? offered.some((type) => type.id === defaultType.id) : false;
  if (!defaultOffered) choices.unshift({ value: '', label: defaultLabel(defaultType?.name ?? null), name: defaultType?.name ?? null });
  return { choices, initial: defaultOffered && defaultType ? defaultType.id : '' };
}
