/** The legend: every actor kind and relation type on the canvas, with its symbol and how many are shown. */
import { countOfId, isShown } from '../../domain/counts';
import { RELATION_STATUS_ENCODING } from '../../domain/encoding';
import { RELATION_STATUSES } from '../../domain/relationStatuses';
import { directedTypes, directionOf } from '../../domain/relationsOf';
import { LARGE_GRAPH_RELATIONS, graphScale } from '../../graph/levelOfDetail';
import { useExplorerDataset, useExplorerTheme, useView } from '../view/ExplorerContext';
import { CommunityLegend } from './CommunityLegend';
import { ShownCount } from './ShownCount';
import { ActorSymbol, RelationSymbol, StatusSymbol } from './Symbols';

export function Legend() {
  const { dataset } = useExplorerDataset();
  const theme = useExplorerTheme();
  const {
    view: { look },
    counts,
  } = useView();
  const { vocabulary } = dataset;
  const kinds = vocabulary.kinds.filter((kind) => isShown(counts.kinds, kind.id));
  const types = vocabulary.types.filter((type) => isShown(counts.types, type.id));
  const weighted = dataset.relations.some((relation) => relation.weight !== undefined);
  const withDirection = directedTypes(dataset);
  const direction = {
    directed: 'Arrows point from the actor who acts.',
    undirected: 'Lines are mutual: no relation here has a direction.',
    mixed: 'Arrows point from the actor who acts; lines without arrows are mutual.',
  }[directionOf(dataset)];
  // Only statuses with a mark of their own: an unmarked edge is one the article reports as happened.
  const statuses = RELATION_STATUSES.filter(
    (status) => RELATION_STATUS_ENCODING[status.id] && isShown(counts.statuses, status.id),
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
      {look === 'community' && <CommunityLegend />}
      <ul className="legend-list" aria-label="Actor kinds shown">
        {kinds.map((kind) => (
          <li key={kind.id}>
            {look === 'kind' && <ActorSymbol kind={kind.id} vocabulary={vocabulary} />}
            <span className="legend-label">{kind.label}</span>{' '}
            <ShownCount {...countOfId(counts.kinds, kind.id)} />
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
            <ShownCount {...countOfId(counts.types, type.id)} />
          </li>
        ))}
      </ul>
      {statuses.length > 0 && (
        <ul className="legend-list" aria-label="Relation statuses shown">
          {statuses.map((status) => (
            <li key={status.id}>
              <StatusSymbol status={status.id} />
              <span className="legend-label">{status.label}</span>{' '}
              <ShownCount {...countOfId(counts.statuses, status.id)} />
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
          and straight, so the graph moves smoothly: colour and width tell the types apart, and the
          relations of a hovered or selected actor show their arrow heads and name their type.
        </p>
      )}
    </section>
  );
}
