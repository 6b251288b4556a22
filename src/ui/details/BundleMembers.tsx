/**
 * The relations drawn together with the selected one: a bundle of parallel relations is one
 * line on the canvas, and here each of them can be told apart and selected.
 */
import { useState } from 'react';

import type { Relation } from '../../domain/dataset';
import { countEvents, edgeBundles } from '../../domain/edgeBundles';
import { Pager, pageOf } from '../common/Pager';
import { useExplorerDataset, useView } from '../view/ExplorerContext';
import { countOf } from '../view/describe';
import { RelationSentence } from './RelationSentence';
import { SelectButton } from './SelectButton';

/** Members listed at a time: enough to scan, few enough to keep the selected one's facts in reach. */
export const MEMBERS_PER_PAGE = 10;
const EXCERPT_LENGTH = 90;

/** What tells a member apart from its siblings, which all read "Russia attacks Ukraine". */
function memberName(relation: Relation): string {
  if (relation.label) return relation.label;
  const quote = relation.evidence.find((evidence) => evidence.quote !== undefined)?.quote;
  if (quote !== undefined) {
    return quote.length > EXCERPT_LENGTH ? `${quote.slice(0, EXCERPT_LENGTH).trimEnd()}…` : quote;
  }
  const url = relation.evidence.find((evidence) => evidence.url !== undefined)?.url;
  return url ?? relation.id;
}

/** The members of the selected relation's bundle. */
export function BundleMembers({ relation }: { relation: Relation }) {
  const { dataset } = useExplorerDataset();
  // The list follows the relations the view shows, as the canvas's count does.
  const shownRelationIds = useView().visible.relationIds;
  const edge = edgeBundles(dataset).edgeOf.get(relation.id);
  const all = edge?.bundled ? edge.members : [];
  const shown = all.filter((member) => shownRelationIds.has(member.id));
  // When the filters hide the whole bundle, the list still says what it holds.
  const members = shown.length > 0 ? shown : all;
  const at = members.indexOf(relation);
  const selectedPage = at < 0 ? 0 : Math.floor(at / MEMBERS_PER_PAGE);
  // The page the user turned to, until the selection moves: then the selected member's page.
  const [turned, setTurned] = useState({ for: relation.id, page: selectedPage });
  if (!edge?.bundled) return null;

  const onPage = pageOf(
    members,
    turned.for === relation.id ? turned.page : selectedPage,
    MEMBERS_PER_PAGE,
  );
  const count = members.reduce((sum, member) => sum + countEvents(member), 0);
  const hiddenCount = all.length - shown.length;
  const turnTo = (next: number) => setTurned({ for: relation.id, page: next });

  return (
    <section className="bundle" aria-labelledby="details-bundle">
      <h3 id="details-bundle" className="bundle-title">
        {countOf(members.length, 'relation')}: <RelationSentence relation={relation} />
      </h3>
      <p className="muted">
        Drawn as one line in the graph, labelled ×{count.toLocaleString('en')}
        {count !== members.length ? ', the number of their events' : ''}.
        {shown.length > 0 && hiddenCount > 0 && ` The filters hide ${hiddenCount} more.`}
        {shown.length === 0 && ' The filters hide all of them.'}
      </p>
      <ol className="bundle-members" start={onPage.first + 1}>
        {onPage.items.map((member) => {
          const when = member.date ?? member.when;
          const events = member.events?.length ?? 0;
          return (
            <li key={member.id} className="bundle-member">
              {when && (
                <span className="muted">
                  <bdi>{when}</bdi>:{' '}
                </span>
              )}
              <SelectButton
                target={{ kind: 'relation', id: member.id }}
                current={member === relation}
              >
                <bdi>{memberName(member)}</bdi>
              </SelectButton>
              {events > 0 && <span className="muted"> ({countOf(events, 'event')})</span>}
            </li>
          );
        })}
      </ol>
      <Pager className="pager" label="Pages of these relations" of={onPage} onTurn={turnTo} />
    </section>
  );
}
