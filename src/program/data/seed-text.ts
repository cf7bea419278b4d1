/**
 * Reads the parts of the seed (action-program-18-NQ-TW.txt) the program data is checked against. The
 * text is a scan: a page break leaves a blank line inside a sentence, so a paragraph that starts neither
 * an item ("- ") nor a heading continues the one before.
 */

const between = (text: string, from: string, to: string): string => {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`seed: no part between "${from}" and "${to}"`);
  return text.slice(start, end);
};

const HEADING = /^\d+(\.\d+)*- /;

/** Paragraphs of a part, page breaks joined with one space, each with the heading it falls under. */
const paragraphs = (part: string): { heading: string | null; text: string }[] => {
  const joined: { heading: string | null; text: string }[] = [];
  let heading: string | null = null;
  for (const block of part.split(/\n\s*\n/).map((p) => p.trim().replace(/\s+/g, ' '))) {
    if (block === '') continue;
    if (HEADING.test(block)) heading = block;
    else if (block.startsWith('- ') || joined.length === 0) joined.push({ heading, text: block });
    else joined[joined.length - 1].text += ` ${block}`;
  }
  return joined;
};

export interface SeedTaskItem {
  section: string;
  /** The item without its "- ". */
  text: string;
  /** The bracketed "(*…*)" assignment. */
  assignment: string;
}

/** Every item of III.2 ("Nhiệm vụ, giải pháp cụ thể"), with its sub-section number. */
export const seedTaskItems = (seed: string): SeedTaskItem[] =>
  paragraphs(between(seed, '2- Nhiệm vụ, giải pháp cụ thể', 'IV. TỔ CHỨC THỰC HIỆN'))
    .filter((p) => p.heading !== null && /^2\.\d- /.test(p.heading) && p.text.startsWith('- '))
    .map((p) => ({
      section: p.heading!.slice(0, 3),
      text: p.text.slice(2),
      assignment: /\(\*(.+)\*\)\.$/.exec(p.text)?.[1] ?? '',
    }));

/** The numbered "(n)" objectives of II.2 "Mục tiêu cụ thể", per period ("Đến năm 2021", …). */
export const seedGoals = (seed: string): { period: string; number: number; text: string }[] =>
  paragraphs(between(seed, 'Mục tiêu cụ thể:', 'III. NHIỆM VỤ'))
    .filter((p) => p.text.startsWith('- '))
    .flatMap((p) => {
      const [period, ...parts] = p.text.slice(2).split(/\s*\((\d)\)\s*/);
      const goals = [];
      for (let i = 0; i < parts.length; i += 2)
        goals.push({ period: period.replace(/:$/, ''), number: Number(parts[i]), text: parts[i + 1] });
      return goals;
    });

/** The whole of III.2 as one line of text, for finding quoted passages. */
export const seedTasksText = (seed: string): string =>
  seedTaskItems(seed)
    .map((item) => item.text)
    .join(' ');

/** The whole of II.2's objectives as one line of text. */
export const seedGoalsText = (seed: string): string =>
  seedGoals(seed)
    .map((goal) => goal.text)
    .join(' ');
