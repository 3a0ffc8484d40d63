import {
  DEFAULT_SCALE,
  INDEPENDENT_LEVEL,
  MIN_GROUP_SIZE,
  RECEIPT_PATTERN,
} from './model';
import { skillsSurveyPermissions } from './permissions';

describe('the skills-survey model', () => {
  it('has a default scale from never used to can teach others, independent at 3', () => {
    expect(DEFAULT_SCALE.map(s => s.level)).toEqual([0, 1, 2, 3, 4]);
    expect(DEFAULT_SCALE[INDEPENDENT_LEVEL].label).toBe('Independent');
  });

  it('bounds the minimum group size to 3..10, 5 by default', () => {
    expect(MIN_GROUP_SIZE).toEqual({ default: 5, min: 3, max: 10 });
  });

  it('takes receipts of 32 random bytes in base64url only', () => {
    const receipt = Buffer.alloc(32, 7).toString('base64url');
    expect(receipt).toMatch(RECEIPT_PATTERN);
    expect(`${receipt}=`).not.toMatch(RECEIPT_PATTERN);
    expect(receipt.slice(1)).not.toMatch(RECEIPT_PATTERN);
    expect(`${receipt.slice(1)}+`).not.toMatch(RECEIPT_PATTERN);
  });

  it('names every permission under skills-survey', () => {
    expect(skillsSurveyPermissions.map(p => p.name)).toEqual([
      'skills-survey.answer',
      'skills-survey.campaign.manage',
      'skills-survey.results.read',
      'skills-survey.free-text.hold',
    ]);
  });
});
