/** LIKE treats % and _ as wildcards; a search for "50%" must mean the text "50%". Use with ESCAPE '\\'. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Text found anywhere: `%text%`, wildcards in the text escaped. */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Text found at the start: `text%`, wildcards in the text escaped. */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}
