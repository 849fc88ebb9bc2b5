// Runs in the browser before the app's own code. Zod probes for `new Function` support on its
// first object parse; the CSP (proxy.ts) forbids eval, so the probe only produced a CSP
// violation report on every page with a client form. Jitless parsing never asks.
import { z } from 'zod';

z.config({ jitless: true });
