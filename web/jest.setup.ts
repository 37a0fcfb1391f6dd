import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoding API that React Router uses; browsers and Node have it.
Object.assign(globalThis, { TextEncoder, TextDecoder });
