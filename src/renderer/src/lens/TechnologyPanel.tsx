import { memo, useDeferredValue, useId, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Catalog } from '../../../shared/catalog/catalog'
import { LENS_MODES } from '../../../shared/lens/lens-modes'
import { hiringTeamIds } from '../../../shared/org/open-roles'
import { TECHNOLOGY_CATEGORIES } from '../../../shared/technology/dictionary/dictionary-categories'
import {
  lensCount,
  lensTeamCount,
  rankByLensCount,
  technologyIndex,
  type TechnologyUsage
} from '../../../shared/lens/technology-index'
import { countLabel } from '../../../shared/text'
import { textColorOn } from '../../../shared/theme/palette'
import { useLensView } from '../store/derived-lens'
import { useAppStore, useCatalog } from '../store/store'
import { Checkbox } from '../controls/Checkbox'
import { Segmented } from '../controls/Segmented'
import { TechnologyFilter, useTechnologyFilter } from './TechnologyFilter'
import { TechnologyLogo } from '../technology/TechnologyLogo'
import { useRovingTabStop } from './useRovingTabStop'

const NO_USAGES: readonly TechnologyUsage[] = []

const CATEGORY_LABEL: Record<string, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  frontend: 'Frontend',
  infrastructure: 'Infrastructure as code',
  cloud: 'Cloud',
  observability: 'Observability',
  data: 'Data',
  security: 'Security',
  protocol: 'Protocols',
  'ci-cd': 'CI/CD',
  tooling: 'Tooling',
  platform: 'Platforms'
}

/**
 * The technology lens: pick technologies and see at once which teams use them. Lists every
 * technology by category with "used by N teams", most shared first; search matches aliases.
 */
