#!/usr/bin/env python3
"""Writes a large, deterministic monorepo for benchmarks, through one `git fast-import` stream.

The repository is shaped like a real one:
  services/<name>/   source and tests, a manifest (package.json, pyproject.toml, Cargo.toml, go.mod
                     or build.gradle, naming its libraries by path), a README, config (one entry a
                     symbolic link), a script, and a Dockerfile that copies the service and the
                     libraries it uses (from the repository root, or from the service's own folder)
  libs/<name>/       shared libraries with their own manifests: the folders the Dockerfiles copy
  deploy/<area>/     compose.yaml with `build:` contexts for the area's services, and an .env
  docs/<area>/       Markdown, including names with spaces and non-ASCII letters
  tools/             scripts, some executable, one a symbolic link

Its history: one import commit, then a few hundred ordinary commits (a few files each; feature
branches merged back; renames, deletions, mode changes, symbolic links turned into files and back;
now and then a dependency bump across many services), and a mass reformat that changes tens of
thousands of paths. Lightweight tags name the ranges the benchmarks time:
  bench/small-base .. bench/small-head   about 50 commits of ordinary work
  bench/large-base .. bench/large-head   the reformat and the commits after it

The same options give the same repository, down to the commit IDs. The options, the generator
version and a summary of the ranges are stamped in <output>/.git/affected-benchmark.json; when the
stamp matches, the run does nothing. The repository is built in a sibling folder and renamed into
place, so an interrupted run leaves no half-written repository behind. The working tree stays
empty unless --checkout is given (writing 100,000 files takes longer than generating them).

Python 3 standard library only. Usage:
  Scripts/generate-monorepo.py --output .benchmarks/monorepo [--seed 1] [--files 100000]
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys

# Bump whenever the output changes for the same options, so that cached repositories are rebuilt.
GENERATOR_VERSION = 2
STAMP_NAME = "affected-benchmark.json"
STAMPED_OPTIONS = ("seed", "files", "services", "libs", "commits", "checkout")
EPOCH = 1_700_000_000  # the import commit's date; later commits follow at seeded steps

AREAS = """billing search identity catalog payments shipping media analytics notifications
inventory pricing orders accounts reviews recommendations messaging scheduling reporting
compliance onboarding support marketing fraud ledger routing storage gateway telemetry
experiments content""".split()
NOUNS = """api worker scheduler gateway indexer importer exporter sync web admin cron consumer
producer resolver validator renderer cache proxy auditor planner notifier loader""".split()
WORDS = """account amount batch buffer cache client config context cursor delta entry event
filter handler index item key ledger limit mapper message metric node offset order owner page
parser payload policy price queue record region request result route schema session shard
signal source state status stream tenant token total update user value window""".split()
LANGUAGES = {  # name: (source extension, manifest, build image, build command)
    "go": ("go", "go.mod", "golang:1.22", "go build -o /out/app ./{src}/cmd/server"),
    "python": ("py", "pyproject.toml", "python:3.12-slim", "pip install --prefix=/out ./{src}"),
    "typescript": ("ts", "package.json", "node:20", "npm ci --prefix {src} && npm run build"),
    "java": ("java", "build.gradle", "eclipse-temurin:21", "gradle -p {src} installDist"),
    "rust": ("rs", "Cargo.toml", "rust:1.79",
             "cargo build --release --manifest-path {src}/Cargo.toml"),
}
# Third-party dependencies a manifest may name, by language: (name, newest version). A project
# names a few, at or below these versions; a dependency bump raises one of them.
THIRD_PARTY = {
    "go": [("github.com/go-chi/chi/v5", "5.0.12"), ("github.com/google/uuid", "1.6.0"),
           ("github.com/jackc/pgx/v5", "5.6.0"), ("github.com/prometheus/client_golang", "1.19.1"),
           ("github.com/redis/go-redis/v9", "9.5.3"), ("github.com/spf13/viper", "1.19.0"),
           ("github.com/stretchr/testify", "1.9.0"), ("go.uber.org/zap", "1.27.0"),
           ("golang.org/x/sync", "0.7.0"), ("google.golang.org/grpc", "1.64.0")],
    "python": [("boto3", "1.34.140"), ("fastapi", "0.111.0"), ("httpx", "0.27.0"),
               ("orjson", "3.10.6"), ("psycopg", "3.2.1"), ("pydantic", "2.7.4"),
               ("redis", "5.0.7"), ("sqlalchemy", "2.0.31"), ("structlog", "24.2.0"),
               ("tenacity", "8.5.0"), ("uvicorn", "0.30.1")],
    "typescript": [("axios", "1.7.2"), ("date-fns", "3.6.0"), ("dotenv", "16.4.5"),
                   ("express", "4.19.2"), ("fastify", "4.28.0"), ("ioredis", "5.4.1"),
                   ("kafkajs", "2.2.4"), ("lodash", "4.17.21"), ("pg", "8.12.0"),
                   ("pino", "9.2.0"), ("uuid", "10.0.0"), ("zod", "3.23.8")],
    "java": [("com.fasterxml.jackson.core:jackson-databind", "2.17.1"),
             ("com.squareup.okhttp3:okhttp", "4.12.0"), ("io.grpc:grpc-stub", "1.64.0"),
             ("io.micrometer:micrometer-core", "1.13.1"),
             ("org.apache.commons:commons-lang3", "3.14.0"),
             ("org.postgresql:postgresql", "42.7.3"), ("org.slf4j:slf4j-api", "2.0.13"),
             ("org.springframework.boot:spring-boot-starter-web", "3.3.1")],
    "rust": [("anyhow", "1.0.86"), ("axum", "0.7.5"), ("chrono", "0.4.38"),
             ("reqwest", "0.12.5"), ("serde", "1.0.203"), ("serde_json", "1.0.120"),
             ("thiserror", "1.0.61"), ("tokio", "1.38.0"), ("tracing", "0.1.40"),
             ("uuid", "1.9.1")],
}
CARGO_FEATURES = {"serde": ["derive"], "tokio": ["full"], "reqwest": ["json"], "uuid": ["v4"]}
GO_MODULE_PREFIX = "example.com/bench"
# The mass reformat re-indents every generated file with these extensions.
REFORMATTED = ("py", "ts")
AUTHORS = ["Ada Byron", "Grace Hopper", "Linus Pauling", "Barbara Liskov", "Ken Iverson"]
KINDS = {  # kind of ordinary commit: weight
    "service": 50, "lib": 15, "docs": 8, "dockerfile": 5, "compose": 4, "bump": 4,
    "rename": 6, "mode": 4, "typechange": 4,
}


def main():
    options = parse_options()
    stamp = {"generator": GENERATOR_VERSION}
    stamp.update({key: getattr(options, key) for key in STAMPED_OPTIONS})
    output = os.path.abspath(options.output)
    if not options.force and read_stamp(os.path.join(output, ".git", STAMP_NAME)) == stamp:
        print(f"{output}: up to date", file=sys.stderr)
        return
    staging = output + ".tmp"
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    git(staging, "init", "-q", "-b", "main")
    process = subprocess.Popen(
        ["git", "-C", staging, "fast-import", "--quiet", "--done"],
        stdin=subprocess.PIPE, bufsize=1 << 20)
    Monorepo(options, process.stdin).write()
    process.stdin.close()
    if process.wait() != 0:
        sys.exit("generate-monorepo: git fast-import failed; see its message above")
    git(staging, "repack", "-adq")
    if options.checkout:
        git(staging, "reset", "-q", "--hard", "main")
    for name in ("small", "large"):
        base, head = f"bench/{name}-base", f"bench/{name}-head"
        stamp[name] = {
            "commits": int(git(staging, "rev-list", "--count", f"{base}..{head}")),
            "paths": len(git(staging, "diff", "--name-only", "--no-renames", "-z",
                             f"{base}...{head}").split("\0")) - 1,
        }
    if stamp["large"]["paths"] < options.files // 5:
        sys.exit(f"generate-monorepo: the large range changes only {stamp['large']['paths']} "
                 f"paths, fewer than a fifth of the {options.files} files; try another --seed")
    with open(os.path.join(staging, ".git", STAMP_NAME), "w") as file:
        json.dump(stamp, file, indent=2)
    shutil.rmtree(output, ignore_errors=True)
    os.rename(staging, output)
    print(f"{output}: generated {json.dumps(stamp)}", file=sys.stderr)


def parse_options():
    parser = argparse.ArgumentParser(
        description="Write a large deterministic monorepo for benchmarks.")
    parser.add_argument("--output", required=True, help="the repository folder to create")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--files", type=int, default=100_000, help="files in the import commit")
    parser.add_argument("--services", type=int, default=1_000, help="folders under services/")
    parser.add_argument("--libs", type=int, default=100, help="folders under libs/")
    parser.add_argument("--commits", type=int, default=300,
                        help="ordinary commits after the import")
    parser.add_argument("--force", action="store_true",
                        help="regenerate even when the stamp matches")
    parser.add_argument("--checkout", action="store_true",
                        help="check out main (by default the working tree stays empty)")
    options = parser.parse_args()
    if options.commits < 120 or options.services < 10 or options.libs < 5:
        parser.error("the benchmark ranges need at least 120 commits, 10 services and 5 libs")
    if options.files < options.services * 20 + options.libs * 10:
        parser.error("too few files: give each service about 20 and each library 10")
    return options


def read_stamp(path):
    try:
        with open(path) as file:
            stamp = json.load(file)
    except (OSError, ValueError):
        return None
    return {key: stamp.get(key) for key in ("generator", *STAMPED_OPTIONS)}


def git(folder, *arguments):
    return subprocess.run(["git", "-C", folder, *arguments],
                          check=True, capture_output=True, text=True).stdout


class Monorepo:
    """The repository's state while its history is written to a fast-import stream."""

    def __init__(self, options, stream):
        self.options = options
        self.stream = stream
        self.rng = random.Random(options.seed)
        self.next_mark = 1
        self.tree = {}  # path -> (blob mark, mode, content seed or None for a fixed text, style)
        self.texts = {}  # path -> its fixed text, for the files that are not generated
        self.owned = {}  # owner ("services/x", "libs/y", "docs") -> its generated paths
        self.known = set()  # every generated path ever handed out, so none is reused
        self.tip = None  # the mark of main's last commit
        self.time = EPOCH
        self.commits = 0

    def write(self):
        rng, count = self.rng, self.options.services
        names = [f"{area}-{noun}" for area in AREAS for noun in NOUNS]
        rng.shuffle(names)
        names = [names[i % len(names)] + (f"-{i // len(names) + 1}" if i >= len(names) else "")
                 for i in range(count)]
        self.services = sorted(names)
        self.libs = sorted(f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-kit-{index}"
                           for index in range(self.options.libs))
        self.language = {name: rng.choice(sorted(LANGUAGES)) for name in self.services + self.libs}
        by_language = {}
        for name in self.libs:
            by_language.setdefault(self.language[name], []).append(name)
        self.uses = {}  # service -> the libraries (of its own language, when there are any) it uses
        for name in self.services:
            # The draw from `rng` only counts the libraries, so that the rest of the repository
            # stays as generator version 1 made it; another seeded draw picks them.
            count = len(rng.sample(self.libs, rng.randint(1, 4)))
            pool = by_language.get(self.language[name], self.libs)
            pick = random.Random(f"{self.options.seed}/uses/{name}")
            self.uses[name] = sorted(pick.sample(pool, min(count, len(pool))))
        self.manifests = {}  # manifest path -> Manifest, for the edits that bump a dependency
        changes = self.import_files()
        self.commit(changes, "Import the monorepo")
        self.apply(changes)
        self.write_history()

    # MARK: - Layout

    def import_files(self):
        rng, changes = self.rng, {}
        for path, text, mode in self.fixed_files():
            changes[path] = self.new_blob(path, text, mode)
        remaining = self.options.files - len(changes)
        docs, libs = remaining // 25, remaining // 8
        service_weights = [rng.paretovariate(1.2) for _ in self.services]
        lib_weights = [rng.paretovariate(1.2) for _ in self.libs]
        service_scale = (remaining - docs - libs) / sum(service_weights)
        lib_scale = libs / sum(lib_weights)
        owners = [f"services/{name}" for name in self.services]
        owners += [f"libs/{name}" for name in self.libs]
        counts = [round(weight * service_scale) for weight in service_weights]
        counts += [round(weight * lib_scale) for weight in lib_weights]
        counts[0] += remaining - docs - sum(counts)  # the rounding leftovers
        for owner, count in zip(owners, counts):
            for _ in range(max(count, 1)):
                path = self.new_source_path(owner)
                changes[path] = self.new_blob(path)
        while len(changes) < self.options.files:
            path = self.new_doc_path()
            changes[path] = self.new_blob(path)
        return changes

    def fixed_files(self):
        """Every service's, library's and area's own files: (path, text or None, mode)."""
        yield "README.md", None, "100644"
        yield ".gitignore", "node_modules/\ntarget/\n__pycache__/\n*.log\n", "100644"
        yield "tools/lint.sh", "#!/bin/sh\nexec make lint\n", "100755"
        yield "tools/format.sh", "#!/bin/sh\nexec make format\n", "100755"
        yield "tools/run", "lint.sh", "120000"
        yield "docs/i18n/café.md", None, "100644"
        for area in AREAS:
            members = [name for name in self.services if name.startswith(area + "-")]
            yield f"deploy/{area}/compose.yaml", self.compose_file(area, members), "100644"
            yield f"deploy/{area}/.env", f"AREA={area}\nREGISTRY=registry.example.com\n", "100644"
            yield f"docs/{area}/Getting Started.md", None, "100644"
        for name in self.services:
            folder = f"services/{name}"
            yield f"{folder}/Dockerfile", self.dockerfile(name), "100644"
            yield f"{folder}/README.md", None, "100644"
            yield self.manifest(folder)
            yield f"{folder}/config/settings.yaml", None, "100644"
            yield f"{folder}/config/current.yaml", "settings.yaml", "120000"
            yield f"{folder}/scripts/run.sh", '#!/bin/sh\nexec /app "$@"\n', "100755"
            if self.rooted(name):
                yield f"{folder}/.dockerignore", "**/*.md\n**/tests\n", "100644"
        for name in self.libs:
            yield f"libs/{name}/README.md", None, "100644"
            yield self.manifest(f"libs/{name}")

    def manifest(self, folder):
        """The manifest of the service or library in `folder`: (path, text, mode)."""
        name = folder.split("/")[1]
        language = self.language[name]
        local = [lib for lib in self.uses.get(name, []) if self.language[lib] == language]
        # One draw from `rng`, as for a generated file, keeps the rest as version 1 made it.
        manifest = Manifest(folder, language, local, random.Random(self.rng.getrandbits(32)))
        path = f"{folder}/{LANGUAGES[language][1]}"
        self.manifests[path] = manifest
        return path, manifest.text(), "100644"

    @staticmethod
    def rooted(service):
        """Whether the service builds with the repository root as context (else its own folder)."""
        return sum(service.encode()) % 3 != 0

    def dockerfile(self, name):
        _, _, image, command = LANGUAGES[self.language[name]]
        lines = ["# syntax=docker/dockerfile:1", f"FROM {image} AS build", "WORKDIR /src"]
        if self.rooted(name):
            lines += [f"COPY libs/{lib} libs/{lib}" for lib in self.uses[name]]
            lines += [f"COPY services/{name} services/{name}",
                      f"RUN {command.format(src='services/' + name)}"]
        else:
            lines += ["COPY . .", f"RUN {command.format(src='.')}"]
        lines += ["", "FROM gcr.io/distroless/base", "COPY --from=build /out /app",
                  'ENTRYPOINT ["/app"]']
        return "\n".join(lines) + "\n"

    def compose_file(self, area, members):
        lines = ["services:"]
        for name in members:
            if sum(name.encode()) % 10 == 0:
                continue  # built from its Dockerfile alone
            lines.append(f"  {name}:")
            if self.rooted(name):
                lines += ["    build:", "      context: ../..",
                          f"      dockerfile: services/{name}/Dockerfile"]
            else:
                lines.append(f"    build: ../../services/{name}")
            lines += [f"    image: registry.example.com/{area}/{name}", "    env_file: .env",
                      "    depends_on:", f"      - {area}-db"]
        lines += [f"  {area}-db:", "    image: postgres:16", ""]
        return "\n".join(lines)

    def new_source_path(self, owner):
        rng, extension = self.rng, LANGUAGES[self.language[owner.split("/")[1]]][0]
        while True:
            kind = "tests" if rng.random() < 0.2 else "src"
            name = f"{rng.choice(WORDS)}_{rng.choice(WORDS)}"
            path = f"{owner}/{kind}/{rng.choice(WORDS[:12])}/{name}.{extension}"
            if path not in self.known:
                self.known.add(path)
                self.owned.setdefault(owner, []).append(path)
                return path

    def new_doc_path(self):
        rng = self.rng
        while True:
            area = rng.choice(AREAS)
            path = f"docs/{area}/{rng.choice(WORDS)}-{rng.choice(WORDS)}-{rng.randint(1, 99)}.md"
            if path not in self.known:
                self.known.add(path)
                self.owned.setdefault("docs", []).append(path)
                return path

    def forget(self, changes, path):
        """Deletes `path` in `changes` and stops choosing it for edits."""
        changes[path] = None
        owner = "docs" if path.startswith("docs/") else "/".join(path.split("/")[:2])
        if path in self.owned.get(owner, ()):
            self.owned[owner].remove(path)

    # MARK: - Contents

    def new_blob(self, path, text=None, mode="100644", seed=None, style=0):
        """Writes a blob for `path` (generated unless `text` is given); returns its tree entry."""
        if text is not None:
            self.texts[path] = text
            data = text.encode()
        else:
            seed = self.rng.getrandbits(32) if seed is None else seed
            data = generated_text(path, seed, style).encode()
        mark = self.next_mark
        self.next_mark += 1
        self.stream.write(b"blob\nmark :%d\ndata %d\n%s\n" % (mark, len(data), data))
        return (mark, mode, None if text is not None else seed, style)

    def modified(self, path):
        """A new version of `path`: regenerated, a manifest with one dependency bumped, or for
        another fixed text one more line."""
        _, mode, seed, style = self.tree[path]
        if path in self.manifests:
            manifest = self.manifests[path]
            manifest.bump(random.Random(self.rng.getrandbits(32)))  # one draw, as for the others
            return self.new_blob(path, manifest.text(), mode)
        if seed is None:
            return self.new_blob(path, f"{self.texts[path]}# revision {self.commits}\n", mode)
        return self.new_blob(path, mode=mode, style=style)

    def reformat(self, extension):
        """Re-indents every generated file with `extension`."""
        return {path: self.new_blob(path, mode=mode, seed=seed, style=1)
                for path, (_, mode, seed, style) in sorted(self.tree.items())
                if seed is not None and style == 0 and path.endswith("." + extension)}

    # MARK: - History

    def commit(self, changes, message, ref="refs/heads/main", parent=None, merge=None):
        """Writes a commit applying `changes` (path -> tree entry, None: deleted) to `parent`."""
        mark = self.next_mark
        self.next_mark += 1
        self.commits += 1
        self.time += 600 + self.rng.randint(0, 7_200)
        author = AUTHORS[self.commits % len(AUTHORS)]
        identity = f"{author} <{author.split()[0].lower()}@example.com> {self.time} +0000"
        message_bytes = message.encode() + b"\n"
        lines = [b"commit %s\nmark :%d" % (ref.encode(), mark),
                 f"author {identity}\ncommitter {identity}".encode(),
                 b"data %d\n%s" % (len(message_bytes), message_bytes)]
        parent = self.tip if parent is None else parent
        if parent is not None:
            lines.append(b"from :%d" % parent)
        if merge is not None:
            lines.append(b"merge :%d" % merge)
        for path in sorted(changes):
            entry = changes[path]
            if entry is None:
                lines.append(b"D " + quote(path))
            else:
                lines.append(b"M %s :%d %s" % (entry[1].encode(), entry[0], quote(path)))
        self.stream.write(b"\n".join(lines) + b"\n\n")
        if ref == "refs/heads/main":
            self.tip = mark
        return mark

    def apply(self, changes):
        for path, entry in changes.items():
            if entry is None:
                self.tree.pop(path, None)
            else:
                self.tree[path] = entry

    def tag(self, name):
        self.stream.write(b"reset refs/tags/%s\nfrom :%d\n\n" % (name.encode(), self.tip))

    def write_history(self):
        total = self.options.commits
        small_base, small_head, large_base = total * 3 // 10, None, total * 3 // 4
        while self.commits - 1 < total:
            done = self.commits - 1
            if done >= large_base:
                self.tag("bench/large-base")
                for extension in REFORMATTED:
                    changes = self.reformat(extension)
                    self.commit(changes,
                                f"Reformat every .{extension} file with 2-space indentation")
                    self.apply(changes)
                for _ in range(8):
                    self.ordinary_commit()
                self.tag("bench/large-head")
                large_base = total + 1
                continue
            if small_base is not None and done >= small_base:
                self.tag("bench/small-base")
                small_base, small_head = None, self.commits + 50
            if self.rng.random() < 0.1:
                self.feature_branch()
            else:
                self.ordinary_commit()
            if small_head is not None and self.commits >= small_head:
                self.tag("bench/small-head")
                small_head = None
        self.stream.write(b"reset refs/heads/main\nfrom :%d\n\ndone\n" % self.tip)

    def ordinary_commit(self):
        changes = self.ordinary_changes()
        self.commit(changes, self.message(changes))
        self.apply(changes)

    def feature_branch(self):
        """A branch of 2–4 commits off main while main moves on elsewhere, then a merge commit."""
        rng = self.rng
        ref = f"refs/heads/feature/{rng.choice(WORDS)}-{self.commits}"
        main_tree, branch_tip, merged = dict(self.tree), self.tip, {}
        for _ in range(rng.randint(2, 4)):
            changes = self.ordinary_changes()
            branch_tip = self.commit(changes, self.message(changes), ref=ref, parent=branch_tip)
            self.apply(changes)
            merged.update(changes)
        self.tree = main_tree
        for _ in range(rng.randint(0, 2)):
            changes = {path: entry for path, entry in self.ordinary_changes().items()
                       if path not in merged}
            if changes:
                self.commit(changes, self.message(changes))
                self.apply(changes)
        self.commit(merged, f"Merge branch '{ref.removeprefix('refs/heads/')}'", merge=branch_tip)
        self.apply(merged)

    def message(self, changes):
        folders = sorted({"/".join(path.split("/")[:2]) for path in changes})
        subject = folders[0] if len(folders) == 1 else f"{len(folders)} folders"
        verb = self.rng.choice(["Fix", "Add", "Tidy", "Speed up", "Document"])
        return f"{subject}: {verb} {self.rng.choice(WORDS)} {self.rng.choice(WORDS)}"

    def ordinary_changes(self):
        """One everyday commit's changes: path -> new tree entry, or None for a deletion."""
        rng, changes = self.rng, {}
        kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        if kind in ("service", "lib"):
            owner = f"services/{rng.choice(self.services)}" if kind == "service" \
                else f"libs/{rng.choice(self.libs)}"
            files = [path for path in self.owned.get(owner, ()) if path in self.tree]
            for path in rng.sample(files, min(len(files), rng.randint(1, 6))):
                changes[path] = self.modified(path)
            for _ in range(rng.choice([0, 0, 0, 1, 2]) if files else 1):
                path = self.new_source_path(owner)
                changes[path] = self.new_blob(path)
            if len(files) > 3 and rng.random() < 0.1:
                self.forget(changes, rng.choice(files))
        elif kind == "docs":
            for _ in range(rng.randint(1, 3)):
                path = rng.choice(self.owned["docs"]) if rng.random() < 0.7 else self.new_doc_path()
                changes[path] = self.modified(path) if path in self.tree else self.new_blob(path)
        elif kind == "compose":
            path = f"deploy/{rng.choice(AREAS)}/compose.yaml"
            changes[path] = self.modified(path)
        elif kind in ("dockerfile", "bump"):
            count = rng.randint(1, 3) if kind == "dockerfile" else rng.randint(20, 150)
            chosen = rng.sample(self.services, min(count, len(self.services)))
            for name in chosen:
                file = "Dockerfile" if kind == "dockerfile" else LANGUAGES[self.language[name]][1]
                path = f"services/{name}/{file}"
                changes[path] = self.modified(path)
        elif kind == "rename":
            owner = f"services/{rng.choice(self.services)}"
            files = [path for path in self.owned.get(owner, ()) if path in self.tree]
            for path in rng.sample(files, min(len(files), rng.randint(1, 8))):
                changes[self.new_source_path(owner)] = self.tree[path]
                self.forget(changes, path)
        elif kind == "mode":
            path = f"services/{rng.choice(self.services)}/scripts/run.sh"
            mark, mode, seed, style = self.tree[path]
            changes[path] = (mark, "100644" if mode == "100755" else "100755", seed, style)
        else:
            path = f"services/{rng.choice(self.services)}/config/current.yaml"
            if self.tree[path][1] == "120000":
                changes[path] = self.new_blob(path, "mode: current\n")
            else:
                changes[path] = self.new_blob(path, "settings.yaml", "120000")
        return changes


