import { HoverTip } from '../hover-tip';
import { Text } from '../text';

/** A project's or user's name with its id on hover; the short id (full on hover) when no name is known. */
export function IdName({ id, name }: { id: string | null | undefined; name: string | undefined }) {
  if (!id) return <Text type="secondary">—</Text>;
  return (
    <HoverTip title={id}>
      {name ? <span>{name}</span> : <Text code>{id.slice(0, 8)}</Text>}
    </HoverTip>
  );
}
