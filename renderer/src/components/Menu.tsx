import { useRef, type ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { Ellipsis, type LucideIcon } from 'lucide-react';

export interface MenuAction {
  /** Unique within the menu; also the test hook (data-action). */
  id: string;
  label: string;
  onAction: () => void;
  icon?: LucideIcon;
  /** Destructive actions read in the danger colour and sit after a separator. */
  tone?: 'danger';
  isDisabled?: boolean;
}

interface MenuButtonProps {
  /** The button's visible words; also its accessible name unless `ariaLabel` is given. */
  label: ReactNode;
  ariaLabel?: string;
  actions: readonly MenuAction[];
  className?: string;
  placement?: 'bottom end' | 'bottom start';
}

/*
 * The button whose menu had an item chosen last. A dialog opened from that item (Edit…,
 * Erase…) hands focus back to this button when it closes, as the item itself is gone by then.
 */
let chosenFrom: HTMLElement | null = null;
export const lastMenuTrigger = (): HTMLElement | null => chosenFrom;

/**
 * A button that opens a menu of actions (react-aria: arrow keys move, Enter or Space picks,
 * Escape closes and focus returns to the button, typing a letter jumps to an item).
 */
export function MenuButton({
  label,
  ariaLabel,
  actions,
  className = 'button',
  placement = 'bottom end',
}: MenuButtonProps) {
  const ordinary = actions.filter((a) => a.tone !== 'danger');
  const dangerous = actions.filter((a) => a.tone === 'danger');
  const byId = new Map(actions.map((a) => [a.id, a]));
  const trigger = useRef<HTMLButtonElement>(null);
  const choose = (key: string) => {
    chosenFrom = trigger.current;
    byId.get(key)?.onAction();
  };
  return (
    <MenuTrigger>
      <Button ref={trigger} className={className} {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}>
        {label}
      </Button>
      <Popover className="popover" placement={placement} offset={4}>
        <Menu className="menu" onAction={(key) => choose(String(key))}>
          {ordinary.map((a) => (
            <ActionItem key={a.id} action={a} />
          ))}
          {ordinary.length > 0 && dangerous.length > 0 ? <Separator className="menu__separator" /> : null}
          {dangerous.map((a) => (
            <ActionItem key={a.id} action={a} />
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function ActionItem({ action }: { action: MenuAction }) {
  const Icon = action.icon;
  return (
    <MenuItem
      id={action.id}
      textValue={action.label}
      isDisabled={action.isDisabled ?? false}
      className={`menu__item${action.tone === 'danger' ? ' menu__item--danger' : ''}`}
      data-action={action.id}
    >
      {Icon ? <Icon className="icon" aria-hidden="true" /> : null}
      {action.label}
    </MenuItem>
  );
}

/** The "More" button of a page header or a row: secondary actions, out of the way. */
export function MoreMenu({ actions, label = 'More' }: { actions: readonly MenuAction[]; label?: string }) {
  if (actions.length === 0) return null;
  return (
    <MenuButton
      actions={actions}
      label={
        <>
          <Ellipsis className="icon" aria-hidden="true" />
          {label}
        </>
      }
    />
  );
}
