import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AllProjectsToggle } from '../../../components/list/all-projects-toggle';
import { NameSearch } from '../../../components/list/name-search';
import { TextFilter } from '../../../components/list/text-filter';
import type { NameMatch } from '../../../domain/search';
import { NativeSelect, type NativeSelectOption } from '../../../components/native-select';
import type { VolumeListState } from '../list-schema';
import { filterableStatuses } from '../../../domain/volumes';
import { availabilityZoneOptions } from '../../../queries/availability-zones';
import { useVolumeStatusLabel } from '../volume-status';

type Filters = VolumeListState['filters'];

interface VolumeFiltersProps {
  state: VolumeListState;
  isAdmin: boolean;
  onFiltersChange: (filters: Filters) => void;
  onAllProjectsChange: (all: boolean) => void;
  nameMatch: NameMatch | undefined;
}

/**
 * The list's server-side filters. Choices are native selects (the browser's own keyboard search and
 * screen-reader support, no JavaScript to download for the first screen); an empty choice means "all".
 */
export function VolumeFilters({ state, isAdmin, onFiltersChange, onAllProjectsChange, nameMatch }: VolumeFiltersProps) {
  const { t } = useTranslation(['volumes', 'list']);
  const statusLabel = useVolumeStatusLabel();
  const zones = useQuery({ ...availabilityZoneOptions(), staleTime: 5 * 60_000 });
  const set = (key: keyof Filters, value: string | undefined) => onFiltersChange({ ...state.filters, [key]: value || undefined });
  const withAll = (label: string, options: NativeSelectOption<string>[]): NativeSelectOption<string>[] => [
    { value: '', label: t('list:filters.all', { label }) },
    ...options,
  ];
  const zoneOptions: NativeSelectOption<string>[] = (zones.data ?? []).map((zone) => ({ value: zone.zoneName, label: zone.zoneName }));
  // A zone from the URL stays choosable before (or without) the zone list.
  if (state.filters.availability_zone && !zoneOptions.some((option) => option.value === state.filters.availability_zone)) {
    zoneOptions.push({ value: state.filters.availability_zone, label: state.filters.availability_zone });
  }
  if (zones.isError) zoneOptions.push({ value: '__zones-failed', label: t('filters.zonesFailed'), disabled: true });

  return (
    <>
      <NameSearch label={t('filters.nameOrId')} value={state.filters.name} onApply={(value) => set('name', value)} nameMatch={nameMatch} byId width={240} />
      <NativeSelect
        aria-label={t('filters.status')}
        value={state.filters.status ?? ''}
        onChange={(value) => set('status', value)}
        options={withAll(t('filters.status'), filterableStatuses.map((status) => ({ value: status, label: statusLabel(status) })))}
        width={170}
      />
      <NativeSelect
        aria-label={t('filters.bootable')}
        value={state.filters.bootable ?? ''}
        onChange={(value) => set('bootable', value)}
        options={withAll(t('filters.bootable'), [
          { value: 'true', label: t('filters.bootableYes') },
          { value: 'false', label: t('filters.bootableNo') },
        ])}
        width={150}
      />
      <NativeSelect
        aria-label={t('filters.availabilityZone')}
        value={state.filters.availability_zone ?? ''}
        onChange={(value) => set('availability_zone', value)}
        options={withAll(t('filters.availabilityZone'), zoneOptions)}
        width={190}
      />
      {isAdmin ? (
        <>
          <TextFilter label={t('filters.host')} value={state.filters.host} onApply={(value) => set('host', value)} width={200} />
          <AllProjectsToggle checked={state.allProjects} onChange={onAllProjectsChange} />
          {state.allProjects ? (
            <TextFilter label={t('filters.projectId')} value={state.filters.project_id} onApply={(value) => set('project_id', value)} width={220} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
