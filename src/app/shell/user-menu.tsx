import { CheckOutlined, UserOutlined } from '@ant-design/icons';
import { Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useIsPhone } from '../../components/list/use-phone';
import { MenuButton } from '../../components/menu-button';
import { changeLanguage } from '../../i18n';
import { languages } from '../../i18n/languages';
import { setThemePreference, themePreferences, useThemePreference } from '../theme';
import { themeLabelKeys } from './theme-switch';
import { logout } from '../../features/auth/session-actions';
import { formatExact } from '../../lib/time';
import { useIsAdmin, useRequiredSession } from '../../lib/use-session';

/**
 * On a phone the header has no room for the language and theme switches: they are choices in this menu,
 * the current one ticked.
 */
function usePhoneChoices(): NonNullable<MenuProps['items']> {
  const { t, i18n } = useTranslation();
  const theme = useThemePreference();
  const tick = (current: boolean) => (current ? <CheckOutlined aria-hidden /> : <span aria-hidden style={{ display: 'inline-block', width: 14 }} />);
  return [
    {
      type: 'group',
      key: 'language',
      label: t('header.language'),
      children: languages.map((language) => ({
        key: `language:${language}`,
        icon: tick(language === i18n.language),
        label: <span lang={language}>{t(`languages.${language}`)}</span>,
        onClick: () => void changeLanguage(language),
      })),
    },
    {
      type: 'group',
      key: 'theme',
      label: t('header.theme'),
      children: themePreferences.map((preference) => ({
        key: `theme:${preference}`,
        icon: tick(preference === theme),
        label: t(themeLabelKeys[preference]),
        onClick: () => setThemePreference(preference),
      })),
    },
    { type: 'divider' },
  ];
}

export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const phoneChoices = usePhoneChoices();
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
          ...(phone ? phoneChoices : []),
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
