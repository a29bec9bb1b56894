import { render } from 'preact';
render(<main>Planpoint Agent</main>, document.getElementById('app')!);
