/**
 * The reference sign-in page: a heading "Sign in" and one button per account that may sign in here, named by its
 * user principal name. The authorize request's parameters ride along in hidden fields of the one form.
 */
import type { FixtureAgent } from '../fixture.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export function signInPage(action: string, parameters: URLSearchParams, accounts: readonly FixtureAgent[], problem: string | null): string {
  const hidden = [...parameters].filter(([name]) => name !== 'login').map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join('');
  const rows = accounts
    .map((agent, index) => `<li><button type="submit" name="login" value="${escape(agent.userPrincipalName ?? '')}" aria-describedby="account-${index}">${escape(agent.userPrincipalName ?? '')}</button> <span id="account-${index}">${escape(agent.name)}, ${escape(agent.role)}</span></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in to your account</title>
<style>:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.4}body{margin:0;padding:1.5rem}main{max-width:30rem;margin:auto}
ul{list-style:none;padding:0;display:grid;gap:.5rem}li{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}button{font:inherit;padding:.5rem .75rem;cursor:pointer;overflow-wrap:anywhere}
:focus-visible{outline:3px solid #005fb8;outline-offset:2px}.problem{color:#b00020}@media (prefers-color-scheme:dark){.problem{color:#ff8a80}}</style></head>
<body><main><h1>Sign in</h1>
<p>Reference sign-in: pick the account to sign in with.</p>
${problem ? `<p class="problem" role="alert">${escape(problem)}</p>` : ''}
${accounts.length === 0 ? '<p>No account can sign in to this tenant.</p>' : `<form method="post" action="${escape(action)}">${hidden}<ul>${rows}</ul></form>`}
</main></body></html>`;
}

/** Shown instead of a redirect when the request cannot be answered at its redirect URI. */
export function errorPage(text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in problem</title></head>
<body><main><h1>Sign in</h1><p role="alert">${escape(text)}</p></main></body></html>`;
}
