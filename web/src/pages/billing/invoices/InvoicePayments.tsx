import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type {
  CreditNotesCardFragment,
  PaymentInstructionsCardFragment,
  PaymentsCardFragment,
} from '../../../graphql/generated';
import { formatDay } from '../../../components/dates';
import { paymentMethodLabels, paymentStatusChips } from './invoiceText';

type Instructions = PaymentInstructionsCardFragment;

/** How to pay an open invoice by bank transfer: the bank details and the reference to quote. */
export function PaymentInstructionsCard({
  instructions,
  dueAt,
}: {
  instructions: Instructions;
  dueAt: string | null;
}) {
  return (
    <Card component="section" aria-labelledby="pay-by-transfer-title">
      <CardHeader
        title="Pay by bank transfer"
        subheader={dueAt ? `Due ${formatDay(dueAt)}` : undefined}
        slotProps={{ title: { id: 'pay-by-transfer-title' } }}
      />
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {instructions.instructions}
        </Typography>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">
            Reference (quote it with the transfer)
          </Typography>
          <Typography
            variant="body1"
            sx={{ fontFamily: 'monospace', fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {instructions.reference}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}

type Payment = PaymentsCardFragment;

/** Money received (or tried) for the invoice. */
export function PaymentsCard({ payments }: { payments: readonly Payment[] }) {
  return (
    <Card component="section" aria-labelledby="payments-title">
      <CardHeader title="Payments" slotProps={{ title: { id: 'payments-title' } }} />
      <CardContent>
        {payments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No payments yet.
          </Typography>
        ) : (
          <Box component="ul" aria-label="Payments" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {payments.map((payment, index) => {
              const chip = paymentStatusChips[payment.status];
              const toCredit = payment.amount.amount - payment.appliedAmount.amount;
              return (
                <Box component="li" key={payment.id}>
                  {index > 0 && <Divider sx={{ my: 1 }} />}
                  <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                    <Box sx={{ minWidth: 0 }}>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {payment.paymentMethodLabel ??
                          paymentMethodLabels[payment.method] ??
                          payment.method}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {formatDay(payment.receivedAt)}
                      </Typography>
                      <Typography
                        variant="body2"
                        color="text.secondary"
                        sx={{ overflowWrap: 'anywhere' }}
                      >
                        {payment.reference}
                      </Typography>
                    </Box>
                    <Box sx={{ textAlign: 'right' }}>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        <Money value={payment.amount} />
                      </Typography>
                      <Chip
                        size="small"
                        variant="outlined"
                        label={chip?.label ?? payment.status}
                        color={chip?.color ?? 'default'}
                      />
                    </Box>
                  </Box>
                  {payment.failureMessage && (
                    <Typography variant="caption" color="error" component="p">
                      {payment.failureMessage}
                    </Typography>
                  )}
                  {toCredit > 0 && (
                    <Typography variant="caption" color="text.secondary">
                      <Money value={{ ...payment.amount, amount: toCredit }} /> beyond the amount
                      due went to the credit balance.
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

type CreditNote = CreditNotesCardFragment;

/** Money given back for this invoice (a voided paid invoice), credited to the balance. */
export function CreditNotesCard({ creditNotes }: { creditNotes: readonly CreditNote[] }) {
  return (
    <Card component="section" aria-labelledby="credit-notes-title">
      <CardHeader title="Credit notes" slotProps={{ title: { id: 'credit-notes-title' } }} />
      <CardContent>
        <Box component="ul" aria-label="Credit notes" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {creditNotes.map((note, index) => (
            <Box component="li" key={note.id}>
              {index > 0 && <Divider sx={{ my: 1 }} />}
              <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {note.number} · {formatDay(note.issuedAt)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {note.reason}
                  </Typography>
                </Box>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  <Money value={note.amount} />
                </Typography>
              </Box>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
