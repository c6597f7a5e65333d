/** LIKE treats % and _ as wildcards; a search for "50%" must mean the text "50%". Use with ESCAPE '\\'. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
