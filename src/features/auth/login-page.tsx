/**
 * The sign-in page. It is the first thing every user downloads, so it is built from the lightest antd
 * parts (Button, Alert) and native elements styled with the theme's tokens: antd's Form, Input, Card,
 * Typography and Select would add ~120 KB gzip (bench/README.md). Validation is the same as a form library's:
 * required fields are checked before anything is sent, errors are tied to their fields, and what the
 * user typed stays when the server refuses.
 */
import { Alert, Button, theme } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getConfig } from '../../api/config';
import { isApiError } from '../../api/errors';
import type { KeystoneProject } from '../../api/models';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LanguageSwitch } from '../../components/language-switch';
import { forgetSessionEnded, sessionEndedFlagged } from '../../lib/session-ended';
import { useSession } from '../../lib/use-session';
import { NativeInput } from '../../components/native-input';
import { LoginField } from './login-field';
import { PasswordInput } from './password-input';
import { chooseProject, login } from './session-actions';
import { safeNextPath } from './safe-next-path';
import { validateLogin, type LoginErrors, type LoginValues } from './validate-login';

// Only users with several projects (and no project typed) ever see the chooser and its Select.
const ProjectChoiceForm = lazy(() => import('./project-choice-form'));

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  // Theme tokens rather than fixed colours: the page follows the light / dark theme.
  const { token } = theme.useToken();
  const [sessionEnded] = useState(sessionEndedFlagged);
  // Said once: forgotten when the page is shown, not while it renders.
  useEffect(forgetSessionEnded, []);
  const [values, setValues] = useState<LoginValues>(() => ({ username: '', password: '', domain: getConfig().defaultDomain, project: '' }));
  const [fieldErrors, setFieldErrors] = useState<LoginErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<{ token: string; projects: KeystoneProject[] } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const requiredMessages = useMemo(
    () => ({ username: t('login.usernameRequired'), password: t('login.passwordRequired'), domain: t('login.domainRequired') }),
    [t],
  );

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

  const change = (field: keyof LoginValues) => (event: { target: { value: string } }) => {
    const nextValues = { ...values, [field]: event.target.value };
    setValues(nextValues);
    // A shown error follows the field as the user fixes it, as antd's Form would.
    if (fieldErrors[field]) setFieldErrors(validateLogin(nextValues, requiredMessages));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateLogin(values, requiredMessages);
    setFieldErrors(errors);
    const firstInvalid = (Object.keys(errors) as (keyof LoginValues)[])[0];
    if (firstInvalid) {
      form.current?.querySelector<HTMLInputElement>(`#login-${firstInvalid}`)?.focus();
      return;
    }
    void run(async () => {
      const outcome = await login({ username: values.username.trim(), password: values.password, domain: values.domain.trim() }, values.project);
      if (outcome.kind === 'chooseProject') setChoice({ token: outcome.unscopedToken, projects: outcome.projects });
      else navigate(next, { replace: true });
    });
  };

  const errorText = (caught: unknown) => {
    if (isApiError(caught) && caught.status === 401) return t('login.badCredentials');
    if (isApiError(caught) && caught.kind === 'session' && caught.message === 'noProjects') return t('login.noProjects');
    return null;
  };

  const field = (name: keyof LoginValues) => ({
    id: `login-${name}`,
    value: values[name],
    onChange: change(name),
    invalid: !!fieldErrors[name],
    'aria-describedby': fieldErrors[name] || name === 'project' ? `login-${name}-help` : undefined,
  });

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)` }}>
      <main style={{ width: 'min(420px, 92vw)' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <LanguageSwitch />
        </div>
        <section
          aria-labelledby="login-title"
          style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, border: `1px solid ${token.colorBorderSecondary}`, padding: 24, color: token.colorText }}
        >
          <h1 id="login-title" style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>
            {t('login.title')}
          </h1>
          <p style={{ margin: '8px 0 16px', color: token.colorTextSecondary }}>{t('login.subtitle')}</p>
          <div style={{ display: 'grid', gap: 8 }}>
            {sessionEnded ? <Alert type="warning" showIcon title={t('login.sessionExpired')} /> : null}
            {params.get('loggedOut') && !sessionEnded ? <Alert type="success" showIcon title={t('login.loggedOut')} /> : null}
            {error ? (
              errorText(error) ? (
                <Alert type="error" showIcon role="alert" title={t('login.failed')} description={errorText(error)} />
              ) : (
                <ApiErrorAlert error={error} title={t('login.failed')} />
              )
            ) : null}
          </div>
          {choice ? (
            <Suspense fallback={null}>
              <ProjectChoiceForm
                projects={choice.projects}
                busy={busy}
                onChoose={(projectId) =>
                  run(async () => {
                    await chooseProject(choice.token, projectId);
                    navigate(next, { replace: true });
                  })
                }
              />
            </Suspense>
          ) : (
            <form ref={form} noValidate onSubmit={submit} style={{ marginTop: 16 }}>
              <LoginField htmlFor="login-username" label={t('login.username')} error={fieldErrors.username}>
                <NativeInput {...field('username')} autoComplete="username" autoFocus />
              </LoginField>
              <LoginField htmlFor="login-password" label={t('login.password')} error={fieldErrors.password}>
                <PasswordInput {...field('password')} />
              </LoginField>
              <LoginField htmlFor="login-domain" label={t('login.domain')} error={fieldErrors.domain}>
                <NativeInput {...field('domain')} />
              </LoginField>
              <LoginField htmlFor="login-project" label={t('login.project')} help={t('login.projectHelp')}>
                <NativeInput {...field('project')} />
              </LoginField>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.submit')}
              </Button>
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
