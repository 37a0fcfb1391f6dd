import { render } from '@testing-library/react';
import { useFirstScreenDrawn } from './useFirstScreenDrawn';

describe('useFirstScreenDrawn', () => {
  it('is false for the first render and true in a render after it', () => {
    const seen: boolean[] = [];
    function Probe() {
      seen.push(useFirstScreenDrawn());
      return null;
    }
    render(<Probe />);
    // The first commit leaves the lower cards out; the next one (a transition) brings them.
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });
});
