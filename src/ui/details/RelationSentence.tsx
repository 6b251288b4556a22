/**
 * A relation as one sentence ("Russia accuses Ukraine"), with each part that comes from the data
 * (the two actors' labels and the type's verb) in a `<bdi>`: a label holding a right-to-left
 * override (U+202E) or right-to-left script then turns only itself around, never the words of
 * the sentence after it.
 */
import type { Relation } from '../../domain/dataset';
import { useExplorerDataset } from '../view/ExplorerContext';
import { type DatasetLookup, relationSentence, statusNote } from '../view/describe';

/** The sentence's parts: the actor first named, the verb, the other actor, and our status words. */
function sentenceParts(
  relation: Relation,
  lookup: DatasetLookup,
): { first: string; verb: string; second: string; status: string } | null {
  const text = relationSentence(relation, lookup);
  const status = statusNote(relation);
  const body = status !== '' && text.endsWith(status) ? text.slice(0, -status.length) : text;
  const source = lookup.actorLabel(relation.source);
  const target = lookup.actorLabel(relation.target);
  // An attendance names the participant first, whichever end of the relation it is.
  for (const [first, second] of [
    [source, target],
    [target, source],
  ] as const) {
    if (
      body.length > first.length + second.length + 1 &&
      body.startsWith(`${first} `) &&
      body.endsWith(` ${second}`)
    ) {
      const verb = body.slice(first.length + 1, body.length - second.length - 1);
      return { first, verb, second, status: body === text ? '' : status };
    }
  }
  return null;
}

export function RelationSentence({ relation }: { relation: Relation }) {
  const { lookup } = useExplorerDataset();
  const parts = sentenceParts(relation, lookup);
  if (parts === null) return <bdi>{relationSentence(relation, lookup)}</bdi>;
  return (
    <>
      <bdi>{parts.first}</bdi> <bdi>{parts.verb}</bdi> <bdi>{parts.second}</bdi>
      {parts.status}
    </>
  );
}
