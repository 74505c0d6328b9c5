/**
 * Exam weight written at the end of a domain title: "(20%)", "[20%]", "- 20%", "– 20 %",
 * ": 20%" or a bare "20%".
 */
const WEIGHT = /\s*(?:\(\s*(\d+(?:\.\d+)?)\s*%\s*\)|\[\s*(\d+(?:\.\d+)?)\s*%\s*\]|(?:^|\s)[-–—:|]?\s*(\d+(?:\.\d+)?)\s*%)\s*$/u;

export function splitWeight(title: string): { title: string; weight: number | null } {
  const m = WEIGHT.exec(title);
  if (!m) return { title: title.trim(), weight: null };
  const value = m[1] ?? m[2] ?? m[3];
  const rest = title
    .slice(0, m.index)
    .replace(/\s*[-–—:|]\s*$/u, '')
    .trim();
  // A title that is nothing but a weight keeps its text: an empty title helps no one.
  if (rest === '' || value === undefined) return { title: title.trim(), weight: null };
  return { title: rest, weight: Number(value) };
}
