// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { familyOf } from '../../../src/shared/technology/dictionary/known-technologies'
import { TechnologyDictionary } from '../../../src/shared/technology/technology-dictionary'
import { threadCpuMs } from '../../fixtures/thread-cpu'

const dictionary = new TechnologyDictionary()
const names = (text: string, context: 'prose' | 'list' = 'prose') =>
  dictionary.find(text, context).map((match) => match.name)

describe('recognizing technologies with the generated dictionary', () => {
  it('finds multi-word names, longest first, in any case when the name is distinctive', () => {
    expect(names('Backups go to Google Cloud Storage, logs to google cloud logging.')).toEqual([
      'Google Cloud Storage',
      'GCP'
    ])
    expect(names('We run POSTGRESQL and kubernetes on Amazon Web Services.')).toEqual([
      'PostgreSQL',
      'Kubernetes',
      'AWS'
    ])
    expect(names('Argo-CD, ArgoCD and Argo CD')).toEqual(['Argo CD', 'Argo CD', 'Argo CD'])
  })

  it('reads a short lower-case name written in capitals or capitalized, as names are written', () => {
    expect(names('Install Node.js with NVM.')).toEqual(['Node.js', 'nvm'])
    expect(names('Webpack, Gulp, Babel', 'list')).toEqual(['Webpack', 'gulp', 'Babel'])
    // An everyday word still needs its context: a sentence opening on it names nothing.
    expect(names('Gulp down the coffee, then ship.')).toEqual([])
  })

  it('reads spelling variants to one canonical name', () => {
    expect(names('Node, NodeJS and Node.js; Postgres; golang; k8s; S3 buckets')).toEqual([
      'Node.js',
      'Node.js',
      'Node.js',
      'PostgreSQL',
      'Go',
      'Kubernetes',
      'Amazon S3'
    ])
  })

  it('counts everyday words only where the text is technical', () => {
    expect(names("Let's go. A pinch of salt. Spark joy. The vault door. Chef's kiss.")).toEqual([])
    expect(names('Go to the docs before you deploy to Kubernetes.')).toEqual(['Kubernetes'])
    expect(names('The service is written in Go and deployed with Helm.')).toEqual(['Go', 'Helm'])
    expect(names('We maintain Spark jobs and a few Rust services.')).toEqual(['Spark', 'Rust'])
    // "Vault infrastructure": what the name runs on says it is the product (a security
    // team's ownership list); "the vault infrastructure" in lower case stays a word.
    expect(names('Management and upkeep of Vault infrastructure and policies')).toEqual(['Vault'])
    expect(names('Upkeep of the vault infrastructure of the bank')).toEqual([])
    // Added by hand (no data set has them): GitLab's CI as its own product, in GitLab's family.
    expect(names('Running GitLab CI pipelines in k8s')).toEqual(['GitLab CI', 'Kubernetes'])
    expect(names('Upkeep of the Pritunl VPN platform')).toEqual(['Pritunl'])
    expect(familyOf(dictionary.lookup('GitLab CI/CD')?.name ?? '')).toBe('GitLab')
    expect(names('Configuration with Chef, Salt and Puppet.')).toEqual(['Chef', 'Salt', 'Puppet'])
    expect(names('Secrets live in Vault next to our Terraform code.')).toEqual([
      'Vault',
      'Terraform'
    ])
  })

  it('counts everyday words in a technology list, any case', () => {
    expect(names('go', 'list')).toEqual(['Go'])
    expect(names('Go, Rust', 'list')).toEqual(['Go', 'Rust'])
  })

  it('explains each match, with a lower confidence for what context decided', () => {
    const [kubernetes, go] = dictionary.find('Kubernetes operators written in Go')
    expect(kubernetes).toMatchObject({ name: 'Kubernetes', confidence: 'high' })
    expect(go).toMatchObject({
      name: 'Go',
      text: 'Go',
      start: 32,
      end: 34,
      confidence: 'medium',
      why: 'after "written in"'
    })
  })

  it('ignores names inside addresses and words', () => {
    expect(names('See https://github.com/facebook/react and docs@react.dev.')).toEqual([])
    expect(names('Gopher, Ergo and Pythonic are words.')).toEqual([])
    expect(names('C++ and C# are not C.', 'list')).toEqual(['C++', 'C#', 'C'])
  })

  it('ignores a name that is a label of a host name', () => {
    expect(names('Repositories: lsif/lsif.github.io and docs.gitlab.com')).toEqual([])
    expect(names('Pages are built on GitHub and served from lsif.github.io')).toEqual(['GitHub'])
  })

  it('counts an everyday word alone in parentheses after what it does', () => {
    expect(names('Service discovery (Consul) and secrets management (Vault, KMS)')).toEqual([
      'Consul',
      'Vault'
    ])
    expect(names('- Secrets Management ([Vault](https://example.com/docs/vault))')).toEqual([
      'Vault'
    ])
    // Not when the parentheses hold more than the name, nor a lower-case word.
    expect(names('The door (Vault room) and the room (vault)')).toEqual([])
  })

  it('counts an everyday word written as its web address', () => {
    expect(names('- Sentry.io\n- Render.com')).toEqual(['Sentry', 'Render'])
    expect(names('A sentry.io.example host and Sentry duty.')).toEqual([])
  })

  it('reads a name of everyday words with its first word capitalized mid-sentence', () => {
    expect(names('Admin access to our Elastic stack.')).toEqual(['Elastic Stack'])
    expect(names('An elastic stack of plates.')).toEqual([])
    // An acronym is capitalized wherever it stands: "our API gateway" is none (session 18).
    expect(names('The Edge team runs our API gateway and the CDN.')).toEqual([])
    expect(names('Lambdas behind Amazon API Gateway, and our API Gateway.')).toEqual([
      'Amazon API Gateway',
      'Amazon API Gateway'
    ])
  })

  it('does not read a plural kind of software after a sentence-initial word as context', () => {
    expect(names('- Chart libraries in the UI')).toEqual([])
    expect(names('- Testing frameworks for the UI')).toEqual([])
    expect(names('We compared two Spark libraries.')).toEqual(['Spark'])
    expect(names('- Spark jobs run nightly')).toEqual(['Spark'])
  })

  it("keeps a cloud's other services in the cloud's own text", () => {
    const aws = new TechnologyDictionary()
    aws.setOrganization('AWS')
    const found = (text: string) => aws.find(text).map((match) => match.name)
    expect(found('The team runs Amazon S3 replication on AWS.')).toEqual(['Amazon S3'])
  })

  it("does not count the organisation's own products in its own text", () => {
    const gitlab = new TechnologyDictionary()
    gitlab.setOrganization('GitLab')
    const found = (text: string) => gitlab.find(text).map((match) => match.name)
    expect(
      found('GitLab.com runs on Kubernetes; we dogfood GitLab CI and GitHub mirrors.')
    ).toEqual(['Kubernetes', 'GitHub'])
    gitlab.setOrganization('Acme Widgets')
    expect(found('GitLab on Kubernetes')).toEqual(['GitLab', 'Kubernetes'])
    // Asked afterwards, by a reader that learns the company's name last.
    expect(gitlab.isOrganizationsOwn('GitLab', 'gitlab.com')).toBe(false)
    expect(gitlab.isOrganizationsOwn('GitLab', 'GitLab')).toBe(true)
    // A cloud's services are products its teams build on, not parts of one product: only the
    // cloud's own name is the organisation's (GitLab CI stays GitLab's own, above).
    expect(gitlab.isOrganizationsOwn('Amazon Web Services', 'Amazon S3')).toBe(false)
    expect(gitlab.isOrganizationsOwn('Amazon Web Services', 'AWS')).toBe(true)
    expect(gitlab.isOrganizationsOwn('GitLab', 'GitLab CI')).toBe(true)
    expect(gitlab.isOrganizationsOwn('GitLab', 'GitHub')).toBe(false)
    expect(gitlab.isOrganizationsOwn('Acme Widgets', 'GitLab')).toBe(false)
    // An organisation named by a title's leading words.
    expect(gitlab.isOrganizationsOwn('Gitlab Data Access', 'GitLab')).toBe(true)
    expect(gitlab.isOrganizationsOwn('Node.js Working Groups', 'Node.js')).toBe(true)
    expect(gitlab.isOrganizationsOwn('Data Access at GitLab', 'GitLab')).toBe(false)
    expect(gitlab.isOrganizationsOwn('Spark Labs', 'Spark')).toBe(false)
  })

  it("does not count a person's employer", () => {
    expect(names('Chairs: Jane Doe, Red Hat; John Q. Smith (VMware); runs on Kubernetes')).toEqual([
      'Kubernetes'
    ])
    expect(names('Providers: Google Cloud, Microsoft Azure and AWS', 'list')).toEqual([
      'GCP',
      'Azure',
      'AWS'
    ])
  })

  it('does not count the employer of a person whose name is a markdown link', () => {
    // As maintainers tables write them: the link's target is longer than the plain rule looks.
    expect(
      names(
        '* [Jane Doe](https://github.com/jane-doe-the-maintainer), Red Hat<br>' +
          '* [John Q. Smith](https://github.com/jqs) (VMware)<br> They run Kubernetes on AWS.'
      )
    ).toEqual(['Kubernetes', 'AWS'])
    // Surnames with a capital inside, and three-word names.
    expect(
      names(
        '* [Ann McCune](https://github.com/am), Red Hat<br>' +
          '* [Justin Santa Barbara](https://github.com/jsb), Google Cloud<br>' +
          '* [John Q Smith](https://github.com/jqs), VMware<br>'
      )
    ).toEqual([])
    // A link that is not a person's name keeps what follows it.
    expect(names('See [the guide](https://example.com/guide), Terraform and Go modules')).toEqual([
      'Terraform',
      'Go'
    ])
  })

  it('counts a name that starts a code span, written in lower case as commands are', () => {
    expect(names('We deploy with `helm` and `terraform`; run `go test ./...` first.')).toEqual([
      'Helm',
      'Terraform',
      'Go'
    ])
    // Inside a path or after another word of the span, "go" is not a command.
    expect(names('Edit `src/go/main.rs` and `cd go`.')).toEqual([])
  })

  it('reads the things configuration tools are made of as a technical context', () => {
    expect(
      names('We maintain the Chef cookbooks, Salt states and a few Ansible playbooks.')
    ).toEqual(['Chef', 'Salt', 'Ansible'])
    expect(names('The chef and the salt.')).toEqual([])
  })

  it('reads the plural of an acronym', () => {
    expect(names('Two VPCs and an EKS cluster', 'list')).toEqual(['Amazon VPC', 'Amazon EKS'])
  })

  it('reads the plural of a distinctive name, not of an everyday word', () => {
    expect(names('Two Grafanas and three Kibanas')).toEqual(['Grafana', 'Kibana'])
    expect(names('Sparks flew; the vaults were shut.')).toEqual([])
  })

  it('reads a major version written on the name', () => {
    expect(names('Our services use Python3, Vue3, PHP8 and Java17, in C++17 too.')).toEqual([
      'Python',
      'Vue',
      'PHP',
      'Java',
      'C++'
    ])
    // Not on a short name, nor letters glued on, nor on a format (JSON5 is not JSON).
    expect(names('A Gopher2 and a Reactor9000x.')).toEqual([])
    expect(names('Files in JSON5 and YAML.')).toEqual(['YAML'])
  })

  it('reads no single letter from a copyright sign, a drive or a code variable', () => {
    expect(names('Copyright (C) 2012; set it to C:\\path\\to\\python.exe')).toEqual([])
    // A person's initial before a name; the language at a sentence's end stays.
    expect(
      names('A rewrite of Fortran codes and shell scripts developed by C. David Hartwell.')
    ).toEqual(['Fortran'])
    expect(names('The parser is written in C. The Team keeps it small.')).toEqual(['C'])
    expect(names('`a` must be a string and `c` a function')).toEqual([])
    expect(names('The C library and C++ code', 'prose')).toEqual(['C', 'C++'])
  })

  it('lets no neighbour vouch for an everyday word written in lower case', () => {
    expect(names('following kind of utilities for JavaScript')).toEqual(['JavaScript'])
    expect(names('Local clusters run in `kind` with Kubernetes')).toEqual(['kind', 'Kubernetes'])
  })

  it('reads a VM as a virtual machine, not VictoriaMetrics', () => {
    expect(names('Each VM ships metrics to VictoriaMetrics.')).toEqual(['VictoriaMetrics'])
  })

  it('gives a brand left out on review no spelling of another entry', () => {
    expect(names('Join our Discord server; the bot uses discord.js')).toEqual(['discord.js'])
  })

  it('reads neither a version number nor a licence as the name in it', () => {
    expect(names('Released as v0.8.0; needs node v8.x or later.')).toEqual([])
    expect(names('Licensed Apache-2.0, or under the Apache License.')).toEqual([])
    expect(names('Runs on V8 and the Apache web server.')).toEqual(['V8', 'Apache'])
  })

  it('knows the developer tools the curated logo sets draw, not only simple-icons', () => {
    expect(
      names('We test on BrowserStack, chart with Highcharts, plot with Matplotlib and Seaborn.')
    ).toEqual(['BrowserStack', 'Highcharts', 'Matplotlib', 'Seaborn'])
    expect(names('Frontend: HTML, CSS3 and AngularJS; tests in RSpec and JUnit5.')).toEqual([
      'HTML',
      'CSS',
      'AngularJS',
      'RSpec',
      'JUnit'
    ])
  })

  it("reads a language's style guide as a technical context", () => {
    expect(names('- Adhere to the Sourcegraph Go style guide')).toEqual(['Go'])
    expect(names('Go read the style guide.')).toEqual([])
  })

  it("reads no employer after a person's handle as a technology", () => {
    expect(names('* Jane Doe (**[@jdoe](https://github.com/jdoe)**), Red Hat')).toEqual([])
    expect(names('Jane Doe (@jdoe), Red Hat; John Roe (IBM)')).toEqual([])
    expect(names('The Red Hat build of Kafka')).toEqual(['Red Hat', 'Kafka'])
    expect(names('Jane Doe — Cisco; John Roe - VMware')).toEqual([])
    // A product's long name before its abbreviation is no person's name.
    expect(names('AWS Simple Storage Service (S3) and Relational Database Service (RDS)')).toEqual([
      'AWS',
      'Amazon S3',
      'Amazon RDS'
    ])
    // People tables: the cell after a person linked to a profile, or named by a handle.
    expect(names('| [Jane Doe](https://github.com/jdoe) | Sonatype | 2024 |')).toEqual([])
    expect(names('| @jdoe | **Chainguard** |')).toEqual([])
    expect(names('* [Carlos Tadeu Panato Jr.](https://github.com/cp), Chainguard, Inc')).toEqual([])
    expect(names('| [Data](teams/data.md) | Kafka |')).toEqual(['Kafka'])
  })

  it('reads a company as a company unless the text is technical', () => {
    expect(names('Maintained by engineers from Red Hat.')).toEqual([])
    expect(names('Sponsored by VMware; Cisco pays for the meetup.')).toEqual([])
    expect(names('We run VMware clusters and track work in Jira.')).toEqual(['VMware', 'Jira'])
    expect(names('VMware, HashiCorp', 'list')).toEqual(['VMware', 'HashiCorp'])
  })

  it('reads no name out of a lower-case identifier, a repository slug or a channel', () => {
    expect(names('### prometheus-adapter')).toEqual([])
    expect(names('See kubernetes-sigs/metrics and grafana/tanka; ask in #help-terraform.')).toEqual(
      []
    )
    expect(
      names('A terraform-based setup feeds Prometheus-compatible metrics to Prometheus.')
    ).toEqual(['Terraform', 'Prometheus', 'Prometheus'])
    // In a list every name counts, as written: a tag "react-native" or a stack line "go/rust".
    expect(names('terraform-aws, go/rust', 'list')).toEqual(['Terraform', 'AWS', 'Go', 'Rust'])
  })

  it('reads a less common English word as a word unless the text is technical', () => {
    expect(names('See the team Wiki. A Semaphore guards the Helix of jobs.')).toEqual([])
    expect(names('Our Wiki runs on Wiki.js; CI runs on Semaphore and Storybook.')).toEqual([
      'Wiki.js',
      'Semaphore',
      'Storybook'
    ])
  })

  it('reads a concept the clouds share as a concept unless it names the product', () => {
    expect(names('The team owns the VPC setup and VPC peering; the site is a PWA.')).toEqual([])
    expect(names('Networking: Amazon VPC and AWS VPC')).toEqual(['Amazon VPC', 'Amazon VPC'])
    expect(names('VPC, S3', 'list')).toEqual(['Amazon VPC', 'Amazon S3'])
  })

  it('reads a list item that is a name and what it is for', () => {
    expect(names('-  Bash (script)\n-  Salt (service deployment)\n* Go (backend)')).toEqual([
      'GNU Bash',
      'Salt',
      'Go'
    ])
    expect(names('- Go (see below) to the docs\n- Salt (to taste) and pepper')).toEqual([])
  })

  it('reads where to reach people as no technology of theirs', () => {
    expect(names('- GitHub Teams: @org/team-leads')).toEqual([])
    expect(names('Post in GitHub Discussions; our GitHub handles are below.')).toEqual([])
    expect(names('- @org/code-graph handle on GitHub')).toEqual([])
    expect(names('We host code on GitHub and review it in GitLab.')).toEqual(['GitHub', 'GitLab'])
    // "GitHub Teams:" labels a contact; "the Kubernetes teams" are teams that run it.
    expect(names('We support the Kubernetes teams and the Android teams.')).toEqual([
      'Kubernetes',
      'Android'
    ])
  })

  it('reads Bash by its own name, where the text is technical', () => {
    expect(names('We write Bash scripts.')).toEqual(['GNU Bash'])
    expect(names('The summer bash was fun.')).toEqual([])
  })

  it("counts a name the catalog's registry declares when written as there", () => {
    const teleport = new TechnologyDictionary([{ name: 'Windows', category: 'platform' }])
    expect(teleport.find('Browser-based Windows Desktop Access.').map((m) => m.name)).toEqual([
      'Windows'
    ])
    expect(teleport.find('Open the windows.').map((m) => m.name)).toEqual([])
  })

  it('lets a neighbour vouch for a lower-case word that is a whole item of a comma list', () => {
    expect(
      names('Load balancing (e.g. Patroni, PGBouncer, consul, PostgreSQL Replication)')
    ).toEqual(['Patroni', 'PgBouncer', 'Consul', 'PostgreSQL'])
    expect(names('We deploy Kubernetes, helm, and terraform.')).toEqual([
      'Kubernetes',
      'Helm',
      'Terraform'
    ])
    // An item with no technology beside it is a word: "We plan, go, and ship."
    expect(names('We plan, go, and ship. Salt, pepper, and thyme.')).toEqual([])
  })

  it('reads a name in a list after two capitalized words as a list item, not an employer', () => {
    expect(names('Manage programs such as Bug Bounty, AWS, New Relic, Twilio, etc.')).toEqual([
      'AWS',
      'New Relic',
      'Twilio'
    ])
    // A person's employer still is one, inline or in a people list.
    expect(names('Leads: Jane Doe, Google, and John Roe, Red Hat.')).toEqual([])
    expect(names('* Jane Doe (@jdoe), Google<br>* John Roe (@jroe), Microsoft')).toEqual([])
  })

  it('counts an everyday word that a sentence defines as a kind of software', () => {
    expect(
      names(
        'Amplitude is a product analytics tool specializing in turning event data into insights.'
      )
    ).toEqual(['Amplitude'])
    expect(names('Renovate is the dependency update service we run for every repository.')).toEqual(
      ['Renovate']
    )
    // A definition of anything else is no technical context.
    expect(names('Amplitude is a measure of how far a wave moves. Salt is a mineral.')).toEqual([])
  })

  it('stays linear on long texts full of everyday words', () => {
    const text = `We use ${'Go, Rust and the Vault of '.repeat(20_000)}Kubernetes.`
    const started = threadCpuMs()
    const found = dictionary.find(text)
    expect(threadCpuMs() - started).toBeLessThan(2_000)
    expect(found).toHaveLength(60_001)
  })
})

