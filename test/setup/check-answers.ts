// Every answer a route handler sends in the suite is checked against the OpenAPI description
// (vitest.config.ts sets CROSSCHECK_CHECK_ANSWERS=1): an undocumented status or a body that does
// not match its documented schema throws, failing the test that made the call. The checker (and
// the description it reads) loads at the first answer, so tests that call no handler pay nothing.
import { checkAnswersWith } from '@/lib/api/answer-check-hook';

if (process.env.CROSSCHECK_CHECK_ANSWERS === '1') {
  checkAnswersWith(async (contract, response) => (await import('@/lib/openapi/answer-check.server')).checkAnswer(contract, response));
}
