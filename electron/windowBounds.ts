import { z } from 'zod';

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_SIZE = { width: 1024, height: 700 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;

/**
 * Restores saved bounds only if enough of the window lands on a screen that exists now
 * (a monitor may have been unplugged); otherwise the window opens at the default size.
 */
export function restoreBounds(saved: unknown, workAreas: readonly Area[]): WindowBounds | null {
  const parsed = windowBoundsSchema.safeParse(saved);
  if (!parsed.success) return null;
  const b = parsed.data;
  const visible = workAreas.some((a) => {
    const overlapX = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const overlapY = Math.min(b.y + b.height, a.y + a.height) - Math.max(b.y, a.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return visible ? b : null;
}
