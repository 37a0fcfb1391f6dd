import { line, preview } from './plans.fixture';
import { cancellationFee, validateCancellation } from './cancellation';

describe('cancelling', () => {
  it('needs a reason', () => {
    expect(validateCancellation({ timing: 'PERIOD_END', reason: '', comment: '' })).toEqual({
      reason: 'Choose a reason.',
    });
  });

  it('needs a comment for "other", and optional ones stay within 1000 characters', () => {
    expect(validateCancellation({ timing: 'NOW', reason: 'OTHER', comment: '  ' })).toEqual({
      comment: 'Tell us briefly why you are cancelling.',
    });
    expect(validateCancellation({ timing: 'NOW', reason: 'OTHER', comment: 'Budget' })).toEqual({});
    expect(
      validateCancellation({ timing: 'NOW', reason: 'UNUSED', comment: 'x'.repeat(1001) }),
    ).toEqual({ comment: 'Use at most 1000 characters (now 1001).' });
  });

  it('discloses the fee line the preview bills, and nothing when there is none', () => {
    const fee = line('CANCELLATION_FEE', 'Cancellation fee: 25% of the remaining contract', 75000);
    expect(cancellationFee(preview({ lines: [fee] }))).toBe(fee);
    expect(cancellationFee(preview({ lines: [] }))).toBeNull();
  });
});
