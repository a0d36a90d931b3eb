"""A local Neo4j Community server for development and tests, resolved from Maven Central.

    python -m techpact.neo4j.server fetch|start|stop|status [--home DIR]

`fetch` resolves org.neo4j:neo4j (the Community server with Bolt) into HOME/lib with
`mvn dependency:copy-dependencies`; `start` writes a config bound to 127.0.0.1 with a
small heap, starts org.neo4j.server.CommunityEntryPoint on Java 17, waits for Bolt and
sets the password; `stop` ends it. Connection details are written to HOME/connection.env.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from techpact.errors import ServerError

NEO4J_VERSION = "5.26.0"
DEFAULT_HOME = Path(os.environ.get("TECHPACT_NEO4J_HOME", ".neo4j"))
DEFAULT_PORT = int(os.environ.get("TECHPACT_NEO4J_PORT", "7697"))
DEFAULT_PASSWORD = os.environ.get("TECHPACT_NEO4J_PASSWORD", "techpact-test-password")

_POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>techpact</groupId><artifactId>neo4j-runtime</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
"""


def fetch(home: Path = DEFAULT_HOME) -> Path:
    """Resolve the Neo4j jars into home/lib (once); returns the lib folder."""
    lib = home / "lib"
    marker = lib / f".neo4j-{NEO4J_VERSION}"
    if marker.exists():
        return lib
    if not shutil.which("mvn"):
        raise ServerError("mvn not found: install Maven to fetch Neo4j from Maven Central")
    home.mkdir(parents=True, exist_ok=True)
    (home / "pom.xml").write_text(_POM)
    result = subprocess.run(
        ["mvn", "-q", "-B", "-f", str(home / "pom.xml"), "dependency:copy-dependencies",
         f"-DoutputDirectory={lib.resolve()}"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise ServerError(f"mvn could not resolve org.neo4j:neo4j:{NEO4J_VERSION}: {(result.stdout + result.stderr).strip()[-2000:]}")
    marker.touch()
    return lib


def _write_config(home: Path, port: int) -> Path:
    conf = home / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "neo4j.conf").write_text("\n".join([
        "server.default_listen_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "server.memory.pagecache.size=512m",
        "db.tx_log.rotation.retention_policy=2 files",
        "dbms.usage_report.enabled=false",
        # Bolt waits 5 s for its connections and 5 s for its threads when the server stops, though none
        # is left by then; our clients have closed theirs (a bulk load stops and restarts the server).
        "internal.server.bolt.connection_shutdown_wait_time=500ms",
        "internal.server.bolt.thread_pool_shutdown_wait_time=500ms",
        "",
    ]))
    return conf


def java() -> str:
    """The java executable ($JAVA_HOME/bin first, then $PATH)."""
    found = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin") + os.pathsep + os.environ.get("PATH", ""))
    if not found:
        raise ServerError("java not found: Neo4j 5.26 needs Java 17")
    return found


def class_data_sharing(home: Path, name: str) -> list[str]:
    """JVM options that map the classes a Neo4j process of this name loaded last time from an archive
    in home (JDK class-data sharing: much less class loading and checking at start), or, when there is
    none yet, that write one as the process exits (kept by archive_written once it exited cleanly).
    An archive that no longer matches the JDK or the jars is ignored by the JVM (with a warning)."""
    archive = (home / f"{name}.jsa").resolve()
    if archive.exists():
        return [f"-XX:SharedArchiveFile={archive}"]
    return [f"-XX:ArchiveClassesAtExit={archive.with_suffix('.jsa-partial')}"]


def archive_written(home: Path, name: str, clean_exit: bool) -> None:
    """Keep the archive a process wrote as it exited, or drop it when the process was killed."""
    partial = (home / f"{name}.jsa-partial").resolve()
    if partial.exists():
        if clean_exit:
            os.replace(partial, partial.with_suffix(".jsa"))
        else:
            partial.unlink(missing_ok=True)


def _bolt_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pid(home: Path) -> int | None:
    try:
        pid = int((home / "run" / "techpact-neo4j.pid").read_text())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def start(home: Path = DEFAULT_HOME, port: int = DEFAULT_PORT, password: str = DEFAULT_PASSWORD,
          heap: str = "768m", timeout: float = 120) -> dict[str, str]:
    """Start the server (fetching it first when needed) and wait until Bolt answers."""
    home = home.resolve()
    if _pid(home):
        return connection(home)
    if _bolt_open(port):
        if "TECHPACT_NEO4J_PORT" in os.environ:
            raise ServerError(f"port {port} on 127.0.0.1 is already taken; set TECHPACT_NEO4J_PORT to a free one")
        port = _free_port()  # the default port is busy (another server): take any free one
    lib = fetch(home)
    conf = _write_config(home, port)
    (home / "run").mkdir(exist_ok=True)
    (home / "logs").mkdir(exist_ok=True)
    log = open(home / "logs" / "console.log", "ab")
    process = subprocess.Popen(
        [java(), f"-Xmx{heap}", f"-Xms{heap}", "-XX:+UseG1GC", *class_data_sharing(home, "neo4j-server"),
         "--add-opens=java.base/java.nio=ALL-UNNAMED",
         "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
         "-cp", f"{lib}/*", "org.neo4j.server.CommunityEntryPoint",
         f"--home-dir={home}", f"--config-dir={conf}"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )
    (home / "run" / "techpact-neo4j.pid").write_text(str(process.pid))
    deadline = time.monotonic() + timeout
    while not _bolt_open(port):
        if process.poll() is not None:
            raise ServerError(f"Neo4j exited with code {process.returncode}; see {home / 'logs'}")
        if time.monotonic() > deadline:
            stop(home)
            raise ServerError(f"Neo4j did not open Bolt on port {port} within {timeout:.0f} s; see {home / 'logs'}")
        time.sleep(0.1)
    _set_password(port, password, deadline)
    info = {"NEO4J_URI": f"bolt://127.0.0.1:{port}", "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}
    (home / "connection.env").write_text("".join(f"{k}={v}\n" for k, v in info.items()))
    return info


def _set_password(port: int, password: str, deadline: float) -> None:
    """Replace the initial password neo4j/neo4j (first start) and check the final one works."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

    uri = f"bolt://127.0.0.1:{port}"
    while True:
        try:
            with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
                driver.verify_connectivity()
                driver.execute_query("RETURN 1")
                return
        except AuthError:
            pass
        except (ServiceUnavailable, ClientError, OSError):
            if time.monotonic() > deadline:
                raise ServerError("Neo4j opened Bolt but does not answer queries") from None
            time.sleep(0.5)
            continue
        try:
            with GraphDatabase.driver(uri, auth=("neo4j", "neo4j")) as driver:
                with driver.session(database="system") as session:
                    session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", old="neo4j", new=password).consume()
        except AuthError as err:
            raise ServerError("Neo4j refuses both the configured and the initial password; remove .neo4j/data to reset") from err
        except (ServiceUnavailable, ClientError, OSError):
            if time.monotonic() > deadline:
                raise ServerError("could not set the Neo4j password") from None
            time.sleep(0.5)


def connection(home: Path = DEFAULT_HOME) -> dict[str, str]:
    """The URI, user and password of the running server."""
    path = home / "connection.env"
    if not path.exists():
        raise ServerError("no local Neo4j has been started here")
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


def stop(home: Path = DEFAULT_HOME, timeout: float = 60) -> bool:
    """Stop the server started from home; False when none was running."""
    home = home.resolve()
    pid = _pid(home)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    deadline, killed = time.monotonic() + timeout, False
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            break
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                break
        except ChildProcessError:
            pass
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        killed = True
    archive_written(home, "neo4j-server", clean_exit=not killed)
    (home / "run" / "techpact-neo4j.pid").unlink(missing_ok=True)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="techpact.neo4j.server", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["fetch", "start", "stop", "status"])
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            print(f"Neo4j {NEO4J_VERSION} jars in {fetch(args.home)}")
        elif args.command == "start":
            info = start(args.home, args.port)
            print(f"Neo4j {NEO4J_VERSION} listening on {info['NEO4J_URI']} (credentials in {args.home / 'connection.env'})")
        elif args.command == "stop":
            print("Neo4j stopped" if stop(args.home) else "Neo4j was not running")
        else:
            pid = _pid(args.home.resolve())
            print(f"Neo4j running, PID {pid}" if pid else "Neo4j not running")
            return 0 if pid else 1
    except ServerError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
