import { render } from 'preact';
import { markDocumentLanguage } from '@/lib/i18n';
import { App } from './App';
import '@/components/theme.css';
import './popup.css';

// Read by the benchmark (scripts/bench.ts) with the marks of components/use-bench-marks.ts: the
// popup's code starts here.
performance.mark('popup-start');
markDocumentLanguage();
render(<App />, document.getElementById('app')!);
