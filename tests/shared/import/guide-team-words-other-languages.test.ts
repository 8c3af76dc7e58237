// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { imported } from '../../fixtures/guides'

/**
 * "Команды", "Equipos", "Équipes": the word "Teams" in the page's own language heads its list of
 * teams as "Teams" does (h131's sweep of real team pages, 2026-12-06: a retailer's Russian page of
 * its teams, each kind's list under "#### Команды", was imported as one team named "Команды").
 */
const teamNames = (markdown: string): string[] => {
  const collect = (unit: {
    teams: { name: string }[]
    groups?: { teams: { name: string }[]; groups?: unknown[] }[]
  }): string[] => [
    ...unit.teams.map((team) => team.name),
    ...(unit.groups ?? []).flatMap((group) => collect(group as never))
  ]
  return imported(markdown, { file: 'README.md' }).catalog.divisions.flatMap((division) =>
    collect(division as never)
  )
}

describe('the word for teams in another language', () => {
  it('heads a list of teams under a kind of team', () => {
    const page = `# Команды

Онлайн-разработка — самый молодой юнит компании.

### Platform Teams

Платформенные команды разрабатывают общие сервисы для других команд.

#### Команды

* [Ledger](ledger.md)
* [Routing](routing.md)
* [Billing](billing.md)

### Enabling Teams

Помогают другим командам осваивать новые технологии.

#### Команды

* [Build Tools](build_tools.md)
* [Test Lab](test_lab.md)
`
    expect(teamNames(page)).toEqual(['Ledger', 'Routing', 'Billing', 'Build Tools', 'Test Lab'])
  })

  it('heads a plain list of teams as the title', () => {
    const page = `# Equipos

* [Ledger](ledger.md)
* [Routing](routing.md)
* [Billing](billing.md)
`
    expect(teamNames(page)).toEqual(['Ledger', 'Routing', 'Billing'])
  })
})
