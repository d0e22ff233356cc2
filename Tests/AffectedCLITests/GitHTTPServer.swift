import Foundation
import Testing

/// A smart-HTTP git server on 127.0.0.1 for tests: `git http-backend` behind a small Python CGI
/// wrapper, serving every repository under a folder.
///
/// libgit2 (1.8) fetches with a depth only over HTTP(S), so this is how `--deepen` is tested for
/// real. The wrapper records each request's `Authorization` and `X-Affected-Test` headers in
/// ``requestLog``, so tests can check that configured headers are sent. The server picks a free
/// port itself, stops when the value is released (``stop()``), and exits on its own after
/// `lifetime` seconds, so a stuck test cannot leave it behind.
final class GitHTTPServer {
  /// The folder whose repositories are served (`GIT_PROJECT_ROOT`).
  let root: URL
  /// The base URL of the served repositories: `<baseURL>/name.git`.
  let baseURL: String
  /// One line per request: `METHOD path authorization=<header> x-affected-test=<header>`, with
  /// `None` for a header that was not sent.
  let requestLog: URL
  private let process: Process

  /// Starts serving the repositories under `root`, keeping its script and logs in `workspace`.
  init(serving root: URL, workspace: URL, lifetime: Int = 300) throws {
    self.root = root
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    let script = workspace.appending(path: "git-http-server.py")
    try Data(Self.script.utf8).write(to: script)
    requestLog = workspace.appending(path: "requests.log")
    let portFile = workspace.appending(path: "port")

    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", script.path(percentEncoded: false), requestLog.path(percentEncoded: false),
      portFile.path(percentEncoded: false), String(lifetime),
    ]
    process.environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": workspace.path(percentEncoded: false),
      "GIT_PROJECT_ROOT": root.path(percentEncoded: false),
      "GIT_HTTP_EXPORT_ALL": "1",
      "GIT_CONFIG_NOSYSTEM": "1",
      "GIT_CONFIG_GLOBAL": "/dev/null",
      "GIT_CONFIG_COUNT": "1",
      "GIT_CONFIG_KEY_0": "safe.directory",
      "GIT_CONFIG_VALUE_0": "*",
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()

    let deadline = Date().addingTimeInterval(20)
    var port: String?
    while port == nil, process.isRunning, Date() < deadline {
      port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { $0.isEmpty ? nil : $0 }
      if port == nil { Thread.sleep(forTimeInterval: 0.05) }
    }
    guard let port else {
      process.terminate()
      throw GitHTTPServerError.notStarted
    }
    baseURL = "http://127.0.0.1:\(port)"
  }

  deinit {
    stop()
  }

  /// Stops the server and waits for it to exit.
  ///
  /// `SIGKILL`, because the test runner's threads may block `SIGTERM`, and a child inherits that
  /// mask.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
  }

  /// The lines of ``requestLog`` so far.
  func requests() -> [String] {
    let text = (try? String(contentsOf: requestLog, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// Empties ``requestLog``.
  func clearRequests() throws {
    try Data().write(to: requestLog)
  }

  /// The wrapper: a threaded HTTP/1.1 server that runs `git http-backend` as a CGI program for each
  /// request (passing the body and the headers git needs) and relays its status, headers and
  /// output.
  private static let script = #"""
    import http.server, os, subprocess, sys, threading

    log_path, port_path, lifetime = sys.argv[1], sys.argv[2], int(sys.argv[3])

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            self.run_backend()

        def do_POST(self):
            self.run_backend()

        def read_body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = b""
                while True:
                    size = int(self.rfile.readline().split(b";")[0], 16)
                    chunk = self.rfile.read(size + 2)
                    if size == 0:
                        return body
                    body += chunk[:-2]
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def run_backend(self):
            with open(log_path, "a") as log:
                authorization = self.headers.get("Authorization")
                log.write(f"{self.command} {self.path} authorization={authorization} "
                          f"x-affected-test={self.headers.get('X-Affected-Test')}\n")
            body = self.read_body()
            path, _, query = self.path.partition("?")
            env = dict(os.environ)
            env.update({
                "GATEWAY_INTERFACE": "CGI/1.1", "REQUEST_METHOD": self.command, "PATH_INFO": path,
                "QUERY_STRING": query, "CONTENT_TYPE": self.headers.get("Content-Type", ""),
                "CONTENT_LENGTH": str(len(body)), "REMOTE_ADDR": "127.0.0.1",
                "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
                "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
            })
            result = subprocess.run(
                ["git", "http-backend"], input=body, env=env, capture_output=True)
            head, _, payload = result.stdout.partition(b"\r\n\r\n")
            status, headers = 200, []
            for line in head.decode("latin-1").split("\r\n"):
                name, _, value = line.partition(":")
                if name.lower() == "status":
                    status = int(value.split()[0])
                elif name:
                    headers.append((name, value.strip()))
            if result.returncode != 0 and not head:
                status, payload = 500, result.stderr
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Timer(lifetime, os._exit, [0]).start()
    with open(port_path + ".tmp", "w") as port_file:
        port_file.write(str(server.server_address[1]))
    os.rename(port_path + ".tmp", port_path)
    server.serve_forever()
    """#
}

/// The test server could not start.
enum GitHTTPServerError: Error, CustomStringConvertible {
  case notStarted

  var description: String {
    "the git HTTP server did not start within 20 seconds; "
      + "check that python3 and git http-backend work"
  }
}
