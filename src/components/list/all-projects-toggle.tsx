import { Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface AllProjectsToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * The admin's "All projects" box. It follows the click at once: the URL change behind it is a router
 * transition that commits only once the new list has rendered (~1 s on a big page), and a box that waits
 * for it looks broken (#20 item 10). It follows the URL again when that changes (back, a shared link).
 */
export function AllProjectsToggle({ checked, onChange }: AllProjectsToggleProps) {
  const { t } = useTranslation('list');
  const [shown, setShown] = useState(checked);
  const [seen, setSeen] = useState(checked);
  if (seen !== checked) {
    setSeen(checked);
    setShown(checked);
  }
  return (
    <Checkbox
      checked={shown}
      onChange={(event) => {
        setShown(event.target.checked);
        onChange(event.target.checked);
      }}
    >
      {t('filters.allProjects')}
    </Checkbox>
  );
}
