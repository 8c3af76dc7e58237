// @vitest-environment node
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import {
  knownTechnologies,
  knownTechnology
} from '../../../src/shared/technology/dictionary/known-technologies'
import { buildDictionary } from '../../../scripts/technology/build-dictionary'
import { readDictionarySources } from '../../../scripts/technology/dictionary-sources'
import {
  DICTIONARY_MODULE_PATH,
  dictionaryModuleText,
  REGENERATE_COMMAND
} from '../../../scripts/technology/dictionary-module'

const moduleUrl = new URL(`../../../${DICTIONARY_MODULE_PATH}`, import.meta.url)

describe('the generated technology dictionary', () => {
  it('is what the installed data sets and the reviewed lists give today', async () => {
    const sources = await readDictionarySources()
    const { entries } = buildDictionary(sources)
    const expected = await dictionaryModuleText(entries, sources.versions)
    const actual = readFileSync(moduleUrl, 'utf8')
    if (actual !== expected) {
      expect.fail(`${DICTIONARY_MODULE_PATH} is stale: run \`${REGENERATE_COMMAND}\` and commit it`)
    }
  }, 60_000)

  it('stays small: the renderer loads it on demand', () => {
    const gzipped = gzipSync(readFileSync(moduleUrl)).length
    console.log(`dictionary-data.ts: ${readFileSync(moduleUrl).length} bytes, ${gzipped} gzipped`)
    // Not in the first chunk (the web build puts it in the validate chunk, loaded when a
    // catalog is checked or imported); 20 KiB since the CNCF landscape joined (17 KiB then).
    expect(gzipped).toBeLessThan(20 * 1024)
  })

  it('knows well over a thousand technologies, each named once', () => {
    const entries = knownTechnologies()
    expect(entries.length).toBeGreaterThan(1200)
    const spellings = entries.flatMap((entry) => [entry.name, ...entry.aliases])
    expect(new Set(spellings.map((s) => s.toLowerCase())).size).toBe(spellings.length)
  })

  it('resolves the spellings people write to one canonical name', () => {
    const canonical = (spelling: string) => knownTechnology(spelling)?.name
    expect(canonical('golang')).toBe('Go')
    expect(canonical('k8s')).toBe('Kubernetes')
    expect(canonical('Amazon Web Services')).toBe('AWS')
    expect(canonical('postgres')).toBe('PostgreSQL')
    expect(canonical('Node')).toBe('Node.js')
    expect(canonical('NodeJS')).toBe('Node.js')
    expect(canonical('Apache Kafka')).toBe('Kafka')
    expect(canonical('Google BigQuery')).toBe('BigQuery')
    expect(canonical('S3')).toBe('Amazon S3')
    expect(canonical('AWS S3')).toBe('Amazon S3')
    expect(canonical('Flink')).toBe('Apache Flink')
    expect(canonical('VS Code')).toBe('Visual Studio Code')
    expect(canonical('ArgoCD')).toBe('Argo CD')
    // A name of several words written as one, as package names and badges write it.
    expect(canonical('ReadTheDocs')).toBe('Read the Docs')
    expect(canonical('NewRelic')).toBe('New Relic')
    expect(canonical('SumoLogic')).toBe('Sumo Logic')
  })

  it('gives each a category, a family where it has one and a simple-icons logo id', () => {
    expect(knownTechnology('Stripe')).toMatchObject({ category: 'payments', icon: 'stripe' })
    expect(knownTechnology('Mixpanel')).toMatchObject({ category: 'analytics' })
    expect(knownTechnology('Flutter')).toMatchObject({ category: 'mobile' })
    expect(knownTechnology('PyTorch')).toMatchObject({ category: 'ml' })
    expect(knownTechnology('Amazon S3')).toMatchObject({ family: 'AWS', icon: null })
    expect(knownTechnology('AWS Lambda')?.family).toBe('AWS')
    expect(knownTechnology('Google Cloud Storage')?.family).toBe('GCP')
    expect(knownTechnology('Loki')?.family).toBe('Grafana')
    expect(knownTechnology('GitHub Actions')?.family).toBe('GitHub')
    expect(knownTechnology('Kafka')).toMatchObject({ family: null, icon: 'apachekafka' })
  })

  it('knows every technology the bundled catalog registers, so the import preview agrees with the command line', () => {
    // The command line's import also reads the bundled catalog's registry; the preview does not.
    // Session 17, h114's QA: a Backstage tag "grafana-cloud" was Grafana Cloud on the command
    // line and no technology in the preview (Alertmanager alike).
    const bundled = readFileSync(new URL('../../../data/teleport.yaml', import.meta.url), 'utf8')
    const { technologies } = load(bundled) as { technologies: { name: string }[] }
    const names = technologies.map((technology) => technology.name)
    expect(names.length).toBeGreaterThan(20)
    expect(names.filter((name) => knownTechnology(name) === undefined)).toEqual([])
    expect(knownTechnology('Grafana Cloud')).toMatchObject({ family: 'Grafana' })
    // "Cloud" alone is anyone's cloud, not Grafana's.
    expect(knownTechnology('Cloud')).toBeUndefined()
  })

  it('leaves out brands that are not technologies', () => {
    for (const brand of [
      'Delta',
      'Target',
      'Amazon',
      'Airbnb',
      'Spotify',
      'Visa',
      'X',
      'Netflix'
    ]) {
      expect(knownTechnology(brand), brand).toBeUndefined()
    }
  })

  // QA (q29): a spreadsheet's imported catalog listed Python's aliases as "py, python3, rusthon".
  it('drops aliases that name something else: Rusthon is a transpiler, not a spelling of Python', () => {
    expect(knownTechnology('python3')?.name).toBe('Python')
    expect(knownTechnology('rusthon')).toBeUndefined()
    expect(knownTechnology('Python')?.aliases).not.toContain('rusthon')
  })

  it('leaves chat and meeting apps out: where a team talks is no technology of it', () => {
    // The rule the corpus labels follow too (tests/corpus/README.md, "Chat and meeting apps").
    for (const app of [
      'Slack',
      'Zoom',
      'Discord',
      'Mattermost',
      'Microsoft Teams',
      'Google Meet'
    ]) {
      expect(knownTechnology(app), app).toBeUndefined()
    }
  })

  it('marks everyday words as ambiguous and leaves distinctive names alone', () => {
    const ambiguous = (spelling: string) =>
      knownTechnology(spelling)?.ambiguous.includes(spelling) ?? false
    for (const word of ['Go', 'Rust', 'Swift', 'Chef', 'Salt', 'Spark', 'Ruby', 'Vault', 'Helm']) {
      expect(ambiguous(word), word).toBe(true)
    }
    for (const name of ['Kubernetes', 'PostgreSQL', 'Terraform', 'Python', 'TypeScript']) {
      expect(ambiguous(name), name).toBe(false)
    }
  })

  it('reads a phrase of everyday engineering words only as written ("API gateway" is none)', () => {
    // Session 18: "API gateway and service mesh" in a platform team's list made it a user of
    // Amazon API Gateway.
    const exact = (spelling: string) =>
      knownTechnology(spelling)?.exactCase.includes(spelling) ?? false
    for (const phrase of ['API Gateway', 'Cosmos DB', 'App Engine', 'Create React App']) {
      expect(exact(phrase), phrase).toBe(true)
    }
    expect(exact('Kubernetes')).toBe(false)
  })

  it('gives a ".js" library no bare name that is a word first', () => {
    for (const word of ['Chart', 'Wiki', 'Three', 'Cycle', 'Alpine']) {
      expect(knownTechnology(word), word).toBeUndefined()
    }
    expect(knownTechnology('Chart.js')?.aliases).toContain('ChartJS')
    expect(knownTechnology('Backbone')?.name).toBe('Backbone.js')
    expect(knownTechnology('Node')?.name).toBe('Node.js')
  })

  it('marks less common English words as ambiguous too, unless reviewed as technical', () => {
    const ambiguous = (spelling: string) =>
      knownTechnology(spelling)?.ambiguous.includes(spelling) ?? false
    // SCOWL's medium levels: "a semaphore" is no CI service, "a helix" no editor.
    for (const word of ['Semaphore', 'Helix', 'Expo', 'Glitch', 'Mono', 'Posit', 'Zed']) {
      expect(ambiguous(word), word).toBe(true)
    }
    for (const name of ['Storybook', 'Confluence', 'Markdown', 'Selenium', 'Maven', 'TS']) {
      expect(ambiguous(name), name).toBe(false)
    }
  })

  it('knows the infrastructure and observability projects of the CNCF landscape', () => {
    const canonical = (spelling: string) => knownTechnology(spelling)?.name
    expect(canonical('Zipkin')).toBe('Zipkin')
    expect(canonical('Mimir')).toBe('Grafana Mimir')
    expect(canonical('Tempo')).toBe('Grafana Tempo')
    expect(canonical('OPA')).toBe('Open Policy Agent')
    expect(canonical('Keda')).toBe('Keda')
    expect(knownTechnology('Grafana Mimir')).toMatchObject({
      category: 'observability',
      family: 'Grafana'
    })
    expect(knownTechnology('Tanka')?.category).toBe('tooling')
    // A landscape title another set already names adds spellings, not a second entry.
    expect(canonical('Flink')).toBe('Apache Flink')
    expect(canonical('Traefik')).toBe('Traefik Proxy')
    expect(canonical('Gradle Build Tool')).toBeUndefined()
    // Concepts and words first are left out ("Kubernetes distribution", "serverless").
    for (const word of ['Distribution', 'Architect', 'sso', 'No Code', 'Squash']) {
      expect(knownTechnology(word), word).toBeUndefined()
    }
  })

  it('makes a landscape name that is a word first need a technical context', () => {
    const ambiguous = (spelling: string) =>
      knownTechnology(spelling)?.ambiguous.includes(spelling) ?? false
    for (const word of [
      'Tempo',
      'Tanka',
      'Falcon',
      'Vector',
      'Teleport',
      'Polaris',
      'Memphis',
      'Octant',
      'Submariner',
      'Nitric'
    ]) {
      expect(ambiguous(word), word).toBe(true)
    }
    for (const name of ['Zipkin', 'Mimir', 'Kyverno', 'Karmada']) {
      expect(ambiguous(name), name).toBe(false)
    }
  })

  it('knows the query languages and the tools no data set names, reviewed by hand', () => {
    const canonical = (spelling: string) => knownTechnology(spelling)?.name
    // linguist's, kept although no other set corroborates them; written as teams write them.
    expect(canonical('SQL')).toBe('SQL')
    expect(canonical('PLpgSQL')).toBe('PL/pgSQL')
    expect(canonical('T-SQL')).toBe('T-SQL')
    expect(canonical('SCSS')).toBe('Sass')
    for (const name of ['Patroni', 'PgBouncer', 'Gitaly', 'Zoekt', 'DTrace', 'LTTng', 'Helmfile']) {
      expect(canonical(name), name).toBe(name)
    }
    expect(canonical('PGBouncer')).toBe('PgBouncer')
  })

  it('knows the Microsoft and Java EE stacks and the mainstream languages no set names', () => {
    const canonical = (spelling: string) => knownTechnology(spelling)?.name
    // Session 16's check of ~420 common developer technologies found these absent.
    for (const [spelling, name] of [
      ['ASP.NET', 'ASP.NET'],
      ['WinForms', 'Windows Forms'],
      ['WPF', 'WPF'],
      ['JSF', 'Jakarta Faces'],
      ['JPA', 'Jakarta Persistence'],
      ['Jetty', 'Eclipse Jetty'],
      ['WebSphere', 'IBM WebSphere'],
      ['objc', 'Objective-C'],
      ['VB.NET', 'Visual Basic .NET'],
      ['GKE', 'Google Kubernetes Engine'],
      ['RHEL', 'Red Hat Enterprise Linux']
    ]) {
      expect(canonical(spelling), spelling).toBe(name)
    }
    // An everyday word among them is known, and needs a technical context (ambiguous).
    expect(knownTechnology('Tornado')?.ambiguous).toEqual(['Tornado'])
  })

  it('knows the current data, ML, incident and security tools no set names', () => {
    const canonical = (spelling: string) => knownTechnology(spelling)?.name
    // Session 21's check of ~210 tools team pages name today found these absent.
    for (const [spelling, name] of [
      ['Dagster', 'Dagster'],
      ['marimo', 'marimo'],
      ['Great Expectations', 'Great Expectations'],
      ['Debezium', 'Debezium'],
      ['Hudi', 'Apache Hudi'],
      ['incident.io', 'incident.io'],
      ['Argo Workflows', 'Argo Workflows'],
      ['KMP', 'Kotlin Multiplatform'],
      ['Semgrep', 'Semgrep'],
      ['pgvector', 'pgvector'],
      ['HCP Terraform', 'Terraform Cloud']
    ]) {
      expect(canonical(spelling), spelling).toBe(name)
    }
    expect(knownTechnology('Kotlin Multiplatform')?.family).toBe('Kotlin')
    // Their everyday words need a technical context.
    for (const word of ['Iceberg', 'Plaid', 'Feast', 'Pants', 'Atlantis']) {
      expect(knownTechnology(word)?.ambiguous, word).toContain(word)
    }
    // So does the bundler's bare name, the data word for an aggregate ("hourly rollups").
    expect(knownTechnology('rollup')?.ambiguous).toContain('rollup')
  })
})
