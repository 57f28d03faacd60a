import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ChooserColumn {
  key: string;
  label: string;
  hideable: boolean;
}

interface ColumnChooserProps {
  columns: ChooserColumn[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
  onReset: () => void;
  compact: boolean;
  onCompactChange: (compact: boolean) => void;
}

/** "Columns" popover: a checkbox per hideable column. */
export function ColumnChooser({ columns, hidden, onChange, onReset, compact, onCompactChange }: ColumnChooserProps) {
  const { t } = useTranslation('list');
  const content = (
    <Flex vertical gap={6} role="group" aria-label={t('columns.label')}>
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          checked={!hidden.includes(column.key)}
          disabled={!column.hideable}
          onChange={(event) =>
            onChange(event.target.checked ? hidden.filter((key) => key !== column.key) : [...hidden, column.key])
          }
        >
          {column.label}
        </Checkbox>
      ))}
      <Button size="small" type="link" onClick={onReset} style={{ alignSelf: 'flex-start', padding: 0 }}>
        {t('columns.reset')}
      </Button>
      <Checkbox checked={compact} onChange={(event) => onCompactChange(event.target.checked)} style={{ borderTop: '1px solid', borderColor: 'inherit', paddingTop: 6 }}>
        {t('columns.compact')}
      </Checkbox>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" content={content} title={t('columns.label')}>
      <Button icon={<SettingOutlined />}>{t('columns.button')}</Button>
    </Popover>
  );
}
