import { useMemo, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { catalogInterests, interestEvidence } from '../../../shared/fit/interests'
import { rankTeams } from '../../../shared/fit/rank'
import { technologyIndex } from '../../../shared/lens/technology-index'
import { hiringTeamIds } from '../../../shared/org/open-roles'
import { nodeId } from '../../../shared/tree/org-tree'
import { useAppStore, useCatalog } from '../store/store'
import { TechnologyFilter, useTechnologyFilter } from './TechnologyFilter'

const MAX_REASONS = 4

/**
 * "Find your team", for candidates: pick the technologies you know and what interests you;
 * teams come back ranked with their score and the reasons. All computed here, offline.
 */
export function FitPanel() {
  const catalog = useCatalog()
  const { fit, toggleFitTechnology, toggleFitInterest, setFitOnlyHiring, clearFit, reveal } =
    useAppStore(
      useShallow((s) => ({
        fit: s.fit,
        toggleFitTechnology: s.toggleFitTechnology,
        toggleFitInterest: s.toggleFitInterest,
        setFitOnlyHiring: s.setFitOnlyHiring,
        clearFit: s.clearFit,
        reveal: s.reveal
      }))
    )
  // Evidence is the expensive part (text matching over every team): once per catalog.
  const evidence = useMemo(() => interestEvidence(catalog), [catalog])
  const interests = useMemo(() => catalogInterests(catalog, evidence), [catalog, evidence])
  const technologies = useMemo(
    () => technologyIndex(catalog).filter((usage) => usage.teams.length > 0),
    [catalog]
  )
  const { query, setQuery, shown } = useTechnologyFilter(catalog, technologies)
  const ranking = useMemo(() => rankTeams(catalog, fit, evidence), [catalog, fit, evidence])
  const asked = fit.technologies.length + fit.interests.length > 0
  const anyHiring = useMemo(() => hiringTeamIds(catalog).size > 0, [catalog])

  return (
    <div className="fit" aria-label="Find your team" role="region" data-asked={asked}>
      <div className="fit__choose">
        <p className="fit__intro">
          Pick what you know and what you would like to work on; the teams that fit come first.
        </p>
        <h3 id="fit-interests">Interests</h3>
        <ul className="fit__choices" aria-labelledby="fit-interests">
          {interests.map((interest) => (
            <Choice
              key={interest.id}
              chosen={fit.interests.includes(interest.id)}
              title={interest.description}
              onToggle={() => toggleFitInterest(interest.id)}
            >
              {interest.label}
            </Choice>
          ))}
        </ul>
        {anyHiring && (
          // Only for a catalog with open roles: elsewhere it would empty every ranking.
          <label className="fit__hiring">
            <input
              type="checkbox"
              checked={fit.onlyHiring === true}
              onChange={(event) => setFitOnlyHiring(event.target.checked)}
            />{' '}
            Only teams that are hiring
          </label>
        )}
        <h3 id="fit-technologies">Technologies you know</h3>
        <TechnologyFilter label="Filter your technologies" query={query} onChange={setQuery} />
        <ul className="fit__choices" aria-labelledby="fit-technologies">
          {shown.map((usage) => (
            <Choice
              key={usage.name}
              chosen={fit.technologies.includes(usage.name)}
              onToggle={() => toggleFitTechnology(usage.name)}
            >
              {usage.name}
            </Choice>
          ))}
        </ul>
        {/* As the lens says it: an empty list alone reads as a page that broke. */}
        {shown.length === 0 && query.trim() !== '' && (
          <p className="fit__empty">No team here uses a technology matching “{query.trim()}”.</p>
        )}
      </div>

      <div className="fit__results-pane">
        <div className="fit__results-head">
          <h3 id="fit-results">Teams that fit</h3>
          {asked && (
            <button type="button" className="lens__clear" onClick={clearFit}>
              Clear
            </button>
          )}
        </div>
        {!asked && <p className="fit__empty">Choose an interest or a technology above.</p>}
        {asked && ranking.length === 0 && (
          <p className="fit__empty">No team matches these choices yet; try fewer or others.</p>
        )}
        <ol className="fit__results" aria-labelledby="fit-results">
          {ranking.map((result, rank) => (
            <li key={result.team} className="fit-result" data-team={result.team}>
              <button
                type="button"
                className="fit-result__head"
                onClick={() => reveal(nodeId.team({ id: result.team }))}
                title="Show this team in the chart"
              >
                <span className="fit-result__rank">{rank + 1}</span>
                <span className="fit-result__name">{result.name}</span>
                {result.hiring && <span className="tag fit-result__hiring">hiring</span>}
                <span className="fit-result__score" aria-label={`score ${result.score} of 100`}>
                  {result.score}
                </span>
              </button>
              <span className="fit-result__bar" aria-hidden="true">
                <span style={{ width: `${result.score}%` }} />
              </span>
              <ul className="fit-result__reasons">
                {result.reasons.slice(0, MAX_REASONS).map((reason, i) => (
                  <li key={i} className={reason.kind === 'role' ? 'fit-result__role' : undefined}>
                    {reason.text}
                  </li>
                ))}
                {result.reasons.length > MAX_REASONS && (
                  <li className="fit__more">+{result.reasons.length - MAX_REASONS} more reasons</li>
                )}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}

/** An interest or a technology the candidate can choose: a toggle button, pressed while chosen. */
function Choice(props: {
  chosen: boolean
  title?: string
  onToggle: () => void
  children: ReactNode
}) {
  return (
    <li>
      <button
        type="button"
        className="choice"
        aria-pressed={props.chosen}
        title={props.title}
        onClick={props.onToggle}
      >
        {props.children}
      </button>
    </li>
  )
}
