/**
 * Backstage's well-known annotations (backstage.io/docs/features/software-catalog/well-known-annotations)
 * whose key names the tool that builds, deploys or watches an entity: the tool is a technology
 * the owning team works with. Where the code is hosted (github.com/project-slug,
 * backstage.io/source-location) is left out: it says nothing of what the team builds with.
 */
const TOOL_BY_PREFIX: Record<string, string> = {
  'buildkite.com': 'Buildkite',
  'circleci.com': 'CircleCI',
  'travis-ci.com': 'Travis CI',
  'jenkins.io': 'Jenkins',
  'sonarqube.org': 'SonarQube',
  'pagerduty.com': 'PagerDuty',
  'opsgenie.com': 'Opsgenie',
  'sentry.io': 'Sentry',
  'rollbar.com': 'Rollbar',
  'airbrake.io': 'Airbrake',
  'newrelic.com': 'New Relic',
  'datadoghq.com': 'Datadog',
  'dynatrace.com': 'Dynatrace',
  'splunk.com': 'Splunk',
  grafana: 'Grafana',
  argocd: 'Argo CD',
  'snyk.io': 'Snyk',
  'lighthouse.com': 'Lighthouse'
}

/** backstage.io annotations that say the entity runs on a tool. */
const TOOL_BY_KEY: Record<string, string> = {
  'backstage.io/kubernetes-id': 'Kubernetes',
  'backstage.io/kubernetes-label-selector': 'Kubernetes',
  'backstage.io/kubernetes-namespace': 'Kubernetes'
}

/** The tools an entity's annotations name, as written in the table (the caller resolves them). */
export function annotationTools(annotations: Record<string, unknown>): string[] {
  const tools: string[] = []
  for (const key of Object.keys(annotations)) {
    const lower = key.toLowerCase()
    const tool = TOOL_BY_KEY[lower] ?? TOOL_BY_PREFIX[lower.split('/')[0]]
    if (tool && !tools.includes(tool)) tools.push(tool)
  }
  return tools
}
