import { useQuery } from '@tanstack/react-query';
import { Input, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAvailabilityZones } from '../../../api/availability-zones';
import type { VolumeListState } from '../list-schema';
import { filterableStatuses } from '../status';
import { useVolumeStatusLabel } from '../volume-status';

type Filters = VolumeListState['filters'];

interface VolumeFiltersProps {
  state: VolumeListState;
  isAdmin: boolean;
  onFiltersChange: (filters: Filters) => void;
  onAllProjectsChange: (all: boolean) => void;
}

/** A text filter applied on Enter / search click (not per keystroke: each change is a server request). */
function TextFilter({ label, value, onApply, width }: { label: string; value: string | undefined; onApply: (value: string) => void; width: number }) {
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // Follow the URL when it changes underneath (back button, "clear filters").
  if (seen !== value) {
    setSeen(value);
    setText(value ?? '');
  }
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      allowClear
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (!event.target.value && value) onApply('');
      }}
      onSearch={(next) => onApply(next.trim())}
      style={{ width }}
    />
  );
}

export function VolumeFilters({ state, isAdmin, onFiltersChange, onAllProjectsChange }: VolumeFiltersProps) {
  const { t } = useTranslation('volumes');
  const statusLabel = useVolumeStatusLabel();
  const zones = useQuery({ queryKey: ['availability-zones'], queryFn: listAvailabilityZones, staleTime: 5 * 60_000 });
  const set = (key: keyof Filters, value: string | undefined) => onFiltersChange({ ...state.filters, [key]: value || undefined });

  return (
    <>
      <TextFilter label={t('filters.nameOrId')} value={state.filters.name} onApply={(value) => set('name', value)} width={240} />
      <Select
        aria-label={t('filters.status')}
        placeholder={t('filters.status')}
        allowClear
        value={state.filters.status}
        onChange={(value?: string) => set('status', value)}
        options={filterableStatuses.map((status) => ({ value: status, label: statusLabel(status) }))}
        style={{ width: 160 }}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <Select
        aria-label={t('filters.bootable')}
        placeholder={t('filters.bootable')}
        allowClear
        value={state.filters.bootable}
        onChange={(value?: string) => set('bootable', value)}
        options={[
          { value: 'true', label: t('filters.bootableYes') },
          { value: 'false', label: t('filters.bootableNo') },
        ]}
        style={{ width: 150 }}
      />
      <Select
        aria-label={t('filters.availabilityZone')}
        placeholder={t('filters.availabilityZone')}
        allowClear
        value={state.filters.availability_zone}
        onChange={(value?: string) => set('availability_zone', value)}
        options={(zones.data ?? []).map((zone) => ({ value: zone.zoneName, label: zone.zoneName }))}
        notFoundContent={zones.isError ? t('filters.zonesFailed') : undefined}
        style={{ width: 170 }}
      />
      {isAdmin ? (
        <>
          <TextFilter label={t('filters.host')} value={state.filters.host} onApply={(value) => set('host', value)} width={200} />
          <Typography.Text>
            <label>
              <Switch
                size="small"
                checked={state.allProjects}
                onChange={onAllProjectsChange}
                aria-label={t('filters.allProjects')}
                style={{ marginInlineEnd: 6 }}
              />
              {t('filters.allProjects')}
            </label>
          </Typography.Text>
          {state.allProjects ? (
            <TextFilter label={t('filters.projectId')} value={state.filters.project_id} onApply={(value) => set('project_id', value)} width={220} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
