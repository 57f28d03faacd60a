import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function BoundaryFallback({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.boundaryTitle')}
      subTitle={
        <>
          <div>{t('errors.boundaryText')}</div>
          <code>{error.message}</code>
        </>
      }
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>,
        <Button
          key="home"
          onClick={() => {
            onReset();
            window.location.assign('/volumes');
          }}
        >
          {t('actions.goHome')}
        </Button>,
      ]}
    />
  );
}

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the route) clears a caught error. */
  resetKey?: unknown;
}

/** Catches render errors so a broken page never turns into a white screen. */
export class ErrorBoundary extends Component<Props, { error: Error | null; resetKey: unknown }> {
  override state: { error: Error | null; resetKey: unknown } = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey: unknown }) {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <BoundaryFallback error={this.state.error} onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
