import AffectedGit
import AffectedPlanner
import AffectedTestSupport
import Foundation

/// A repository with a first commit, edited and committed again, analysed from the first commit.
struct ImpactScenario {
  let builder: RepositoryBuilder
  let first: String

  /// Creates the repository from `fixture` or nothing, then `files` and symbolic `links` (path
  /// to target), and commits.
  init(
    fixture: String? = nil, files: [String: String] = [:], links: [String: String] = [:]
  ) throws {
    builder = try RepositoryBuilder(
      at: ScratchDirectory.url.appending(path: "repository"), fixture: fixture)
    for (path, text) in files {
      try builder.write(path, text)
    }
    for (path, target) in links {
      try builder.symlink(path, to: target)
    }
    first = try builder.commit("Before")
  }

  /// Commits what `edit` does, and analyses the first commit against it.
  func analyse(_ edit: (RepositoryBuilder) throws -> Void) throws -> ImpactAnalysis {
    try edit(builder)
    _ = try builder.commit("After")
    let repository = try Repository(discoveringFrom: builder.path)
    let comparison = try Comparison.compute(
      in: repository,
      options: ComparisonOptions(base: first, head: "HEAD", uncommitted: false),
      selector: BaseSelector(environment: [:]))
    return try ImpactAnalysis(comparison: comparison, in: repository)
  }
}

/// Shared files: an in-repository base image two others build on, a shared folder both copy,
/// and a two-stage web image built at its production and development targets.
let sharedTree: [String: String] = [
  "compose.yml": """
  services:
    base:
      image: acme/base
      build: base
    api:
      build:
        context: .
        dockerfile: api/Dockerfile
    worker:
      build:
        context: .
        dockerfile: worker/Dockerfile
    web:
      build:
        context: web
        target: prod
    web-dev:
      build:
        context: web
        target: dev
  """,
  "base/Dockerfile": "FROM alpine\nCOPY . /base\n",
  "base/setup.sh": "echo setup\n",
  "api/Dockerfile": "FROM acme/base\nCOPY shared /shared\nCOPY api/src /src\n",
  "api/src/a.txt": "a\n",
  "worker/Dockerfile": "FROM acme/base\nCOPY shared /shared\nCOPY worker/src /src\n",
  "worker/src/w.txt": "w\n",
  "shared/lib.txt": "lib\n",
  "web/Dockerfile": """
  FROM nginx AS prod
  COPY site /site
  FROM node AS dev
  COPY dev /dev
  RUN echo dev
  """,
  "web/site/index.html": "<p>\n",
  "web/dev/tool.js": "1\n",
  "README.md": "readme\n",
]
