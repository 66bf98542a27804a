/** Keyboard and display conditions for the a11y suites: real key presses, forced colors, narrow viewports. */
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { accessibleName, deepActiveElement, roleOf } from '../../harness/a11y.js';

export interface Stop {
  readonly element: Element;
  readonly role: string;
  readonly name: string;
}

export function describeStop(element: Element): Stop {
  return { element, role: roleOf(element) ?? element.localName, name: accessibleName(element) };
}

/** Presses Tab (or Shift+Tab) `count` times from where focus is, returning each element focus lands on. */
export async function tabWalk(count: number, backwards = false): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: backwards ? 'Shift+Tab' : 'Tab' });
    const active = deepActiveElement();
    if (active === null || active === document.body) break;
    stops.push(describeStop(active));
  }
  return stops;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export function focused(): Stop | null {
  const active = deepActiveElement();
  return active === null || active === document.body ? null : describeStop(active);
}

/** Windows High Contrast (and other forced-colors modes), emulated through the DevTools protocol. */
export async function forcedColors(active: boolean): Promise<void> {
  const features = active ? [{ name: 'forced-colors', value: 'active' }] : [];
  await executeServerCommand('lm-emulate-media-features', { features });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced-colors emulation did not take effect');
}

export async function viewportWidth(width: number, height = 800): Promise<void> {
  await setViewport({ width, height });
}

/** Puts focus before the first element of `host` so the next Tab enters it. */
export function focusBefore(host: HTMLElement): void {
  const start = document.createElement('button');
  start.textContent = 'start';
  host.before(start);
  start.focus();
}
