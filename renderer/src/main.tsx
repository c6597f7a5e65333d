import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { markPressableStyleInPlace } from './ariaPressableStyle';
import { applyRememberedTheme } from './features/settings/applyTheme';
import '@fontsource-variable/inter/wght.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/modals.css';
import './styles/menus.css';
import './styles/toasts.css';
import './styles/pickers.css';
import './styles/dates.css';
import './styles/fileDrop.css';
import './styles/tables.css';
import './styles/showMore.css';
import './styles/people.css';
import './styles/lock.css';
import './styles/ladders.css';
import './styles/assessments.css';
import './styles/goals.css';
import './styles/mentoring.css';
import './styles/interviews.css';
import './styles/oneOnOnes.css';
import './styles/meeting.css';
import './styles/prep.css';
import './styles/sample.css';
import './styles/home.css';
import './styles/palette.css';
import './styles/backups.css';
import './styles/settings.css';
import './styles/evidence.css';

// Before React renders anything, so the first paint is already in the right theme.
applyRememberedTheme();
markPressableStyleInPlace();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
