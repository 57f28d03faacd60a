import type { Volume } from '../../api/models';

/** What a person calls the volume: its name, or its id when unnamed (or named only with blanks). */
export function volumeLabel(volume: Pick<Volume, 'id' | 'name'>): string {
  return volume.name?.trim() ? volume.name : volume.id;
}
