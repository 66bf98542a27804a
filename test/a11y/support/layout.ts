/**
 * Layout checks for narrow panels, generic over whatever the widget renders (so parts added later are checked too):
 * nothing sticks out of the box that clips or scrolls it, no scroll region scrolls sideways, and every control is
 * inside the viewport and at least 24 × 24 px (WCAG 2.5.8).
 */
import { deepElements, type Widget } from './widget.js';

/** Half a pixel for sub-pixel rounding. */
const SLACK = 0.5;
const TARGET_SIZE = 24;
const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function clipsSideways(element: Element): boolean {
  return getComputedStyle(element).overflowX !== 'visible';
}

/** Modal dialogs and open popovers are laid out against the viewport, whatever holds them in the DOM. */
function inTopLayer(element: Element): boolean {
  return element.matches('dialog:modal, :popover-open');
}

/** The box that scrolls or clips `element` sideways: an ancestor that does not let content overflow, or the viewport (null). */
function scrollContainerOf(element: Element): Element | null {
  if (inTopLayer(element)) return null;
  for (let node = parentAcrossShadow(element); node !== null; node = parentAcrossShadow(node)) {
    if (clipsSideways(node)) return node;
    if (inTopLayer(node)) return null;
  }
  return null;
}

/** Text for screen readers only (a clipped 1 px box): positioned wherever, never seen. */
function hiddenForScreenReaders(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = parentAcrossShadow(node)) {
    const box = node.getBoundingClientRect();
    if (getComputedStyle(node).clipPath !== 'none' && box.width <= 1 && box.height <= 1) return true;
  }
  return false;
}

function shown(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && !hiddenForScreenReaders(element);
}

function describe(element: Element): string {
  const label = element.getAttribute('aria-label') ?? element.textContent?.replace(/\s+/gu, ' ').trim().slice(0, 40) ?? '';
  const className = element.getAttribute('class');
  return `<${element.localName}${className ? ` class="${className}"` : ''}> "${label}"`;
}

/** The inner box (padding edge) of a scroll container, or the viewport. */
function innerBox(container: Element | null): { readonly left: number; readonly right: number } {
  if (container === null) return { left: 0, right: document.documentElement.clientWidth };
  const box = container.getBoundingClientRect();
  const left = box.left + container.clientLeft;
  return { left, right: left + container.clientWidth };
}

/**
 * Every element sticking out sideways of the box that scrolls or clips it, and every scroll region (the page
 * included) that can scroll sideways. Empty when the layout fits.
 */
export function sidewaysOverflow(widget: Widget): string[] {
  const problems: string[] = [];
  const elements = deepElements(widget.root).filter(shown);
  for (const element of elements) {
    const container = scrollContainerOf(element);
    const box = element.getBoundingClientRect();
    const limits = innerBox(container);
    if (box.left < limits.left - SLACK || box.right > limits.right + SLACK) {
      problems.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} outside ${container ? describe(container) : 'the viewport'} ${Math.round(limits.left)}–${Math.round(limits.right)}`);
    }
    if (clipsSideways(element) && element.scrollWidth > element.clientWidth + 1 && !textOverflowEllipsis(element)) {
      problems.push(`${describe(element)} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  return problems;
}

/** A single line cut short on purpose (the full text shows on hover and focus), not a scroll region. */
function textOverflowEllipsis(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.textOverflow === 'ellipsis' && style.overflowX === 'hidden';
}

/** Controls outside the viewport's width or smaller than 24 × 24 px. */
export function controlProblems(widget: Widget): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const control of deepElements(widget.root).filter((element) => element.matches(CONTROLS) && shown(element))) {
    const box = control.getBoundingClientRect();
    if (box.left < -SLACK || box.right > width + SLACK) problems.push(`${describe(control)} at ${Math.round(box.left)}–${Math.round(box.right)} is outside the ${width} px viewport`);
    if (box.width < TARGET_SIZE - SLACK || box.height < TARGET_SIZE - SLACK) {
      problems.push(`${describe(control)} is ${Math.round(box.width)} × ${Math.round(box.height)} px, under ${TARGET_SIZE} × ${TARGET_SIZE}`);
    }
  }
  return problems;
}

/** Both checks, with the view named in the failure message. */
export function layoutProblems(widget: Widget): string[] {
  return [...sidewaysOverflow(widget), ...controlProblems(widget)];
}
