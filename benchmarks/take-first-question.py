#!/usr/bin/env python3
"""Time from starting `zelfscan take` to the first question on screen.

Runs the release binary in a fresh workspace, on a pseudo-terminal (the full-screen session)
and through a pipe (line mode). Keys for the introduction (Enter) and the role (3) are sent as
soon as each screen appears, so the figure is the tool's own time: process start, loading the
bundled questionnaire, three screens. Prints median and 90th percentile over the runs.
Target (issue 3): under 50 ms with a warm disk cache.

Usage: benchmarks/take-first-question.py [ZELFSCAN_BINARY] [RUNS]
"""
import os, pty, re, select, shutil, statistics, subprocess, sys, tempfile, time

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/zelfscan")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
env["NO_COLOR"] = "1"
env["TERM"] = "xterm-256color"


def workspace():
    folder = tempfile.mkdtemp(prefix="zelfscan-bench-")
    subprocess.run([binary, "init", "--dir", folder, "--municipality", "Benchmarkgemeente"],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    return folder


def clear(folder):
    """Each run meets an empty round: an open draft would add the resume question."""
    responses = os.path.join(folder, "responses")
    shutil.rmtree(responses, ignore_errors=True)
    os.makedirs(responses)


def tty_run(folder):
    clear(folder)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(folder)
        os.execve(binary, [binary, "take"], env)
    seen, sent_enter, sent_role = b"", False, False
    first_screen = None
    while True:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit("no screen within 5 s: " + seen[-300:].decode(errors="replace"))
        seen += os.read(fd, 65536)
        if first_screen is None and b"Zelfevaluatie" in seen:
            first_screen = time.perf_counter() - start
        if not sent_enter and b"Enter" in seen:
            os.write(fd, b"\r"); sent_enter = True
        elif sent_enter and not sent_role and b"In welke rol" in seen:
            os.write(fd, b"3"); sent_role = True
        elif sent_role and re.search(rb" 1/\d+ ", seen) and b"Over uw cel" in seen:
            elapsed = time.perf_counter() - start
            os.write(fd, b"q")
            os.waitpid(pid, 0)
            os.close(fd)
            return first_screen, elapsed


def line_run(folder):
    clear(folder)
    start = time.perf_counter()
    process = subprocess.Popen([binary, "take", "--plain"], cwd=folder, env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdin.write(b"\n3\n"); process.stdin.flush()
    seen = b""
    while b"Vraag 1/" not in seen:
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit("line mode ended before the first question")
        seen += chunk
    elapsed = time.perf_counter() - start
    process.stdin.write(b"q\n"); process.stdin.close()
    process.wait()
    return elapsed


def summary(name, values):
    values = sorted(v * 1000 for v in values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    print(f"{name:<44} median {statistics.median(values):6.1f} ms   p90 {p90:6.1f} ms   (n={len(values)})")


if not os.path.exists(binary):
    raise SystemExit(f"{binary} not found: build it with  swift build -c release --product zelfscan")
folder = workspace()
try:
    tty_run(folder); line_run(folder)  # warm the disk cache
    tty = [tty_run(folder) for _ in range(runs)]
    lines = [line_run(folder) for _ in range(runs)]
finally:
    shutil.rmtree(folder, ignore_errors=True)
print(f"zelfscan take, time to first question ({binary}):")
summary("terminal: start to introduction screen", [t[0] for t in tty])
summary("terminal: start to first question (2 keys)", [t[1] for t in tty])
summary("line mode: start to first question", lines)
print("target: under 50 ms to the first question with a warm disk cache")
