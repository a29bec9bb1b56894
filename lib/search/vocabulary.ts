// A sorted list of distinct terms, each with the ids that contain it, packed into two typed
// arrays: a prefix lookup is one binary search, and 60,000 units cost a few hundred kilobytes.

export interface Vocabulary {
  /** Distinct terms in ascending code-unit order. */
  terms: string[];
  /** Postings of terms[i] are postings[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Collects (term, id) pairs; ids must be added in ascending order per term. */
export class VocabularyBuilder {
  private readonly byTerm = new Map<string, number[]>();
  private size = 0;

  add(term: string, id: number): void {
    const ids = this.byTerm.get(term);
    if (ids === undefined) {
      this.byTerm.set(term, [id]);
      this.size++;
    } else if (ids[ids.length - 1] !== id) {
      ids.push(id);
      this.size++;
    }
  }

  build(): Vocabulary {
    const terms = [...this.byTerm.keys()].sort();
    const offsets = new Uint32Array(terms.length + 1);
    const postings = new Uint32Array(this.size);
    let at = 0;
    terms.forEach((term, i) => {
      offsets[i] = at;
      for (const id of this.byTerm.get(term) ?? []) postings[at++] = id;
    });
    offsets[terms.length] = at;
    return { terms, offsets, postings };
  }
}

/** First index whose term is >= `text`. */
export function lowerBound(terms: readonly string[], text: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** [from, to): the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  return [lowerBound(terms, prefix), lowerBound(terms, prefix + '\uffff')];
}
