import { lazy, Suspense, useEffect, useState } from 'react';
import type { StoreStatus } from '#shared/backups/model';
import { call } from './api/client';
import { Link, Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Toasts } from './components/Toasts';
import { OneOnOnesGlobal } from './features/oneOnOnes/NextTimeDialog';
import { EvidenceGlobal } from './features/evidence/EvidenceGlobal';
import { CommandPalette } from './features/palette/CommandPalette';
import { PaletteButton } from './features/palette/PaletteButton';
import { useThemeFromSettings } from './features/settings/theme';
import { ErrorMessage } from './components/ErrorMessage';
import { useVault } from './features/vault/vaultStore';
import { Routes } from './routes';
import { prefetchScreens } from './routing/lazyScreen';
import { sectionIcons } from './sectionIcons';
import { sections } from './sections';

// Screens before the store opens, and for a damaged file: not part of the first script of a
// window that opens on Home (the vault's forms carry the schema library).
const LockScreen = lazy(async () => ({ default: (await import('./features/vault/LockScreen')).LockScreen }));
const RecoveryKeyScreen = lazy(async () => ({
  default: (await import('./features/vault/RecoveryKeyScreen')).RecoveryKeyScreen,
}));
const DamagedScreen = lazy(async () => ({ default: (await import('./features/backups/DamagedScreen')).DamagedScreen }));

function Sidebar() {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__inner">
        <div className="sidebar__brand" aria-hidden="true">
          <span className="sidebar__mark">▲</span> Cairn
        </div>
        <PaletteButton />
        <ul>
          {sections.map((s) => {
            const current = location === s.path || location.startsWith(`${s.path}/`);
            const Icon = sectionIcons[s.path];
            return (
              <li key={s.path}>
                <Link href={s.path} className="sidebar__link" aria-current={current ? 'page' : undefined}>
                  {Icon ? <Icon className="icon" aria-hidden="true" /> : null}
                  {s.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

function Shell() {
  useEffect(() => prefetchScreens(), []);
  return (
    <Router hook={useHashLocation}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <div className="shell">
        <Sidebar />
        <main id="main" className="content" tabIndex={-1}>
          <Routes />
        </main>
      </div>
      <Toasts />
      <OneOnOnesGlobal />
      <EvidenceGlobal />
      <CommandPalette />
    </Router>
  );
}

/** Nothing of the store is reachable until the vault is unlocked and the recovery key stored. */
export function App() {
  // Here rather than in the shell: the lock, recovery-key and damaged-file screens follow the theme too.
  useThemeFromSettings();
  const { status, error, load } = useVault();
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <ErrorMessage error={error} />;
  if (!status) return null;
  if (status.state !== 'unlocked')
    return (
      <Suspense fallback={null}>
        <LockScreen status={status} />
      </Suspense>
    );
  if (status.recoveryKey)
    return (
      <Suspense fallback={null}>
        <RecoveryKeyScreen recoveryKey={status.recoveryKey} />
      </Suspense>
    );
  return <StoreGate />;
}

/**
 * A store found damaged at start is dealt with before anything else is shown. A large store
 * is still being checked when the app shows (reads are served meanwhile, writes wait for the
 * check): store.awaitCheck answers when the check is done, and a failure brings up the
 * damaged-file screen then.
 */
function StoreGate() {
  const [store, setStore] = useState<StoreStatus | null>(null);
  const [check, setCheck] = useState(0);
  useEffect(() => {
    let current = true;
    void call('store.status', {}).then((status) => {
      if (!current) return;
      setStore(status);
      if (status.state === 'open') {
        void call('store.awaitCheck', {}).then((checked) => {
          if (current && checked.state === 'damaged') setStore(checked);
        });
      }
    });
    return () => {
      current = false;
    };
  }, [check]);
  if (!store) return null;
  if (store.state === 'damaged')
    return (
      <Suspense fallback={null}>
        <DamagedScreen status={store} onResolved={() => setCheck((n) => n + 1)} />
      </Suspense>
    );
  return <Shell />;
}
