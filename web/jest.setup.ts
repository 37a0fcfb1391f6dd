import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

// jsdom lacks the encoding API that React Router uses; browsers and Node have it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// findBy…/waitFor wait for a condition, never for a time; on a busy 2-CPU machine (CI, several
// suites at once) a page can take longer than the library's 1 s default to settle.
configure({ asyncUtilTimeout: 5000 });
