import { Typography } from 'antd';
import { useIsAdmin } from '../lib/use-session';
import { useProjectNames, useUserNames } from '../queries/projects';

/**
 * A detail page's project or user: the name Keystone gives (admins: one cached list; anyone: their own
 * project and user), followed by the id to copy. The id alone when no name is known.
 */
export function IdentityName({ kind, id }: { kind: 'project' | 'user'; id: string | null | undefined }) {
  const isAdmin = useIsAdmin();
  const projectName = useProjectNames(isAdmin && kind === 'project');
  const userName = useUserNames(isAdmin && kind === 'user');
  if (!id) return <Typography.Text type="secondary">—</Typography.Text>;
  const name = kind === 'project' ? projectName(id) : userName(id);
  return (
    <span>
      {name ? <span style={{ marginInlineEnd: 8 }}>{name}</span> : null}
      <Typography.Text code copyable>
        {id}
      </Typography.Text>
    </span>
  );
}
