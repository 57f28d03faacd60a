import { Alert, Button, Flex } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Plain Alert rather than antd Result: the fallback must render even when the failure was a chunk that
 * could not load, so it uses nothing that is not already on screen.
 */
function BoundaryFallback({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useTranslation();
  const codeMissing = isCodeLoadFailure(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={codeMissing ? t('errors.codeMissingTitle') : t('errors.boundaryTitle')}
      description={
        <>
          <div>{codeMissing ? t('errors.codeMissingText') : t('errors.boundaryText')}</div>
          <code>{error.message}</code>
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('actions.reload')}
            </Button>
            <Button
              onClick={() => {
                onReset();
                window.location.assign('/volumes');
              }}
            >
              {t('actions.goHome')}
            </Button>
          </Flex>
        </>
      }
    />
  );
}

/**
 * A part of the console whose code could not be downloaded (Chromium, Safari and Firefox word it so):
 * most often the console was updated since the tab opened and its old files are gone.
 */
function isCodeLoadFailure(error: Error): boolean {
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(error.message);
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
