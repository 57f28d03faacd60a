import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { knownSpec, knownSpecInOtherCase, knownSpecs, newRow, type RowProblems, type SpecRow } from '../../../domain/volume-types';
import { hintKeyFor, keyProblemText, valueProblemText } from './spec-hints';

interface SpecRowsEditorProps {
  rows: SpecRow[];
  onChange: (rows: SpecRow[]) => void;
  /** Problems to show (only after the person tried to continue, so typing is not interrupted). */
  problems: Map<string, RowProblems>;
  /** Backend names the scheduler reports, offered for volume_backend_name. */
  backends?: string[];
  /** Accessible name of the whole group. */
  label: string;
}

/** Key/value rows with known-key suggestions and the value shapes Cinder expects. */
export function SpecRowsEditor({ rows, onChange, problems, backends = [], label }: SpecRowsEditorProps) {
  const { t } = useTranslation(['volume-types', 'app']);
  const update = (rowId: string, change: Partial<SpecRow>) => onChange(rows.map((r) => (r.rowId === rowId ? { ...r, ...change } : r)));
  const used = new Set(rows.map((r) => r.key.trim()));

  return (
    <div role="group" aria-label={label}>
      {rows.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('specs.noRows')}
        </Typography.Paragraph>
      ) : null}
      {rows.map((row, index) => {
        const problem = problems.get(row.rowId);
        const known = knownSpec(row.key);
        const otherCase = knownSpecInOtherCase(row.key);
        const hint = hintKeyFor(row.key);
        const valueOptions = known?.shape === 'backend' ? backends : (known?.values ?? []);
        const n = index + 1;
        return (
          <Flex key={row.rowId} gap={8} align="start" style={{ marginBottom: 4 }}>
            <Form.Item
              style={{ flex: 1, marginBottom: 8 }}
              validateStatus={problem?.key ? 'error' : otherCase ? 'warning' : undefined}
              help={problem?.key ? t(keyProblemText[problem.key]) : otherCase ? t('specs.otherCase', { key: otherCase.key }) : undefined}
            >
              <AutoComplete
                aria-label={t('specs.keyOfRow', { n })}
                placeholder={t('specs.keyPlaceholder')}
                value={row.key}
                options={knownSpecs.filter((s) => !used.has(s.key) || s.key === row.key.trim()).map((s) => ({ value: s.key }))}
                filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
                onChange={(key: string) => update(row.rowId, { key })}
              />
            </Form.Item>
            <Form.Item
              style={{ flex: 1, marginBottom: 8 }}
              validateStatus={problem?.value ? 'error' : undefined}
              help={problem?.value ? t(valueProblemText[problem.value]) : hint ? t(hint) : undefined}
            >
              <AutoComplete
                aria-label={t('specs.valueOfRow', { n })}
                placeholder={known?.values?.[0] ?? t('specs.valuePlaceholder')}
                value={row.value}
                options={valueOptions.map((value) => ({ value }))}
                onChange={(value: string) => update(row.rowId, { value })}
              />
            </Form.Item>
            <Button
              aria-label={t('specs.removeRow', { n })}
              icon={<DeleteOutlined />}
              onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
            />
          </Flex>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, newRow()])}>
        {t('specs.addRow')}
      </Button>
    </div>
  );
}
