import { Link, Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { NoticeBar } from './components/NoticeBar';
import { OneOnOnesGlobal } from './features/oneOnOnes/NextTimeDialog';
import { useThemeFromSettings } from './features/settings/theme';
import { Routes } from './routes';
import { sections } from './sections';

function Sidebar() {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand" aria-hidden="true">
        <span className="sidebar__mark">▲</span> Cairn
      </div>
      <ul>
        {sections.map((s) => {
          const current = location === s.path || location.startsWith(`${s.path}/`);
          return (
            <li key={s.path}>
              <Link href={s.path} className="sidebar__link" aria-current={current ? 'page' : undefined}>
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function App() {
  useThemeFromSettings();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <div className="shell">
        <Sidebar />
        <main id="main" className="content" tabIndex={-1}>
          <Routes />
        </main>
      </div>
      <NoticeBar />
      <OneOnOnesGlobal />
    </Router>
  );
}
