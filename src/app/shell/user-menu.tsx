import { UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MenuButton } from '../../components/menu-button';
import { logout } from '../../features/auth/session-actions';
import { formatExact } from '../../lib/time';
import { useIsAdmin, useRequiredSession } from '../../lib/use-session';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  return (
    <MenuButton
      icon={<UserOutlined aria-hidden />}
      menu={{
        items: [
          { key: 'who', disabled: true, label: t('header.signedInAs', { user: session.user.name }) },
          { key: 'domain', disabled: true, label: t('header.domain', { domain: session.user.domainName }) },
          { key: 'roles', disabled: true, label: t('header.roles', { roles: session.roles.join(', ') }) },
          { key: 'expires', disabled: true, label: t('header.expires', { time: formatExact(new Date(session.expiresAt), { seconds: false }) }) },
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
      {session.user.name}
      {isAdmin ? <Tag color="volcano" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>{t('header.admin')}</Tag> : null}
      {/* The button's name is what it shows, then what it is ("admin Admin — User menu"): no aria-label
          that could drift from the visible text (WCAG 2.5.3 label in name). */}
      <span className="visually-hidden"> — {t('header.userMenu')}</span>
    </MenuButton>
  );
}
