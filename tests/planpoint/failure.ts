// The PlanpointError a client call fails with; anything else (a success, another error) fails
// the test.
import { isPlanpointError, type PlanpointError } from '../../lib/planpoint/errors';

export async function failure(p: Promise<unknown>): Promise<PlanpointError> {
  try {
    await p;
  } catch (e) {
    if (isPlanpointError(e)) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}