/**
 * Context rules from h37's cross-validated sweep of team pages outside the corpus (issue 15,
 * 2026-12-05): each from a develop page's error, each failing without its rule.
 */
describe('recognizing technologies in the contexts of real team pages', () => {
  it('does not count a name a thing is only compared with', () => {
    expect(names('It gives a simple, Heroku-like experience for new services.')).toEqual([])
    expect(names('We design Linear-style pages, Vercel-inspired ones too.')).toEqual([])
    expect(names('Our deploys run on Heroku.')).toEqual(['Heroku'])
  })

  it("does not count a URI's scheme in a link or an HTML attribute", () => {
    expect(names('<a href="javascript:location.search=\'?x=1\'">Use the PR template</a>')).toEqual(
      []
    )
    expect(names('The team writes JavaScript: mostly TypeScript.')).toEqual([
      'JavaScript',
      'TypeScript'
    ])
  })

  it('counts an everyday word after a verb of making code and its object', () => {
    expect(names('The team recommends building your service in Go to use the runtime.')).toEqual([
      'Go'
    ])
    expect(names('Write the new tool in Rust.')).toEqual(['Rust'])
    // The verb as a team's sentence writes it, of what it does.
    expect(names('The Mobile team builds the apps in Swift.')).toEqual(['Swift'])
    expect(names('It writes its services in Go.')).toEqual(['Go'])
    expect(names('Bring your laptop in Go mode.')).toEqual([])
  })
})

