import type { RouteContract } from './route-contract';

// Test mode only: the integration suite (test/setup/check-answers.ts, CROSSCHECK_CHECK_ANSWERS=1)
// installs a check that validates every answer defineRoute sends against the OpenAPI description
// (lib/openapi/answer-check.server.ts). Nothing installs one in production.

export type AnswerCheck = (contract: RouteContract, response: Response) => Promise<void>;

let installed: AnswerCheck | null = null;

export function checkAnswersWith(check: AnswerCheck | null) {
  if (process.env.NODE_ENV === 'production') throw new Error('Answer checks are for the test suite only.');
  installed = check;
}

/** The answer, after the installed check (if any) has passed it. */
export async function checkedAnswer(contract: RouteContract, response: Response): Promise<Response> {
  if (installed) await installed(contract, response);
  return response;
}

/** The check in force, for the test that proves one is installed. */
export const installedAnswerCheck = (): AnswerCheck | null => installed;
