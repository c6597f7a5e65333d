import { query } from '../ipc/channel';
import { paletteQuerySchema, type PaletteResults } from './model';

export const paletteContract = {
  /** People, 1:1 notes, goals and candidates matching the text: a few of each, for the command palette. */
  'palette.search': query<PaletteResults>()(paletteQuerySchema),
};
