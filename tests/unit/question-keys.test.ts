import { describe, expect, it } from 'vitest';
import { isTypingField, keyAction, keyBindings, stepTo } from '../../src/lib/site/question-keys';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});
const reading = { typing: false, onQuestion: false };

describe('the reading keys', () => {
  it('maps j, k, o, 1, 2 and ? to their actions', () => {
    expect(['j', 'k', 'o', '1', '2', '?'].map((key) => keyAction(press(key), reading))).toEqual([
      'next',
      'previous',
      'toggle',
      'knew',
      'again',
      'help',
    ]);
  });

  it('leaves other keys to the browser', () => {
    expect(keyAction(press('x'), reading)).toBeNull();
    expect(keyAction(press('J'), reading)).toBeNull();
    expect(keyAction(press(' '), reading)).toBeNull();
  });

  it('leaves keys with Ctrl, Cmd or Alt, and keys typed while composing, to the browser', () => {
    expect(keyAction(press('j', { ctrlKey: true }), reading)).toBeNull();
    expect(keyAction(press('k', { metaKey: true }), reading)).toBeNull();
    expect(keyAction(press('1', { altKey: true }), reading)).toBeNull();
    expect(keyAction(press('o', { isComposing: true }), reading)).toBeNull();
  });

  it('never takes a key typed into a field', () => {
    expect(keyAction(press('j'), { typing: true, onQuestion: false })).toBeNull();
    expect(keyAction(press('?'), { typing: true, onQuestion: false })).toBeNull();
  });

  it('takes Enter only on the question itself, so links and buttons keep it', () => {
    expect(keyAction(press('Enter'), reading)).toBeNull();
    expect(keyAction(press('Enter'), { typing: false, onQuestion: true })).toBe('toggle');
  });

  it('lists every action once in the dialog, with all its keys', () => {
    const bindings = keyBindings();
    expect(bindings.map((b) => b.action)).toEqual(['next', 'previous', 'toggle', 'knew', 'again', 'help']);
    expect(bindings.find((b) => b.action === 'toggle')?.keys).toEqual(['o', 'Enter']);
    expect(bindings.every((b) => b.keys.length > 0 && b.label.length > 0)).toBe(true);
  });
});

describe('stepping from question to question', () => {
  it('goes first to the question being read, so j never skips the one on screen', () => {
    expect(stepTo(-1, 4, 10, 1)).toBe(4);
    expect(stepTo(-1, 4, 10, -1)).toBe(4);
  });

  it('moves one question from the focused one and stays at the ends', () => {
    expect(stepTo(4, 0, 10, 1)).toBe(5);
    expect(stepTo(4, 0, 10, -1)).toBe(3);
    expect(stepTo(9, 0, 10, 1)).toBe(9);
    expect(stepTo(0, 0, 10, -1)).toBe(0);
  });

  it('has nowhere to go on a page without questions', () => {
    expect(stepTo(-1, 0, 0, 1)).toBe(-1);
  });
});

describe('typing fields', () => {
  it('counts text inputs, text areas, selects and editable elements', () => {
    expect(isTypingField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingField({ tagName: 'input' })).toBe(true);
    expect(isTypingField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingField({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('does not count buttons, checkboxes or the page', () => {
    expect(isTypingField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingField({ tagName: 'ARTICLE' })).toBe(false);
    expect(isTypingField(null)).toBe(false);
  });
});
