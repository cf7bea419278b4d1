import type { Language, NotificationData, TemplateName } from '../delivery';
import { EN_WORDING } from './en.wording';
import { word, type LanguageWording } from './notification-wording';
import { VI_WORDING } from './vi.wording';

export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
}

const WORDING: Record<Language, LanguageWording> = { vi: VI_WORDING, en: EN_WORDING };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Titles typed on different keyboards arrive composed or decomposed; mail clients render NFC reliably. */
const composed = (data: NotificationData): NotificationData =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.normalize('NFC') : value,
    ]),
  ) as unknown as NotificationData;

const layout = (language: Language, subject: string, paragraphs: string[]): string =>
  [
    '<!DOCTYPE html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`),
    '</body></html>',
  ].join('\n');

/**
 * Renders one notification in the recipient's language. Pure: the same delivery always renders the same
 * message, so a retried job sends exactly what the first attempt would have.
 */
export const renderNotification = (
  template: TemplateName,
  language: Language,
  data: NotificationData,
): RenderedNotification => {
  // Payloads come back from the queue as JSON: a name from another release is refused loudly (and
  // hasOwn keeps "constructor" and friends from resolving to Object.prototype).
  const wording = Object.hasOwn(WORDING, language) ? WORDING[language] : undefined;
  const text =
    wording && Object.hasOwn(wording.templates, template) ? wording.templates[template] : undefined;
  if (!wording || !text)
    throw new RangeError(`no "${template}" notification template in language "${language}"`);
  const { subject, paragraphs } = word(wording, text, composed(data));
  // A subject is one header line: a title pasted with line breaks must not fold into a second one.
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  return {
    subject: oneLine,
    text: `${paragraphs.join('\n\n')}\n`,
    html: layout(language, oneLine, paragraphs),
  };
};
