import { UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from '../../features/auth/session-actions';
import { useIsAdmin, useRequiredSession } from '../../lib/use-session';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{
        items: [
          { key: 'who', disabled: true, label: t('header.signedInAs', { user: session.user.name }) },
          { key: 'domain', disabled: true, label: t('header.domain', { domain: session.user.domainName }) },
          { key: 'roles', disabled: true, label: t('header.roles', { roles: session.roles.join(', ') }) },
          { key: 'expires', disabled: true, label: t('header.expires', { time: dayjs(session.expiresAt).format('YYYY-MM-DD HH:mm') }) },
          { type: 'divider' },
          {
            key: 'logout',
            label: t('header.logout'),
            onClick: async () => {
              await logout();
              navigate('/login?loggedOut=1', { replace: true });
            },
          },
        ],
      }}
    >
      <Button aria-label={t('header.userMenu')} icon={<UserOutlined />}>
        {session.user.name}
        {isAdmin ? <Tag color="volcano" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>{t('header.admin')}</Tag> : null}
      </Button>
    </Dropdown>
  );
}
