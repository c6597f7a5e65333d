import { useNotice } from './notices';

export function NoticeBar() {
  const { message, tone, visible } = useNotice();
  return (
    <div className={`notice notice--${tone}${visible ? ' notice--visible' : ''}`} role="status" aria-live="polite">
      {visible ? message : ''}
    </div>
  );
}
