/**
 * Where keyboard focus goes, so a keyboard or screen-reader visitor never loses their place: the
 * message box after sending, the next question of the self-check, an opened contact or crisis
 * card, the first invalid form field, back to the launcher when the panel closes. Also the Tab
 * cycle of the full-screen (modal) layout.
 */

/**
 * Where focus goes once the next render (and any pending reply) is on screen. 'panel' is the
 * opened panel: its message box, or its title on touch screens.
 */
export type FocusTarget = 'panel' | 'composer' | 'launcher' | 'end-confirm' | 'latest-card' | { readonly field: string };

export interface FocusOptions {
  /**
   * The visitor is using a touch screen: focusing the message box would pop up the on-screen
   * keyboard over what they are reading, so it is only focused when they are typing already.
   */
  readonly avoidKeyboard: boolean;
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Focusable, visible elements inside `container`, in document order. */
export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden]') && element.getClientRects().length > 0,
  );
}

function focusFirst(root: ParentNode, selector: string): boolean {
  const element = root.querySelector<HTMLElement>(selector);
  element?.focus();
  return element !== null;
}

/**
 * The card a choice just opened, if it wants focus: the self-check's current question (its
 * first answer), a contact or result card (its heading), a crisis card (its heading).
 */
function focusLatestCard(root: ParentNode): boolean {
  const last = [...root.querySelectorAll<HTMLElement>('.transcript > .message')].pop();
  if (!last) return false;
  return (
    focusFirst(last, '.self-check[data-question] .option') ||
    focusFirst(last, '.contact-heading') ||
    focusFirst(last, '.crisis-card [tabindex="-1"], .self-check.result [tabindex="-1"]')
  );
}

/** Moves focus to `target` inside the chat's shadow root (the message box when it is missing). */
export function moveFocus(root: ParentNode, target: FocusTarget, options: FocusOptions): void {
  const composer = (): void => {
    if (!options.avoidKeyboard) focusFirst(root, '#composer-input');
    else if (target === 'panel') focusFirst(root, '#panel-title');
  };
  if (target === 'launcher') {
    focusFirst(root, '.launcher');
  } else if (target === 'end-confirm') {
    focusFirst(root, '.cancel-end');
  } else if (typeof target === 'object') {
    if (!focusFirst(root, `#cf-${target.field}`)) composer();
  } else if (target !== 'latest-card' || !focusLatestCard(root)) {
    composer();
  }
}

/** Full-screen (modal) layout: Tab from the last control goes to the first, Shift+Tab the other way. */
export function cycleTab(panel: HTMLElement, event: KeyboardEvent, active: Element | null): void {
  const focusables = focusableIn(panel);
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** After new messages: a long reply is shown from its start, a short one scrolls to the end. */
export function scrollToLatest(log: HTMLElement | null): void {
  if (!log) return;
  const latest = [...log.querySelectorAll<HTMLElement>(':scope > .message')].pop();
  if (latest && latest.offsetHeight > log.clientHeight) log.scrollTop = latest.offsetTop - log.offsetTop;
  else log.scrollTop = log.scrollHeight;
}
