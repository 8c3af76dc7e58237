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

  it('reads "Equipo de X" headings under "Equipos de ingeniería" as teams, and their "Tecnologías:" as stack', () => {
    // Session 21, a made-up Spanish page: the title's "de ingeniería" hid the word for teams,
    // "Equipo" was no word for a team, and the whole page was read as one team of that title.
    const page = `# Equipos de ingeniería

## Equipo de Pagos
Responsable de los cobros. Tecnologías: Java, Kafka.

## Equipo de Identidad
Gestiona el inicio de sesión. Tecnologías: Go, PostgreSQL.

## Equipo de Datos
Construye los informes.
`
    const catalog = imported(page, { file: 'README.md' }).catalog
    expect(teamNames(page)).toEqual(['Equipo de Pagos', 'Equipo de Identidad', 'Equipo de Datos'])
    const pagos = catalog.divisions[0].teams[0]
    expect(pagos.stack).toEqual(['Java', 'Kafka'])
  })

  it('takes "Команды мобильного приложения" (teams of the mobile app) as a list of teams', () => {
    // h131's sweep (session 20): a retailer's Russian index page, its teams under headings
    // meaning "Teams of the … app", was read with those headings as teams.
    const page = `# Разработка

## Команды мобильного приложения

* [Каталог](catalog.md)
* [Корзина](cart.md)

## Команды веб-приложения

* [Поиск](search.md)
* [Оплата](payment.md)
`
    expect(teamNames(page)).toEqual(['Каталог', 'Корзина', 'Поиск', 'Оплата'])
    // Each heading is the group its teams make up, as "Mobile app teams" is in English.
    const groups = imported(page, { file: 'README.md' }).catalog.divisions.flatMap((division) =>
      (division.groups ?? []).map((group) => [group.name, group.teams.map((team) => team.name)])
    )
    expect(groups).toEqual([
      ['Команды мобильного приложения', ['Каталог', 'Корзина']],
      ['Команды веб-приложения', ['Поиск', 'Оплата']]
    ])
  })

  it('reads "Equipos de Plataforma" over its list as the group of those teams', () => {
    const page = `# Ingeniería

## Equipos de Plataforma

* [Cómputo](computo.md)
* [Redes](redes.md)

## Equipos de Datos

* [Pagos](pagos.md)
* [Búsqueda](busqueda.md)
`
    const groups = imported(page, { file: 'README.md' }).catalog.divisions.flatMap((division) =>
      (division.groups ?? []).map((group) => group.name)
    )
    expect(groups).toEqual(['Equipos de Plataforma', 'Equipos de Datos'])
    expect(teamNames(page)).toEqual(['Cómputo', 'Redes', 'Pagos', 'Búsqueda'])
  })

  it('takes "Unsere Teams", "Nos équipes", "Squadre di sviluppo" as the list of teams', () => {
    for (const title of [
      'Unsere Teams',
      'Nos équipes',
      'Squadre di sviluppo',
      'Équipes d’ingénierie'
    ]) {
      const page = `# ${title}

## Équipe Paiements
Gère les paiements.

## Équipe Identité
Gère la connexion.
`
      expect(teamNames(page), title).toEqual(['Équipe Paiements', 'Équipe Identité'])
    }
  })

  it('reads "決済チーム" sections under "開発チーム" as teams, "技術スタック:" after a "。" as their stack', () => {
    // Session 21, a made-up Japanese page: "チーム" (team) is written against the name, with no
    // space; "担当" (in charge of) says what a team owns; a sentence ends at "。" with no space.
    const page = `# 開発チーム

## 決済チーム
決済システムを担当しています。技術スタック: Go, PostgreSQL

## 検索チーム
検索基盤を担当しています。技術スタック: Elasticsearch, Java
`
    const catalog = imported(page, { file: 'README.md' }).catalog
    expect(catalog.divisions.map((division) => division.name)).toEqual(['開発チーム'])
    expect(teamNames(page)).toEqual(['決済チーム', '検索チーム'])
    expect(catalog.divisions[0].teams[0].stack).toEqual(['Go', 'PostgreSQL'])
  })
})
