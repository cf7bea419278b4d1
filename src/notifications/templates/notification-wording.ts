import { localDate } from '../../shared/domain/working-calendar';
import type { NotificationData, TemplateName } from '../delivery';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** One template in one language: words only. Which details appear is decided once, in `word`. */
export interface TemplateText {
  /** The subject reads "<lead>: <proposal title>", so an inbox shows the proposal first. */
  lead: string;
  /** The opening sentence, given the proposal title already quoted. */
  opening: (quotedTitle: string) => string;
  /** Present where the template carries a deadline; the label says whose deadline it is. */
  dueLabel?: string;
  /** Present where the template names who acted (returned, decided, delegated…). */
  actorLabel?: string;
}

/** A language's translation table; a template missing from `templates` is a compile error. */
export interface LanguageWording {
  quote: (title: string) => string;
  labels: { stage: string; outcome: string; reason: string; reference: string };
  formatDate: (date: CalendarDate) => string;
  /** Codes routing may pass as outcome or reason; free text passes through unchanged. */
  terms: ReadonlyMap<string, string>;
  templates: Record<TemplateName, TemplateText>;
}

/** A rendering before layout: plain text only, so the HTML layout can escape every part of it. */
export interface Wording {
  subject: string;
  paragraphs: string[];
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Due dates are calendar dates; should an instant arrive instead, the deadline is its date in Vietnam,
 * where the stage runs, not in UTC. Anything unreadable is shown as given rather than dropped.
 */
export const formatDueDate = (dueOn: string, format: (date: CalendarDate) => string): string => {
  let match = CALENDAR_DATE.exec(dueOn);
  if (!match && !Number.isNaN(Date.parse(dueOn))) match = CALENDAR_DATE.exec(localDate(dueOn));
  return match ? format({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }) : dueOn;
};

/** Details the data does not carry are left out rather than printed as "null". */
export const word = (language: LanguageWording, text: TemplateText, data: NotificationData): Wording => {
  const { labels, terms } = language;
  const term = (code: string): string => terms.get(code) ?? code;
  const paragraphs = [
    text.opening(language.quote(data.proposalTitle)),
    data.stageTitle && `${labels.stage}: ${data.stageTitle}`,
    data.outcome && `${labels.outcome}: ${term(data.outcome)}`,
    data.reason && `${labels.reason}: ${term(data.reason)}`,
    text.actorLabel && data.actorName && `${text.actorLabel}: ${data.actorName}`,
    text.dueLabel && data.dueOn && `${text.dueLabel}: ${formatDueDate(data.dueOn, language.formatDate)}`,
    `${labels.reference}: ${data.proposalId}`,
  ];
  return {
    subject: `${text.lead}: ${data.proposalTitle}`,
    paragraphs: paragraphs.filter((p): p is string => typeof p === 'string' && p !== ''),
  };
};
