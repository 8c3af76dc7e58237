/**
 * The catalog `orgscope init` writes: small, valid, and commented so that someone who has never
 * seen the format can fill it in. A test loads it through the real loader, so it cannot drift
 * from the schema.
 */
export const STARTER_CATALOG_YAML = `# OrgScope catalog: your engineering organization as one human-readable file.
#
# Edit it, then check it with:   npm run orgscope -- validate catalog.yaml
# Every problem is reported as file:line:column with a hint. The full format is described by
# data/catalog.schema.json in the OrgScope repository (editors with a YAML language server can
# use it for completion).

# schemaVersion: the format version. Leave it at 1.
schemaVersion: 1

company:
  # name: shown at the root of the chart.
  name: Acme
  # summary: one or two sentences about the engineering organization.
  summary: Acme builds tools that help small teams ship reliable software.
  # source: optional; where this content comes from (a handbook page, a wiki).
  source: Written by hand

# The technology registry: every technology a team or project refers to must be listed here once.
# - name: the canonical spelling shown in the app ("Go", not "golang").
# - aliases: other spellings that mean the same technology; matched case-insensitively.
# - category: one of language, framework, frontend, infrastructure, cloud, observability, data,
#   security, protocol, ci-cd, tooling, platform. The technology lens groups by it.
# - description: optional, one line.
technologies:
  - name: Go
    aliases: [Golang]
    category: language
    description: Compiled language for services and command-line tools
  - name: TypeScript
    aliases: [TS]
    category: language
  - name: React
    aliases: [React.js]
    category: frontend
  - name: PostgreSQL
    aliases: [Postgres]
    category: data
  - name: Kubernetes
    aliases: [k8s]
    category: platform

# Divisions group teams; each needs at least one team.
divisions:
  # id: unique across all divisions and teams, kebab-case (lowercase letters, digits, hyphens).
  # name and summary: what the chart shows for the division.
  - id: product-engineering
    name: Product Engineering
    summary: Builds and runs the product customers use every day.
    teams:
      - id: web-app
        name: Web App
        # status: active, or forming for a team that is still being defined.
        status: active
        summary: Owns the customer-facing web application, from sign-up to billing.
        # stack: the technologies the team states as its toolset (names or aliases from above).
        stack: [TypeScript, React]
        # mentions: technologies the team works with or talks about without calling them its stack.
        mentions: [Go]
        projects:
          # title is required; status is current (being worked on), recent (shipped lately) or
          # planned; summary, technologies and links are optional.
          - title: New onboarding flow
            status: current
            summary: A guided first-run experience that gets new users to their first project.
            technologies: [React]
            # links: a label and a url each; they open in the system browser (http, https and
            # mailto only).
            links:
              - label: Design document
                url: https://example.com/docs/onboarding
          - title: Faster dashboard
            status: recent
            summary: Halved the dashboard's load time by streaming data as it arrives.
        links:
          - label: Team page
            url: https://example.com/teams/web-app

      - id: platform
        name: Platform
        status: forming
        summary: Will run the shared infrastructure every product team deploys to.
        stack: [Go, Kubernetes, PostgreSQL]
        mentions: []
        projects:
          - title: Shared deployment pipeline
            status: planned
            technologies: [Kubernetes]
        links:
          - label: Contact the team
            url: mailto:platform@example.com
`
