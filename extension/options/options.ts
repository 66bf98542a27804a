/** The options page: settings to storage.local, the access token to storage.session only. */
import { getSessionValue, getSettings, saveSettings, setSessionValue } from '../platform/browser.js';
import { fillOptionsForm, readOptionsForm, showProblems } from './options-form.js';

async function start(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form#settings');
  const status = document.querySelector<HTMLElement>('#status');
  if (!form || !status) throw new Error('The options page is missing its form.');
  const [settings, token] = await Promise.all([getSettings(), getSessionValue('token')]);
  fillOptionsForm(form, { settings, token: token ?? '' });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = readOptionsForm(form);
    const invalid = showProblems(form, result.ok ? [] : result.problems);
    if (!result.ok) {
      status.textContent = 'Settings not saved: check the marked fields.';
      invalid?.focus();
      return;
    }
    status.textContent = 'Saving…';
    Promise.all([saveSettings(result.values.settings), setSessionValue('token', result.values.token === '' ? null : result.values.token)]).then(
      () => {
        status.textContent = result.values.token === '' ? 'Settings saved. No access token is set.' : 'Settings saved.';
      },
      (error: unknown) => {
        status.textContent = `Settings not saved: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  });
}

start().catch((error: unknown) => {
  const status = document.querySelector<HTMLElement>('#status');
  if (status) status.textContent = `The settings could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
});
