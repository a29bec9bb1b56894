import { render } from 'preact';
import { markDocumentLanguage } from '@/lib/i18n';
import { App } from './App';
import '@/components/theme.css';
import './options.css';

markDocumentLanguage();
render(<App />, document.getElementById('app')!);
