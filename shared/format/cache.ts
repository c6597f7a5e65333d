/**
 * Making an Intl formatter costs far more than using one, and screens format every row they
 * show: each kind of formatter is made once per locale and set of options.
 */
export function cached<T>(make: (locale: string | undefined, options: object) => T) {
  const made = new Map<string, T>();
  return (locale: string | undefined, options: object = {}): T => {
    const key = `${locale ?? ''}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat = cached(
  (locale, options) => new Intl.DateTimeFormat(locale, options as Intl.DateTimeFormatOptions),
);
export const numberFormat = cached(
  (locale, options) => new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions),
);
export const relativeTimeFormat = cached(
  (locale, options) => new Intl.RelativeTimeFormat(locale, options as Intl.RelativeTimeFormatOptions),
);
export const listFormat = cached((locale, options) => new Intl.ListFormat(locale, options as Intl.ListFormatOptions));
