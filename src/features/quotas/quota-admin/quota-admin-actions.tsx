import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditQuotasModal, type QuotaEditTarget } from './edit-quotas-modal';
import { ResetQuotasModal } from './reset-quotas-modal';

/** The admin's quota buttons and dialogs on /quotas (rendered for admins only; own strings namespace). */
export function QuotaAdminActions({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { t } = useTranslation('quota-admin');
  const [editing, setEditing] = useState<QuotaEditTarget | null>(null);
  const [resetting, setResetting] = useState(false);
  return (
    <>
      <Button onClick={() => setEditing({ kind: 'project', projectId, projectName })}>{t('edit.button')}</Button>
      <Button onClick={() => setEditing({ kind: 'defaults' })}>{t('edit.defaultsButton')}</Button>
      <Button danger onClick={() => setResetting(true)}>
        {t('reset.button')}
      </Button>
      <EditQuotasModal target={editing} onClose={() => setEditing(null)} />
      <ResetQuotasModal project={resetting ? { id: projectId, name: projectName } : null} onClose={() => setResetting(false)} />
    </>
  );
}
