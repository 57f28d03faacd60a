/**
 * Intl formatters, made once per language and options. Constructing one loads locale data and costs
 * far more than formatting with it (a list renders a relative time on every row, on every poll).
 */
type Formatter = Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<F extends Formatter>(key: string, make: () => F): F {
  let format = cache.get(key) as F | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`number|${language}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(language, options));
}

export function relativeTimeFormat(language: string): Intl.RelativeTimeFormat {
  return cached(`relative|${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
}

/** "A, B or C" in the language's own words and punctuation ("A、B或C"). */
export function orList(language: string): Intl.ListFormat {
  return cached(`or-list|${language}`, () => new Intl.ListFormat(language, { type: 'disjunction' }));
}
