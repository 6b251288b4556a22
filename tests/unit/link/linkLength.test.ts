import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { URL_QUERY_MAX_ENCODED } from '../../../src/domain/link/searchText';
import { serializeView } from '../../../src/domain/link/viewQuery';
import {
  DATASET,
  arbLongSlug,
  arbRawQuery,
  arbView,
  encodedLength,
  worstCaseView,
} from './linkTestKit';

describe('link length', () => {
  it('stays within 2,000 characters for any view of a 23-actor, 45-relation dataset', () => {
    const arbIds = fc.record({
      actors: fc.uniqueArray(arbLongSlug, { minLength: 23, maxLength: 23 }),
      relations: fc.uniqueArray(arbLongSlug, { minLength: 45, maxLength: 45 }),
    });
    fc.assert(
      fc.property(
        arbIds.chain(({ actors, relations }) =>
          arbView({
            actorId: fc.constantFrom(...actors),
            relationId: fc.constantFrom(...relations),
            datasetId: arbLongSlug,
            // Raw text: the serialiser itself must keep it short.
            query: arbRawQuery,
          }),
        ),
        (v) => {
          expect(serializeView(v, DATASET).length).toBeLessThanOrEqual(2000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays within 2,000 characters in the worst case', () => {
    const link = serializeView(worstCaseView(), DATASET);
    const query = new URLSearchParams(link).get('q') ?? '';
    expect(encodedLength(query)).toBe(URL_QUERY_MAX_ENCODED);
    expect(link.length).toBeLessThanOrEqual(2000);
    // Even ids of 100 characters leave room to spare.
    expect(serializeView(worstCaseView(100), DATASET).length).toBeLessThanOrEqual(2000);
  });
});
