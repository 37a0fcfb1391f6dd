import type {
  CancellationReason,
  PreviewSummaryFragment,
  ChangeTiming,
} from '../../../graphql/generated';
import { maxCommentLength } from './subscriptionText';

export type CancellationForm = {
  timing: ChangeTiming;
  /** '' until the person picks one. */
  reason: CancellationReason | '';
  comment: string;
};

export type CancellationErrors = Partial<Record<'reason' | 'comment', string>>;

/** The same rules as the server: a reason always, a comment for "other", at most 1000 characters. */
export function validateCancellation(form: CancellationForm): CancellationErrors {
  const errors: CancellationErrors = {};
  if (form.reason === '') errors.reason = 'Choose a reason.';
  const comment = form.comment.trim();
  if (form.reason === 'OTHER' && comment === '') {
    errors.comment = 'Tell us briefly why you are cancelling.';
  } else if (comment.length > maxCommentLength) {
    errors.comment = `Use at most ${maxCommentLength} characters (now ${comment.length}).`;
  }
  return errors;
}

/** The cancellation fee line of a cancel preview, if the plan charges one. */
export function cancellationFee(
  preview: Pick<PreviewSummaryFragment, 'lines'>,
): PreviewSummaryFragment['lines'][number] | null {
  return (
    preview.lines.find((line) => line.kind === 'CANCELLATION_FEE' && line.amount.amount > 0) ?? null
  );
}
