/** The legend: every actor kind and relation type on the canvas, with its symbol and how many are shown. */
import { countBy } from '../../domain/counts';
import type { Dataset } from '../../domain/dataset';
import { DEFAULT_LOOK, type LookName } from '../../domain/looks';
import { RELATION_STATUSES, statusOf } from '../../domain/relationStatuses';
import { directedTypes, directionOf } from '../../domain/relationsOf';
import type { VisibleGraph } from '../../domain/visibleGraph';
import { RELATION_STATUS_ENCODING } from '../../graph/encoding';
import { LARGE_GRAPH_RELATIONS, graphScale } from '../../graph/levelOfDetail';
import type { Theme } from '../../graph/stylesheet';
import { ShownCount } from './ShownCount';
import { ActorSymbol, RelationSymbol, StatusSymbol } from './Symbols';

export function Legend({
  dataset,
  visible,
  theme,
  look = DEFAULT_LOOK,
}: {
  dataset: Dataset;
  visible: VisibleGraph;
  theme: Theme;
  look?: LookName;
}) {
  const kindCounts = countBy(
    dataset.actors.filter((actor) => visible.actorIds.has(actor.id)),
    (actor) => actor.kind,
  );
  const typeCounts = countBy(
    dataset.relations.filter((relation) => visible.relationIds.has(relation.id)),
    (relation) => relation.type,
  );
  const kindTotals = countBy(dataset.actors, (actor) => actor.kind);
  const typeTotals = countBy(dataset.relations, (relation) => relation.type);
  const { vocabulary } = dataset;
  const kinds = vocabulary.kinds.filter((kind) => kindCounts.has(kind.id));
  const types = vocabulary.types.filter((type) => typeCounts.has(type.id));
  const weighted = dataset.relations.some((relation) => relation.weight !== undefined);
  const withDirection = directedTypes(dataset);
  const direction = {
    directed: 'Arrows point from the actor who acts.',
    undirected: 'Lines are mutual: no relation here has a direction.',
    mixed: 'Arrows point from the actor who acts; lines without arrows are mutual.',
  }[directionOf(dataset)];
  // Only statuses with a mark of their own: an unmarked edge is one the article reports as happened.
  const statusCounts = countBy(
    dataset.relations.filter((relation) => visible.relationIds.has(relation.id)),
    statusOf,
  );
  const statusTotals = countBy(dataset.relations, statusOf);
  const statuses = RELATION_STATUSES.filter(
    (status) => RELATION_STATUS_ENCODING[status.id] && statusCounts.has(status.id),
  );

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="section-heading">
        Legend
      </h2>
      {kinds.length === 0 && types.length === 0 && <p className="muted">Nothing is shown.</p>}
      {look === 'file' && (
        <p className="legend-note muted">
          Actors are drawn as the file drew them, in its colours and sizes; choose “Shaped by kind”
          under Actors for the kinds’ shapes and colours.
        </p>
      )}
      <ul className="legend-list" aria-label="Actor kinds shown">
        {kinds.map((kind) => (
          <li key={kind.id}>
            {look === 'kind' && <ActorSymbol kind={kind.id} vocabulary={vocabulary} />}
            <span className="legend-label">{kind.label}</span>{' '}
            <ShownCount shown={kindCounts.get(kind.id) ?? 0} total={kindTotals.get(kind.id) ?? 0} />
          </li>
        ))}
      </ul>
      <ul className="legend-list" aria-label="Relation types shown">
        {types.map((type) => (
          <li key={type.id}>
            <RelationSymbol
              type={type.id}
              vocabulary={vocabulary}
              theme={theme}
              directed={withDirection.has(type.id)}
            />
            <span className="legend-label">{type.label}</span>{' '}
            <ShownCount shown={typeCounts.get(type.id) ?? 0} total={typeTotals.get(type.id) ?? 0} />
          </li>
        ))}
      </ul>
      {statuses.length > 0 && (
        <ul className="legend-list" aria-label="Relation statuses shown">
          {statuses.map((status) => (
            <li key={status.id}>
              <StatusSymbol status={status.id} />
              <span className="legend-label">{status.label}</span>{' '}
              <ShownCount
                shown={statusCounts.get(status.id) ?? 0}
                total={statusTotals.get(status.id) ?? 0}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="legend-note muted">
        {direction}
        {weighted && ' Wider lines carry more weight.'}
      </p>
      {graphScale(dataset) === 'large' && (
        <p className="legend-note muted">
          With over {LARGE_GRAPH_RELATIONS.toLocaleString('en')} relations every line is drawn solid
          and straight, so the graph moves smoothly: colour, arrow head and width tell the types
          apart, and a highlighted relation names its type.
        </p>
      )}
    </section>
  );
}
