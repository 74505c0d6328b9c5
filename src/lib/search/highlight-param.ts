/**
 * The URL parameter that carries search terms to the page a result opens. A module of its
 * own so the eager search loader can look for it without shipping the highlighting code.
 */
export const HIGHLIGHT_PARAM = 'highlight';
