import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import type { PersonSearch } from '#shared/people/search';

interface PickerSearch {
  text: string;
  status: NonNullable<PersonSearch['status']>;
  exclude?: readonly string[] | undefined;
  /** The picker's current value, asked for by id so its name can be shown. */
  chosen: string | null;
}

/**
 * A picker's people for the text typed so far, from the server. Each change of text asks
 * again; useRequest keeps the last answer on screen meanwhile and drops an answer to older
 * text, and asks again when people change anywhere in the app.
 */
export function usePersonSearch({ text, status, exclude, chosen }: PickerSearch) {
  const query: PersonSearch = {
    text,
    status,
    ...(exclude?.length ? { exclude: [...exclude] } : {}),
    ...(chosen ? { chosen: [chosen] } : {}),
  };
  return useRequest(() => call('people.search', query), JSON.stringify(query));
}
