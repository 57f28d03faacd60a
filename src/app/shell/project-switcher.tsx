import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { switchProject } from '../../features/auth/session-actions';
import { useErrorMessage } from '../../components/api-error-alert';
import { NativeSelect } from '../../components/native-select';
import { useRequiredSession } from '../../lib/use-session';
import { useFeedback } from '../../components/feedback/feedback';
import { myProjectsOptions } from '../../queries/projects';

/**
 * Lists the user's projects; choosing one re-scopes the token and rebuilds the endpoints. A native select:
 * the browser's type-to-find works for long project lists, and the header stays light.
 */
export function ProjectSwitcher() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const errorMessage = useErrorMessage();
  const [switching, setSwitching] = useState(false);
  const projects = useQuery(myProjectsOptions(session.user.id));
  const options = (projects.data ?? [{ id: session.project.id, name: session.project.name }]).map((p) => ({ value: p.id, label: p.name }));

  return (
    <NativeSelect
      aria-label={t('header.project')}
      aria-busy={projects.isLoading || switching || undefined}
      value={session.project.id}
      disabled={switching}
      // A fixed width: the list of projects arriving later must not widen it and re-wrap the header.
      width={180}
      options={options}
      onChange={async (projectId) => {
        setSwitching(true);
        try {
          await switchProject(projectId);
          // Details of the old project's resources do not exist in the new one: back to the list.
          const section = window.location.pathname.split('/')[1] ?? '';
          navigate(`/${section}`);
        } catch (error) {
          message.error(`${t('header.switchFailed')}: ${errorMessage(error)}`);
        } finally {
          setSwitching(false);
        }
      }}
    />
  );
}
