import { describe, expect, it } from 'vitest';
import { BACKUP_LIST_ACTIONS, BACKUP_LIST_STATUSES } from '../selection/model.js';
import { BACKUP_STATUSES } from '../search/model.js';
import { BACKUP_LIST_ACTION_LABELS, BACKUP_LIST_STATUS_LABELS, BACKUP_STATUS_LABELS, labelOf, premisEventLabel } from './index.js';

describe('labels', () => {
  it('give every list state, history verb and backup facet a Vietnamese word that is not the code', () => {
    for (const s of BACKUP_LIST_STATUSES) expect(BACKUP_LIST_STATUS_LABELS[s].vi).not.toBe(s);
    for (const a of BACKUP_LIST_ACTIONS) expect(BACKUP_LIST_ACTION_LABELS[a].vi).not.toBe(a);
    for (const b of BACKUP_STATUSES) expect(BACKUP_STATUS_LABELS[b].vi).not.toBe(b);
    expect(BACKUP_LIST_ACTION_LABELS.create.vi).toBe('tạo');
    expect(BACKUP_STATUS_LABELS.none.vi).toBe('chưa dự phòng');
  });

  it('word PREMIS event types, and keep an unknown code readable', () => {
    expect(premisEventLabel('fixity check', 'vi')).toBe('kiểm tra toàn vẹn');
    expect(premisEventLabel('fixity check', 'en')).toBe('fixity check');
    expect(labelOf(BACKUP_STATUS_LABELS, 'other' as 'ok', 'vi')).toBe('other');
  });
});
