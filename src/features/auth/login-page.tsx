import { Alert, Button, Card, Form, Input, Select, Space, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getConfig } from '../../api/config';
import { isApiError } from '../../api/errors';
import type { KeystoneProject } from '../../api/models';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LanguageSwitch } from '../../components/language-switch';
import { consumeSessionEndedFlag } from '../../lib/session-ended';
import { useSession } from '../../lib/use-session';
import { chooseProject, login } from './session-actions';
import { safeNextPath } from './safe-next-path';

interface LoginValues {
  username: string;
  password: string;
  domain: string;
  project?: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  // Theme tokens rather than fixed colours: the page follows the light / dark theme.
  const { token } = theme.useToken();
  const [sessionEnded] = useState(consumeSessionEndedFlag);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<{ token: string; projects: KeystoneProject[]; selected?: string } | null>(null);
  const initialValues = useMemo(() => ({ domain: getConfig().defaultDomain }), []);

  if (session) return <Navigate to={next} replace />;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const onFinish = (values: LoginValues) =>
    run(async () => {
      const outcome = await login({ username: values.username.trim(), password: values.password, domain: values.domain.trim() }, values.project);
      if (outcome.kind === 'chooseProject') setChoice({ token: outcome.unscopedToken, projects: outcome.projects, selected: outcome.projects[0]?.id });
      else navigate(next, { replace: true });
    });

  const errorText = (caught: unknown) => {
    if (isApiError(caught) && caught.status === 401) return t('login.badCredentials');
    if (isApiError(caught) && caught.kind === 'session' && caught.message === 'noProjects') return t('login.noProjects');
    return null;
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)` }}>
      <main style={{ width: 'min(420px, 92vw)' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <LanguageSwitch />
        </div>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {sessionEnded ? <Alert type="warning" showIcon title={t('login.sessionExpired')} /> : null}
            {params.get('loggedOut') && !sessionEnded ? <Alert type="success" showIcon title={t('login.loggedOut')} /> : null}
            {error ? (
              errorText(error) ? (
                <Alert type="error" showIcon role="alert" title={t('login.failed')} description={errorText(error)} />
              ) : (
                <ApiErrorAlert error={error} title={t('login.failed')} />
              )
            ) : null}
          </Space>
          {choice ? (
            <Form
              layout="vertical"
              onFinish={() => run(async () => {
                await chooseProject(choice.token, choice.selected!);
                navigate(next, { replace: true });
              })}
              style={{ marginTop: 16 }}
            >
              <Form.Item label={t('login.chooseProject')} htmlFor="login-project-choice">
                <Select
                  id="login-project-choice"
                  aria-label={t('login.project')}
                  value={choice.selected}
                  onChange={(selected: string) => setChoice({ ...choice, selected })}
                  options={choice.projects.map((p) => ({ value: p.id, label: p.name }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.continue')}
              </Button>
            </Form>
          ) : (
            <Form<LoginValues> layout="vertical" initialValues={initialValues} onFinish={onFinish} style={{ marginTop: 16 }} requiredMark={false}>
              <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item name="domain" label={t('login.domain')} rules={[{ required: true, whitespace: true, message: t('login.domainRequired') }]}>
                <Input />
              </Form.Item>
              <Form.Item name="project" label={t('login.project')} extra={t('login.projectHelp')}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.submit')}
              </Button>
            </Form>
          )}
        </Card>
      </main>
    </div>
  );
}