def generated_text(path, seed, style):
    """A file's text, given by its kind, `seed` and `style` (1: 2-space indentation, else 4)."""
    rng = random.Random(seed)
    extension = path.rsplit(".", 1)[-1]
    words = rng.choices(WORDS, k=48)
    if extension == "md":
        title = path.rsplit("/", 1)[-1][:-3].replace("-", " ").capitalize()
        paragraphs = [" ".join(words[i:i + 12]).capitalize() + "." for i in range(0, 48, 12)]
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    if extension == "yaml":
        return "".join(f"{words[i]}_{words[i + 1]}: {rng.randint(1, 999)}\n"
                       for i in range(0, 24, 2))
    indent = "  " if style == 1 else "    "
    lines = [f"// {path.rsplit('/', 1)[-1]}: {' '.join(words[:6])}", ""]
    for index in range(rng.randint(2, 8)):
        name, argument = f"{words[index]}_{words[index + 8]}", words[index + 16]
        lines.append(f"function {name}({argument}) {{")
        for line in range(rng.randint(2, 6)):
            value = f"{argument}.{words[index + line + 24]}()"
            lines.append(f"{indent}let {words[index + line]} = {value};")
        lines += [f"{indent}return {argument};", "}", ""]
    return "\n".join(lines)


class Manifest:
    """A service's or library's manifest: its dependencies, and its text for its language.

    `local` are the libraries it names by path (`../../libs/<name>`); the third-party
    dependencies and versions come from `rng`, and `bump` raises one of them.
    """

    def __init__(self, folder, language, local, rng):
        self.folder, self.language, self.local = folder, language, local
        self.name = folder.split("/")[1]
        self.version = (rng.randint(0, 2), rng.randint(0, 20), rng.randint(0, 9))
        catalog = THIRD_PARTY[language]
        count = rng.randint(2, 5) if folder.startswith("services/") else rng.randint(1, 3)
        self.third_party = {}  # name -> (major, minor, patch)
        for name, newest in rng.sample(catalog, min(count, len(catalog))):
            major, minor, patch = (int(part) for part in newest.split("."))
            self.third_party[name] = (major, minor, rng.randint(0, patch))

    def bump(self, rng):
        """Raises one third-party dependency: its patch version, now and then its minor one."""
        name = rng.choice(sorted(self.third_party))
        major, minor, patch = self.third_party[name]
        self.third_party[name] = (major, minor + 1, 0) if rng.random() < 0.25 \
            else (major, minor, patch + 1)

    def versions(self):
        return [(name, "%d.%d.%d" % self.third_party[name]) for name in sorted(self.third_party)]

    def text(self):
        return getattr(self, f"text_{self.language}")()

    def text_typescript(self):
        dependencies = {f"@bench/{lib}": f"file:../../libs/{lib}" for lib in self.local}
        dependencies.update((name, f"^{version}") for name, version in self.versions())
        package = {
            "name": f"@bench/{self.name}",
            "version": "%d.%d.%d" % self.version,
            "private": True,
            "main": "dist/index.js",
            "scripts": {"build": "tsc -p .", "test": "vitest run"},
            "dependencies": dict(sorted(dependencies.items())),
            "devDependencies": {"typescript": "^5.5.3", "vitest": "^1.6.0"},
        }
        return json.dumps(package, indent=2) + "\n"

    def text_python(self):
        requirements = [(name, f"{name}>={version}") for name, version in self.versions()]
        requirements += [(lib, lib) for lib in self.local]
        lines = ["[project]", f'name = "{self.name}"', 'version = "%d.%d.%d"' % self.version,
                 'requires-python = ">=3.12"', "dependencies = ["]
        lines += [f'    "{requirement}",' for _, requirement in sorted(requirements)]
        lines += ["]", "", "[build-system]", 'requires = ["hatchling"]',
                  'build-backend = "hatchling.build"']
        if self.local:
            lines += ["", "[tool.uv.sources]"]
            lines += [f'{lib} = {{ path = "../../libs/{lib}" }}' for lib in self.local]
        return "\n".join(lines) + "\n"

    def text_rust(self):
        lines = ["[package]", f'name = "{self.name}"', 'version = "%d.%d.%d"' % self.version,
                 'edition = "2021"', "publish = false", "", "[dependencies]"]
        entries = [(lib, f'{{ path = "../../libs/{lib}" }}') for lib in self.local]
        for name, version in self.versions():
            features = CARGO_FEATURES.get(name)
            if features:
                listed = ", ".join(f'"{feature}"' for feature in features)
                entries.append((name, f'{{ version = "{version}", features = [{listed}] }}'))
            else:
                entries.append((name, f'"{version}"'))
        lines += [f"{name} = {value}" for name, value in sorted(entries)]
        return "\n".join(lines) + "\n"

    def text_go(self):
        local = [(f"{GO_MODULE_PREFIX}/libs/{lib}", lib) for lib in self.local]
        required = [(module, "v0.0.0") for module, _ in local]
        required += [(name, f"v{version}") for name, version in self.versions()]
        lines = [f"module {GO_MODULE_PREFIX}/{self.folder}", "", "go 1.22", "", "require ("]
        lines += [f"\t{module} {version}" for module, version in sorted(required)]
        lines.append(")")
        replaces = [f"{module} => ../../libs/{lib}" for module, lib in sorted(local)]
        if len(replaces) == 1:
            lines += ["", f"replace {replaces[0]}"]
        elif replaces:
            lines += ["", "replace ("] + [f"\t{line}" for line in replaces] + [")"]
        return "\n".join(lines) + "\n"

    def text_java(self):
        plugin = "application" if self.folder.startswith("services/") else "java-library"
        lines = ["plugins {", f"    id '{plugin}'", "}", "", "group = 'com.example.bench'",
                 "version = '%d.%d.%d'" % self.version, "", "java {",
                 "    toolchain {", "        languageVersion = JavaLanguageVersion.of(21)",
                 "    }", "}", "", "dependencies {"]
        lines += [f"    implementation 'com.example.bench:{lib}:latest.integration'"
                  for lib in self.local]
        lines += [f"    implementation '{name}:{version}'" for name, version in self.versions()]
        lines += ["    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'", "}"]
        return "\n".join(lines) + "\n"


def quote(path):
    """`path` for fast-import: C-quoted if it starts with a quote or holds a newline."""
    if path.startswith('"') or "\n" in path:
        escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'.encode()
    return path.encode()


if __name__ == "__main__":
    main()
