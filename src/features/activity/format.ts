import { numberFormat } from '../../lib/intl';

/** Localized durations for the activity center ("1 min 5 s" / "1分钟5秒"), via Intl (no extra locale data). */
export function formatDuration(ms: number, language: string): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    numberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (minutes === 0) return unit(seconds, 'second');
  return seconds === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(seconds, 'second')}`;
}