export function TechnologyPanel() {
  // The lists follow a newly opened catalog in a deferred render, after the frame that draws its
  // chart: at 1,000 teams they are 1,400 elements, their index and their layout, which the chart
  // a person waits for does not need. Meanwhile they show the catalog before, marked busy; the
  // heading's count is the new catalog's at once. The panel's first render (the page's first
  // chart) has no catalog before: the lists are empty and busy until the deferred render.
  const current = useCatalog()
  const listed = useDeferredValue<Catalog | null>(current, null)
  const stale = listed !== current
  const catalog = listed ?? current
  const { lens, match, counts, colorOf } = useLensView()
  const { hideNonMatches, connect } = useAppStore(
    useShallow((s) => ({ hideNonMatches: s.hideNonMatches, connect: s.connect }))
  )
  const actions = useAppStore(
    useShallow((s) => ({
      toggle: s.toggleTechnology,
      setLens: s.setLens,
      clear: s.clearLens,
      setPreview: s.setPreview,
      setHide: s.setHideNonMatches,
      setConnect: s.setConnect
    }))
  )

  const index = useMemo(() => (listed ? technologyIndex(listed) : NO_USAGES), [listed])
  const hiringTeams = useMemo(() => hiringTeamIds(catalog).size, [catalog])
  const count = (usage: TechnologyUsage) => lensTeamCount(usage, lens.includeMentions)
  const ranked = useMemo(
    () => rankByLensCount(index, lens.includeMentions),
    [index, lens.includeMentions]
  )
  const { query, setQuery, shown: visible } = useTechnologyFilter(catalog, ranked)
  const shared = ranked.filter((usage) => count(usage) >= 2)
  // Each list is one Tab stop; arrows move inside it.
  const { attach: attachShared, ...sharedKeys } = useRovingTabStop('.shared-tech')
  const { attach: attachList, ...listKeys } = useRovingTabStop('.lens__row input')
  const hintId = useId()

  return (
    <section className="lens" aria-label="Technology lens">
      <div className="lens__head">
        <h2>Technologies</h2>
        <span className="lens__count" role="status" aria-live="polite" data-testid="match-count">
          {match.active
            ? `${counts.matching} of ${countLabel(counts.teams, 'team')}`
            : countLabel(counts.teams, 'team')}
        </span>
      </div>
      <TechnologyFilter label="Filter technologies" query={query} onChange={setQuery} />
      <div className="lens__options">
        <Segmented
          label="Match mode"
          options={LENS_MODES}
          value={lens.mode}
          onChange={(mode) => actions.setLens({ mode })}
          text={(mode) => (mode === 'any' ? 'Any' : 'All')}
          title={(mode) =>
            mode === 'any' ? 'Teams with any selected technology' : 'Teams with all of them'
          }
        />
        <Checkbox
          checked={lens.includeMentions}
          onChange={(includeMentions) => actions.setLens({ includeMentions })}
        >
          Include mentioned
        </Checkbox>
        {hiringTeams > 0 && (
          // Only for a catalog with open roles: a version 1 catalog has nothing to filter by.
          <Checkbox
            className="lens__hiring"
            checked={lens.hiring === true}
            onChange={(hiring) => actions.setLens({ hiring })}
          >
            Hiring now <span className="lens__n">{countLabel(hiringTeams, 'team')}</span>
          </Checkbox>
        )}
        <Checkbox checked={hideNonMatches} onChange={actions.setHide}>
          Hide non-matching
        </Checkbox>
        <Checkbox checked={connect} onChange={actions.setConnect}>
          Connect teams
        </Checkbox>
      </div>

      {(lens.technologies.length > 0 || lens.hiring) && (
        <div className="lens__legend" aria-label="Selected technologies">
          {lens.hiring && (
            <button
              type="button"
              className="legend-chip legend-chip--hiring"
              onClick={() => actions.setLens({ hiring: false })}
              aria-label="Remove Hiring now"
            >
              Hiring now <span aria-hidden="true">×</span>
            </button>
          )}
          {lens.technologies.map((name) => (
            <button
              key={name}
              type="button"
              className="legend-chip"
              style={{ background: colorOf(name), color: textColorOn(colorOf(name)!) }}
              onClick={() => actions.toggle(name)}
              aria-label={`Remove ${name}`}
            >
              {name} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" className="lens__clear" onClick={actions.clear}>
            Clear all
          </button>
        </div>
      )}

      <div className="lens__scroll" aria-busy={stale || undefined}>
        {!query && shared.length > 0 && (
          <section aria-label="Shared technologies">
            <h3>Shared by 2+ teams</h3>
            <ol
              className="lens__shared"
              aria-describedby={hintId}
              ref={attachShared}
              {...sharedKeys}
            >
              {shared.map((usage) => (
                <li key={usage.name}>
                  <button
                    type="button"
                    className="shared-tech"
                    aria-pressed={lens.technologies.includes(usage.name)}
                    onClick={() => actions.toggle(usage.name)}
                    onMouseEnter={() => actions.setPreview(usage.name)}
                    onMouseLeave={() => actions.setPreview(undefined)}
                  >
                    <span>
                      <TechnologyLogo name={usage.name} size={12} />
                      {usage.name}
                    </span>
                    <span className="lens__n">{count(usage)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        )}
        <p id={hintId} hidden>
          Arrow keys move between technologies; Space selects.
        </p>
        <div
          role="group"
          aria-label="All technologies"
          aria-describedby={hintId}
          ref={attachList}
          {...listKeys}
        >
          {TECHNOLOGY_CATEGORIES.map((category) => {
            const items = visible.filter((usage) => usage.category === category)
            if (items.length === 0) return null
            return (
              <section key={category} aria-label={CATEGORY_LABEL[category]}>
                <h3>{CATEGORY_LABEL[category]}</h3>
                <ul className="lens__list">
                  {items.map((usage) => (
                    <TechnologyRow
                      key={usage.name}
                      usage={usage}
                      includeMentions={lens.includeMentions}
                      color={colorOf(usage.name)}
                    />
                  ))}
                </ul>
              </section>
            )
          })}
        </div>
        {/* While the lists are on their way (busy), not "none": they may well have some. */}
        {visible.length === 0 && listed !== null && (
          <p className="lens__empty">
            {ranked.length === 0
              ? 'No team in this catalog names a technology yet.'
              : `No technology matches “${query}”.`}
          </p>
        )}
      </div>
    </section>
  )
}

/** Memoized: a selection change re-renders only the rows whose colour or count changed. */
const TechnologyRow = memo(function TechnologyRow(props: {
  usage: TechnologyUsage
  includeMentions: boolean
  color?: string
}) {
  const { usage, includeMentions, color } = props
  // A family counts its members' teams too, and says how many came through which member.
  const { teams: count, via, viaMembers } = lensCount(usage, includeMentions)
  const toggle = useAppStore((s) => s.toggleTechnology)
  const setPreview = useAppStore((s) => s.setPreview)
  const mentionsOnly = usage.mentionTeams.length
  return (
    <li
      onMouseEnter={() => setPreview(usage.name)}
      onMouseLeave={() => setPreview(undefined)}
      className="lens__row"
    >
      <label>
        <input
          type="checkbox"
          checked={color !== undefined}
          onChange={() => toggle(usage.name)}
          style={color ? { accentColor: color } : undefined}
        />
        <span
          className="lens__name"
          title={usage.aliases.length ? `Also: ${usage.aliases.join(', ')}` : undefined}
        >
          {/* The logo stays beside the name's first word however the row wraps. */}
          <span className="lens__tech">
            <TechnologyLogo name={usage.name} size={12} />
            <span>{usage.name}</span>
          </span>
          {usage.members.length > 0 && (
            // A family: its count takes in its members' teams; say through which (all of them,
            // for a family no team names: "AWS — 4 teams, via Amazon EKS, Amazon S3, …").
            <span className="lens__family" title={familyTitle(usage)}>
              {via === 0
                ? `with ${usage.members.join(', ')}`
                : `${via < count ? `${via} ` : ''}via ${viaMembers.join(', ')}`}
            </span>
          )}
        </span>
        <span
          className="lens__n"
          title={`${usage.stackTeams.length} in a stated stack, ${mentionsOnly} mentioned`}
        >
          {countLabel(count, 'team')}
          {!includeMentions && mentionsOnly > 0 && (
            <span className="lens__mentioned"> +{mentionsOnly} mentioned</span>
          )}
        </span>
      </label>
    </li>
  )
})

/** A family row's tooltip: its members, and for an implied family where it comes from. */
function familyTitle(usage: TechnologyUsage): string {
  const members = `Family of ${usage.members.join(', ')}`
  return usage.implied
    ? `${members}: the technology dictionary's family for them (the catalog does not list ${usage.name})`
    : members
}
