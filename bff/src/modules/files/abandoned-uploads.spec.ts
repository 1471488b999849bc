import { candidatesSql, conditionalDeleteSql, FILE_REFERENCES, graceCutoff, SweepThrottle, unreferencedCondition } from './abandoned-uploads';

describe('graceCutoff', () => {
  it('is the given number of hours before now', () => {
    expect(graceCutoff(new Date('2026-11-26T12:00:00.000Z'), 72).toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });
});

describe('unreferencedCondition', () => {
  it('checks every reference: attachment ids, banner image paths, mentions in rich text, application materials and ID-card photos', () => {
    expect(unreferencedCondition('sqlite', 'f.id')).toBe(
      [
        'NOT EXISTS (SELECT 1 FROM content_attachments r WHERE r.file_id = f.id)',
        "NOT EXISTS (SELECT 1 FROM banners r WHERE r.image_url = '/api/files/' || f.id)",
        "NOT EXISTS (SELECT 1 FROM policies r WHERE r.body_html LIKE '%' || f.id || '%')",
        "NOT EXISTS (SELECT 1 FROM news r WHERE r.body_html LIKE '%' || f.id || '%')",
        'NOT EXISTS (SELECT 1 FROM application_materials r WHERE r.file_id = f.id)',
        'NOT EXISTS (SELECT 1 FROM face_id_card_checks r WHERE r.file_id = f.id)',
      ].join(' AND '),
    );
  });

  it('concatenates with CONCAT on MySQL', () => {
    const condition = unreferencedCondition('mysql', 'stored_files.id');
    expect(condition).toContain("r.image_url = CONCAT('/api/files/', stored_files.id)");
    expect(condition).toContain("r.body_html LIKE CONCAT('%', stored_files.id, '%')");
    expect(condition.match(/NOT EXISTS/g)).toHaveLength(FILE_REFERENCES.length);
  });
});

describe('sweep statements', () => {
  it('pick old unreferenced files oldest first and delete one only if it is still old and unreferenced', () => {
    expect(candidatesSql('sqlite')).toMatch(/^SELECT f\.id AS id FROM stored_files f WHERE f\.created_at < \? AND NOT EXISTS .* ORDER BY f\.created_at, f\.id LIMIT \?$/);
    expect(conditionalDeleteSql('mysql')).toMatch(/^DELETE FROM stored_files WHERE id = \? AND created_at < \? AND NOT EXISTS .*content_attachments.*banners.*policies.*news/);
  });
});

describe('SweepThrottle', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 12, 0, seconds));

  it('starts at most once a minute and never while a sweep runs', () => {
    const throttle = new SweepThrottle(60_000);
    expect(throttle.tryStart(at(0))).toBe(true);
    expect(throttle.tryStart(at(61))).toBe(false);
    throttle.finish();
    expect(throttle.tryStart(at(59))).toBe(false);
    expect(throttle.tryStart(at(60))).toBe(true);
    throttle.finish();
    expect(throttle.tryStart(at(90))).toBe(false);
  });

  it('is not blocked by a clock that went back', () => {
    const throttle = new SweepThrottle(60_000);
    expect(throttle.tryStart(at(50))).toBe(true);
    throttle.finish();
    expect(throttle.tryStart(at(10))).toBe(true);
  });
});
