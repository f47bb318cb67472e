import { describe, expect, it } from 'vitest';
import { ConfigError, testConfig } from '../../config.js';

describe('examination configuration (R-EXAM-4)', () => {
  it('R-EXAM-4: the second approval is off by default and on for the listed bureaus; an unknown bureau is refused', () => {
    expect(testConfig().decisionApprovalBureaus).toEqual([]);
    expect(testConfig({ DECISION_APPROVAL_BUREAUS: 'OSAKA, FUKUOKA' }).decisionApprovalBureaus).toEqual(['OSAKA', 'FUKUOKA']);
    expect(() => testConfig({ DECISION_APPROVAL_BUREAUS: 'KOBE' })).toThrow(ConfigError);
  });
});
