/**
 * The reading keys of a page of questions: what each key does, decided from the key and
 * where the focus is. Pure, so that the page's eager loader (which must decide at once
 * whether to take the key from the browser) and the keys dialog share one table.
 */
export type KeyAction = 'next' | 'previous' | 'toggle' | 'knew' | 'again' | 'help';

/** Key to action: kept apart from the labels so the page's eager loader carries no words. */
const KEYS: Readonly<Record<string, KeyAction>> = {
  j: 'next',
  k: 'previous',
  o: 'toggle',
  Enter: 'toggle',
  '1': 'knew',
  '2': 'again',
  '?': 'help',
};

/** What the keys dialog says of each action, in the order it lists them. */
export const ACTION_LABELS: Readonly<Record<KeyAction, string>> = {
  next: 'Next question',
  previous: 'Previous question',
  toggle: 'Open or close its answer',
  knew: 'Grade it "I knew it"',
  again: 'Grade it "Review again"',
  help: 'Show these keys',
};

/** The keys of each action, for the dialog. */
export function keyBindings(): { action: KeyAction; keys: string[]; label: string }[] {
  return (Object.keys(ACTION_LABELS) as KeyAction[]).map((action) => ({
    action,
    keys: Object.keys(KEYS).filter((key) => KEYS[key] === action),
    label: ACTION_LABELS[action],
  }));
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

export interface KeyFocus {
  /** The focus is in a field where keys are the reader's typing. */
  typing: boolean;
  /** The focus is on a question itself (not a link or button inside it): Enter is free there. */
  onQuestion: boolean;
}

/** The action a key press asks for, or null when the key is the browser's (or the reader's typing). */
export function keyAction(press: KeyPress, focus: KeyFocus): KeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing === true || focus.typing) return null;
  // Enter keeps its meaning on links, buttons and answer summaries.
  if (press.key === 'Enter' && !focus.onQuestion) return null;
  return Object.hasOwn(KEYS, press.key) ? KEYS[press.key]! : null;
}

/**
 * The question to go to: one step from the focused question, staying at the ends. With no
 * question focused, the first press goes to the question being read (`reading`), so `j`
 * never skips the one on screen.
 */
export function stepTo(focused: number, reading: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (focused < 0) return Math.min(Math.max(reading, 0), count - 1);
  return Math.min(count - 1, Math.max(0, focused + step));
}

/** Whether an element is a field where keys type text (so shortcuts stay out of the way). */
export function isTypingField(element: { tagName: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (element === null) return false;
  if (element.isContentEditable === true) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(element.type ?? 'text');
}
