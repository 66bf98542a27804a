/**
 * The options page: "Sign in with Microsoft" / "Sign out", settings to storage.local, the sign-in and a
 * hand-entered access token to storage.session only. Its words are in the browser's UI language.
 */
import { msg, str } from '@lit/localize';
import type { StoredSignIn } from '../../src/sign-in/stored-sign-in.js';
import { errorWords } from '../error-words.js';
import { applyWords, usePageLanguage } from '../page-words.js';
import { getSessionValue, getSettings, onSessionValueChange, saveSettings, setSessionValue, uiLanguage } from '../platform/browser.js';
import { extensionTokenKeeper } from '../platform/sign-in.js';
import { fillOptionsForm, readOptionsForm, showProblems, type OptionsValues } from './options-form.js';
import { optionsWords } from './options-words.js';

function required<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The options page is missing ${selector}.`);
  return found;
}

const form = required<HTMLFormElement>('form#settings');
const status = required<HTMLElement>('#status');
const signInButton = required<HTMLButtonElement>('#sign-in');
const signOutButton = required<HTMLButtonElement>('#sign-out');
const signInState = required<HTMLElement>('#sign-in-state');
const signInStatus = required<HTMLElement>('#sign-in-status');
const keeper = extensionTokenKeeper(() => null);

function showSignIn(signIn: StoredSignIn | null): void {
  signInState.textContent = signIn ? msg(str`Signed in as ${signIn.userPrincipalName}`) : msg('Not signed in.');
  signInButton.hidden = signIn !== null;
  signOutButton.hidden = signIn === null;
}

/** Checks and saves the form; null (with the fields marked) when it is not valid. */
async function saveForm(): Promise<OptionsValues | null> {
  const result = readOptionsForm(form);
  const invalid = showProblems(form, result.ok ? [] : result.problems);
  if (!result.ok) {
    status.textContent = msg('Settings not saved: check the marked fields.');
    invalid?.focus();
    return null;
  }
  await Promise.all([saveSettings(result.values.settings), setSessionValue('token', result.values.token === '' ? null : result.values.token)]);
  return result.values;
}

async function start(): Promise<void> {
  await usePageLanguage(uiLanguage());
  applyWords(document, optionsWords());
  const [settings, token, signIn] = await Promise.all([getSettings(), getSessionValue('token'), getSessionValue('signIn')]);
  fillOptionsForm(form, { settings, token: token ?? '' });
  showSignIn(signIn);
  onSessionValueChange('signIn', showSignIn);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = msg('Saving…');
    saveForm().then(
      (values) => {
        if (values) status.textContent = values.token === '' ? msg('Settings saved.') : msg('Settings saved. The access token is used instead of the sign-in.');
      },
      (error: unknown) => {
        status.textContent = msg(str`Settings not saved: ${errorWords(error)}`);
      },
    );
  });

  signInButton.addEventListener('click', () => {
    signInStatus.textContent = msg('Signing in…');
    // The sign-in uses what the form says now: save it first.
    void (async () => {
      try {
        const values = await saveForm();
        if (!values) {
          signInStatus.textContent = msg('Not signed in: check the marked fields.');
          return;
        }
        if (values.settings.clientId === '') {
          signInStatus.textContent = msg('Not signed in: enter the app registration\'s Client ID under "Sign-in (advanced)".');
          const advanced = form.querySelector<HTMLDetailsElement>('details#advanced-sign-in');
          if (advanced) advanced.open = true;
          form.querySelector<HTMLInputElement>('#client-id')?.focus();
          return;
        }
        const signedIn = await keeper.signIn();
        showSignIn(signedIn);
        signInStatus.textContent = '';
        signOutButton.focus();
      } catch (error) {
        signInStatus.textContent = msg(str`Not signed in: ${errorWords(error)}`);
      }
    })();
  });

  signOutButton.addEventListener('click', () => {
    keeper.signOut().then(
      () => {
        showSignIn(null);
        signInStatus.textContent = '';
        signInButton.focus();
      },
      (error: unknown) => {
        signInStatus.textContent = msg(str`Not signed out: ${errorWords(error)}`);
      },
    );
  });
}

start().catch((error: unknown) => {
  status.textContent = msg(str`The settings could not be loaded: ${errorWords(error)}`);
});