describe('names written without spaces around them, or with slashes between them', () => {
  it('finds names in Chinese and Japanese text, which puts no space between words', () => {
    expect(names('团队主要采用Go和Python作为开发语言。')).toEqual(['Go', 'Python'])
    expect(names('IAAS 层使用阿里云。')).toEqual(['Alibaba Cloud'])
    expect(names('本番環境はKubernetesで動いています。')).toEqual(['Kubernetes'])
  })

  it('reads names with slashes between them as a list, a path or an area list as none', () => {
    expect(names('数据库常用的是 Redis/MySQL/MongoDB。')).toEqual(['Redis', 'MySQL', 'MongoDB'])
    expect(names('Containers run on Docker/K8s/K3s today.')).toEqual([
      'Docker',
      'Kubernetes',
      'K3s'
    ])
    // A path's parts, and areas beside a name ("AMI" names no technology), are no list of names.
    expect(names('The code is in src/go/main and docs/React/intro.')).toEqual([])
    expect(names('Deployments (AMI/VPC/Cloud) are ours.')).toEqual([])
  })
})

describe('everyday command-line tools', () => {
  it('are known by the names build and run instructions give them', () => {
    expect(
      names('kubectl, k9s, pip, tox, virtualenv, Pipenv, mypy, Flake8, jq, rsync', 'list')
    ).toEqual([
      'kubectl',
      'k9s',
      'pip',
      'tox',
      'virtualenv',
      'Pipenv',
      'mypy',
      'Flake8',
      'jq',
      'rsync'
    ])
    expect(names('Or you can use tox: it builds the docs with MkDocs.')).toEqual(['tox', 'MkDocs'])
  })

  it('count a tool named like an everyday word only where the context is technical', () => {
    expect(names('The cargo ship left the harbour on time.')).toEqual([])
    expect(names('Stack: Rust, Cargo', 'list')).toEqual(['Rust', 'Cargo'])
  })
})
