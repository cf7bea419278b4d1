import { TEMPLATES, type Language, type NotificationData, type TemplateName } from '../delivery';
import { renderNotification } from './render-notification';

const aNotification = (overrides: Partial<NotificationData> = {}): NotificationData => ({
  proposalId: '0b6e8c1a-4f3e-4c55-9a51-2d1e7f9a0c11',
  proposalTitle: 'Sáp nhập xã Đông Yên và xã Hòa Chánh thành xã Vĩnh Thuận',
  proposalType: 'commune-merger',
  stageId: 'appraisal',
  stageTitle: 'Sở Nội vụ thẩm định',
  dueOn: '2025-03-05',
  outcome: 'approved',
  reason: 'Thiếu phương án bố trí trụ sở',
  actorName: 'Nguyễn Văn Hòa',
  ...overrides,
});

const everyTemplate = TEMPLATES.flatMap((template) =>
  (['vi', 'en'] as Language[]).map((language) => [template, language] as [TemplateName, Language]),
);

describe('renderNotification', () => {
  it.each(everyTemplate)('renders %s in %s with the title in every part', (template, language) => {
    const data = aNotification();
    const rendered = renderNotification(template, language, data);
    expect(rendered.subject).toContain(data.proposalTitle);
    expect(rendered.text).toContain(data.proposalTitle);
    expect(rendered.html).toContain(data.proposalTitle);
    expect(rendered.html).toContain(`<html lang="${language}">`);
    expect(rendered.text).toContain(data.proposalId);
  });

  it.each(TEMPLATES.map((template) => [template]))(
    'words %s differently in Vietnamese and English',
    (template) => {
      const vi = renderNotification(template, 'vi', aNotification());
      const en = renderNotification(template, 'en', aNotification());
      expect(vi.subject).not.toEqual(en.subject);
      expect(vi.text).not.toEqual(en.text);
    },
  );

  it('gives every template its own subject in each language', () => {
    for (const language of ['vi', 'en'] as Language[]) {
      const subjects = TEMPLATES.map((t) => renderNotification(t, language, aNotification()).subject);
      expect(new Set(subjects).size).toBe(TEMPLATES.length);
    }
  });

  it('announces an opened stage in Vietnamese with "Đề án", the title, the stage and a dd/mm/yyyy due date', () => {
    const rendered = renderNotification(
      'stage-opened',
      'vi',
      aNotification({ proposalTitle: 'Phường Vĩnh Thuận' }),
    );
    expect(rendered.subject).toBe('Đề án chờ xử lý: Phường Vĩnh Thuận');
    expect(rendered.text).toContain('Sở Nội vụ thẩm định');
    expect(rendered.text).toContain('Hạn xử lý: 05/03/2025');
  });

  it('writes the due date unambiguously in English', () => {
    expect(renderNotification('stage-reminder', 'en', aNotification()).text).toContain('Due: 5 March 2025');
  });

  it('reads a due instant as its date in Vietnam, not in UTC', () => {
    const lateEvening = aNotification({ dueOn: '2025-03-05T18:30:00Z' }); // 01:30 on 6 March in Hà Nội
    expect(renderNotification('stage-opened', 'vi', lateEvening).text).toContain('06/03/2025');
  });

  it('leaves out what the data does not carry instead of printing null', () => {
    const bare = aNotification({
      stageTitle: null,
      dueOn: null,
      reason: null,
      actorName: null,
      outcome: null,
    });
    for (const [template, language] of everyTemplate) {
      const { text, html } = renderNotification(template, language, bare);
      expect(`${text}${html}`).not.toMatch(/null|undefined/);
    }
  });

  it('keeps Vietnamese titles intact and composes decomposed input (NFC)', () => {
    const title = 'Hòa Thuận, Vĩnh Thuận, Đông Yên';
    const rendered = renderNotification(
      'vote-opened',
      'vi',
      aNotification({ proposalTitle: title.normalize('NFD') }),
    );
    expect(rendered.subject).toBe(`Biểu quyết đề án: ${title}`);
    for (const part of Object.values(rendered)) expect(part).toBe(part.normalize('NFC'));
  });

  it('escapes every piece of data in the HTML and keeps the text verbatim', () => {
    const hostile = '<script>alert("x")</script> & \'Đông Yên\'';
    const data = aNotification({
      proposalTitle: hostile,
      stageTitle: hostile,
      reason: hostile,
      actorName: hostile,
    });
    for (const [template, language] of everyTemplate) {
      const { html, text } = renderNotification(template, language, data);
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Đông Yên&#39;');
      expect(text).toContain(hostile);
    }
  });

  it('keeps the subject on one line', () => {
    const rendered = renderNotification(
      'stage-opened',
      'en',
      aNotification({ proposalTitle: 'Vĩnh\r\nThuận' }),
    );
    expect(rendered.subject).toBe('Proposal awaiting your action: Vĩnh Thuận');
  });

  it('translates known outcome and reason codes and passes free text through', () => {
    const notApproved = aNotification({ outcome: 'not-approved', reason: 'vote-majority-not-reached' });
    expect(renderNotification('proposal-decided', 'vi', notApproved).text).toMatch(
      /Kết quả: Không thông qua/,
    );
    expect(renderNotification('proposal-decided', 'en', notApproved).text).toMatch(
      /did not reach a majority/,
    );
    const text = renderNotification('proposal-rejected', 'en', aNotification({ reason: 'toString' })).text;
    expect(text).toContain('Reason: toString');
  });

  it('refuses a template or language it does not know', () => {
    expect(() => renderNotification('constructor' as TemplateName, 'vi', aNotification())).toThrow(
      RangeError,
    );
    expect(() => renderNotification('stage-opened', 'fr' as Language, aNotification())).toThrow(/"fr"/);
  });
});
