import { Button, Select } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeystoneProject } from '../../api/models';
import { LoginField } from './login-field';

interface ProjectChoiceFormProps {
  projects: KeystoneProject[];
  busy: boolean;
  onChoose: (projectId: string) => void;
}

/** After an unscoped sign-in with several projects: pick the one to work in (the first is preselected). */
export default function ProjectChoiceForm({ projects, busy, onChoose }: ProjectChoiceFormProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(projects[0]?.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onChoose(selected);
  };
  return (
    <form onSubmit={submit} style={{ marginTop: 16 }}>
      <LoginField htmlFor="login-project-choice" label={t('login.chooseProject')}>
        <Select
          id="login-project-choice"
          aria-label={t('login.project')}
          value={selected}
          onChange={setSelected}
          options={projects.map((project) => ({ value: project.id, label: project.name }))}
          style={{ width: '100%' }}
        />
      </LoginField>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('login.continue')}
      </Button>
    </form>
  );
}
