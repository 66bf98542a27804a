/**
 * Chromium's own accessibility tree (puppeteer's accessibility.snapshot through @web/test-runner-commands): the
 * roles, names, states and descriptions a screen reader receives, not our approximation of them.
 */
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly value?: string | number;
  readonly description?: string;
  readonly checked?: boolean | 'mixed';
  readonly pressed?: boolean | 'mixed';
  readonly disabled?: boolean;
  readonly expanded?: boolean;
  readonly focused?: boolean;
  readonly modal?: boolean;
  readonly children?: readonly AxNode[];
}

export async function axTree(): Promise<AxNode> {
  const snapshot: unknown = await a11ySnapshot({});
  if (typeof snapshot !== 'object' || snapshot === null) throw new Error('no accessibility snapshot');
  return snapshot as AxNode;
}

/** The whole tree, with the structural nodes (table, row, cell) the default snapshot leaves out. */
export async function axFullTree(): Promise<AxNode> {
  const snapshot: unknown = await executeServerCommand('lm-ax-full-snapshot');
  if (typeof snapshot !== 'object' || snapshot === null) throw new Error('no accessibility snapshot');
  return snapshot as AxNode;
}

export function axNodes(root: AxNode): AxNode[] {
  const all: AxNode[] = [];
  const visit = (node: AxNode): void => {
    all.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return all;
}

export function axFind(root: AxNode, role: string, name: string | RegExp): AxNode | null {
  return axNodes(root).find((node) => node.role === role && node.name !== undefined
    && (typeof name === 'string' ? node.name === name : name.test(node.name))) ?? null;
}

/** One line the way a screen reader would speak the node: role, name, state, description. */
export function speak(node: AxNode): string {
  const states: string[] = [];
  if (node.checked !== undefined) states.push(node.checked === 'mixed' ? 'mixed' : node.checked ? 'checked' : 'not checked');
  if (node.pressed !== undefined) states.push(node.pressed ? 'pressed' : 'not pressed');
  if (node.expanded !== undefined) states.push(node.expanded ? 'expanded' : 'collapsed');
  if (node.disabled) states.push('dimmed');
  if (node.modal) states.push('modal');
  const value = node.value !== undefined && node.value !== '' ? ` = ${String(node.value)}` : '';
  const description = node.description ? ` — ${node.description}` : '';
  return `${node.role ?? '?'} "${node.name ?? ''}"${value}${states.length > 0 ? ` (${states.join(', ')})` : ''}${description}`;
}

export function focusedNode(root: AxNode): AxNode | null {
  return axNodes(root).find((node) => node.focused === true) ?? null;
}
