import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operation } from '../../features/activity/model';
import { explainFailure, type CinderFacts } from '../../features/activity/outcome';

function useFactsText() {
  const { t, i18n } = useTranslation('activity');
  return (facts: CinderFacts) => {
    const parts = [t('outcome.fact.status', { value: facts.status })];
    if (facts.migrationStatus !== undefined) parts.push(t('outcome.fact.migration', { value: facts.migrationStatus ?? 'none' }));
    if (facts.host) parts.push(t('outcome.fact.host', { value: facts.host }));
    return t('outcome.facts', { facts: new Intl.ListFormat(i18n.language, { type: 'unit' }).format(parts) });
  };
}

/**
 * Why a followed operation failed, for the notice and the activity drawer: Cinder's user message, or the
 * plain fact that nothing changed, and when Cinder wrote nothing, what it shows and where the cause is.
 * Plain paragraphs, not antd Typography: the shell's notifier renders this, and Typography (with its
 * editable and copyable parts) would load with every page.
 */
export function OperationFailure({ op }: { op: Operation }) {
  const { t } = useTranslation('activity');
  const factsText = useFactsText();
  const { token } = theme.useToken();
  const why = explainFailure(op);
  if (!why) return null;
  const lines: string[] = [];
  if (why.userMessage) lines.push(why.userMessage);
  if (why.gone) lines.push(t('drawer.gone'));
  if (why.unchanged) lines.push(t(why.unchanged.key, { still: why.unchanged.still ?? '—' }));
  if (why.noMessage) {
    const { facts, requestId, onVolume } = why.noMessage;
    if (facts) lines.push(factsText(facts));
    lines.push(t(onVolume ? 'outcome.noMessageVolume' : 'outcome.noMessage'));
    lines.push(requestId ? t('outcome.logsRequest', { requestId }) : t('outcome.logs'));
  }
  return (
    <div>
      {lines.map((line, index) => (
        <p key={index} style={{ margin: '0 0 4px', color: index === 0 ? token.colorErrorText : undefined }}>
          {line}
        </p>
      ))}
    </div>
  );
}
