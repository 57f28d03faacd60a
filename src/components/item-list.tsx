import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface ItemListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  bordered?: boolean;
  'aria-label'?: string;
  style?: CSSProperties;
}

/**
 * A plain list of rows in the theme's spacing and dividers: antd's List is deprecated (6.6 warns on each
 * render) and its replacement, Listy, is a virtual scroller meant for long lists, not a dialog's few rows.
 */
export function ItemList<T>({ items, itemKey, renderItem, bordered, style, ...rest }: ItemListProps<T>) {
  const { token } = theme.useToken();
  const divider = `${token.lineWidth}px ${token.lineType} ${token.colorSplit}`;
  return (
    <ul
      {...rest}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        border: bordered ? `${token.lineWidth}px ${token.lineType} ${token.colorBorder}` : undefined,
        borderRadius: bordered ? token.borderRadiusLG : undefined,
        ...style,
      }}
    >
      {items.map((item, index) => (
        <li key={itemKey(item)} style={{ padding: `${token.paddingXS}px ${bordered ? token.padding : 0}px`, borderBlockEnd: index < items.length - 1 ? divider : undefined }}>
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
