// Popup entrypoint: thin. The app and its parts live in src/ui/popup.
import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { browserApi } from '../../src/ui/popup/browser-api';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren(); // the static "Reading…" placeholder
  render(<PopupApp api={browserApi} />, root);
}
