import { ClipboardList, Handshake, House, MessagesSquare, Settings, TrendingUp, Users, UsersRound } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';

/** The sidebar's icons, beside each section's label (sections.ts); a section without one shows its label alone. */
export const sectionIcons: Record<string, LucideIcon> = {
  '/': House,
  '/people': Users,
  '/teams': UsersRound,
  '/one-on-ones': MessagesSquare,
  '/ladders': TrendingUp,
  '/mentoring': Handshake,
  '/interviews': ClipboardList,
  '/settings': Settings,
};
