import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeystoneProject } from '../../../api/models';

interface ProjectPickerProps {
  value: string;
  projects: KeystoneProject[] | undefined;
  loading: boolean;
  /** Shown when the list is not (yet) there, so the current choice still has a name. */
  fallbackName: string;
  onChange: (projectId: string) => void;
}

/** Admins look at any project's quotas (Keystone's project list). */
export function ProjectPicker({ value, projects, loading, fallbackName, onChange }: ProjectPickerProps) {
  const { t } = useTranslation('quotas');
  const options = (projects ?? [{ id: value, name: fallbackName }]).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      aria-label={t('project')}
      value={value}
      loading={loading}
      style={{ minWidth: 200 }}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      onChange={onChange}
    />
  );
}
