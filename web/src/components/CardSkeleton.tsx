import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';

/** Stands in for a card while its data loads, roughly the card's shape. */
export function CardSkeleton({ lines = 4 }: { lines?: number }) {
  return (
    <Card aria-hidden="true">
      <CardContent>
        <Skeleton variant="text" width="40%" height={32} />
        <Skeleton variant="text" width="60%" height={40} sx={{ mt: 1 }} />
        <Stack spacing={1} sx={{ mt: 2 }}>
          {Array.from({ length: lines }, (_, index) => (
            <Skeleton key={index} variant="text" width={`${85 - index * 10}%`} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
