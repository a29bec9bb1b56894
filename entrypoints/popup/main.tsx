import { render } from 'preact';
import { markDocumentLanguage } from '@/lib/i18n';
import { App } from './App';
import { WritesOfflineFromSync } from './components/writes-offline';
import '@/components/theme.css';
import './popup.css';

// Read by the benchmark (scripts/bench.ts) with the marks of components/use-bench-marks.ts: the
// popup's code starts here.
performance.mark('popup-start');
markDocumentLanguage();
render(
  <WritesOfflineFromSync>
    <App />
  </WritesOfflineFromSync>,
  document.getElementById('app')!,
);
