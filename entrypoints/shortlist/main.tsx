// Thin entrypoint: the shortlist page (an extension page, opened from the popup and the options).
import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/shortlist/shortlist.css';
import { defaultCatalogue } from '../../src/training/catalogue';
import { App } from '../../src/ui/shortlist/App';

render(<App shippedCatalogue={defaultCatalogue} />, document.getElementById('app')!);
