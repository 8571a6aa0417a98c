#!/usr/bin/env python3
"""Runs every Tokenbench benchmark and writes docs/PERFORMANCE.md.

Called by bench/run-all.sh (which provides the X display); see that script for the knobs.
Every figure is the median of repeated runs with its spread (min-max), next to a reference
measured in the same run, and comes with the command that reproduces it with public tools.
"""

import json
import os
import platform
import re
import signal
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(sys.argv[1] if len(sys.argv) > 1 else "build").resolve()
OUTPUT = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "docs" / "PERFORMANCE.md")

RUNS = int(os.environ.get("BENCH_RUNS", "20"))  # hyperfine runs per command
MEM_RUNS = int(os.environ.get("BENCH_MEM_RUNS", "10"))
FILTER_RUNS = int(os.environ.get("BENCH_FILTER_RUNS", "3"))
LOGIN_RUNS = int(os.environ.get("BENCH_LOGIN_RUNS", "3"))
IDLE_SECONDS = int(os.environ.get("BENCH_IDLE_SECONDS", "60"))
IDLE_RUNS = int(os.environ.get("BENCH_IDLE_RUNS", "3"))
BODY_SIZES = os.environ.get("BENCH_BODY_SIZES", "1,10,50,200")
BODY_RUNS = int(os.environ.get("BENCH_BODY_RUNS", "3"))

APP = BUILD / "src/app/tokenbench"
CLI = BUILD / "src/cli/tokenbench-cli"
SANDBOX = BUILD / "src/sandbox/tokenbench-sandbox"
B = BUILD / "bench"


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def rel(path):
    """A path as the reader would type it from the top of the source tree."""
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return str(path)


def spread(values, digits=1, unit=""):
    values = sorted(values)
    med = statistics.median(values)
    return f"{med:.{digits}f}{unit} ({values[0]:.{digits}f}–{values[-1]:.{digits}f})"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)


def load_average():
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def machine():
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    debian = Path("/etc/debian_version").read_text().strip() if Path(
        "/etc/debian_version").exists() else "?"
    qt = "?"
    try:
        qt = run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"]).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        pass
    compiler = "?"
    cache = BUILD / "CMakeCache.txt"
    build_type = "?"
    if cache.exists():
        text = cache.read_text()
        m = re.search(r"^CMAKE_BUILD_TYPE:\w+=(.*)$", text, re.M)
        build_type = m.group(1) if m else "?"
        m = re.search(r"^CMAKE_CXX_COMPILER:\w+=(.*)$", text, re.M)
        if m:
            try:
                compiler = run([m.group(1), "--version"]).stdout.splitlines()[0]
            except (subprocess.CalledProcessError, FileNotFoundError):
                pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": f"{mem_kb / 1048576:.1f} GiB",
        "kernel": platform.release(),
        "debian": debian,
        "qt": qt,
        "compiler": compiler,
        "build_type": build_type,
        "display": f"Xvfb {os.environ.get('DISPLAY', '?')}, 1280x800x24, no window manager",
    }


def hyperfine(commands, names, json_path, runs=RUNS, warmup=3):
    cmd = ["hyperfine", "-N", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
           "--export-json", str(json_path)]
    for name, command in zip(names, commands):
        cmd += ["-n", name, command]
    run(cmd)
    data = json.loads(Path(json_path).read_text())["results"]
    return {r["command"]: r for r in data}


def hyperfine_cell(result):
    times = [t * 1000 for t in result["times"]]
    return spread(times, 1, " ms") + f", σ {result['stddev'] * 1000:.1f} ms"


def cpu_ms(result):
    """Mean CPU time (user + system) of a hyperfine result: what load on the machine distorts
    least, beside the wall time the targets are stated in."""
    return (result["user"] + result["system"]) * 1000


def peak_rss_mb(command, runs, env=None):
    values = []
    for _ in range(runs):
        proc = subprocess.run(["/usr/bin/time", "-v"] + command, text=True,
                              capture_output=True, env=env)
        if proc.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {proc.stderr[-400:]}")
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        values.append(int(m.group(1)) / 1024)
    return values


# --- start-up and its memory -------------------------------------------------------------------

def bench_startup(scratch):
    log("profiles: writing 200 and 10,000")
    p200 = scratch / "profiles-200"
    p10k = scratch / "profiles-10000"
    run([str(B / "bench_profiles"), str(p200), "200"])
    run([str(B / "bench_profiles"), str(p10k), "10000"])
    # The profile files are read fresh by every run; the history database each run creates in
    # the folder is tiny and the same for all runs after the first (a warm-up run).
    app = lambda d: f"{APP} --config-dir {d} --no-keychain --quit-after-first-paint"
    commands = {
        "bare QMainWindow": str(B / "bench_bare_window"),
        "tokenbench, 200 profiles": app(p200),
        "tokenbench, 10,000 profiles": app(p10k),
    }
    log(f"start-up: hyperfine, {RUNS} runs each")
    results = hyperfine(list(commands.values()), list(commands.keys()),
                        scratch / "startup.json")
    log(f"start-up memory: /usr/bin/time -v, {MEM_RUNS} runs each")
    memory = {name: peak_rss_mb(shlex.split(c), MEM_RUNS) for name, c in commands.items()}
    return commands, results, memory


# --- filtering ---------------------------------------------------------------------------------

def bench_filter():
    log(f"filter: {FILTER_RUNS} runs of bench_filter over 10,000 profiles")
    runs = []
    for _ in range(FILTER_RUNS):
        out = run([str(B / "bench_filter"), "--profiles", "10000", "--rounds", "5"]).stdout
        f = out.split("RESULT", 1)[1].split()
        runs.append({"keys": int(f[0]), "median": float(f[1]), "p90": float(f[2]),
                     "max": float(f[3]), "show": float(f[4])})
    return runs


# --- tokenbench-cli request against curl and HTTPie ---------------------------------------------

CLI_SCRIPT = r"""
set -euo pipefail
sandbox="$1"; cli="$2"; dir="$3"; body="$4"; json="$5"; runs="$6"
"$sandbox" --port 0 --quiet > "$dir/sandbox.out" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'listening on' "$dir/sandbox.out" 2>/dev/null && break; sleep 0.05; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/sandbox.out" | head -1)
token=$(cat "$dir/token")
"$cli" --config-dir "$dir/cli" add bench --vendor generic --method bearer --url "$base/generic" >/dev/null
printf 'token=%s\n' "$token" | "$cli" --config-dir "$dir/cli" login bench --secrets-stdin >/dev/null
url="$base/generic/api/echo"
# The keychain item the login stored, for libsecret's own client to look up.
user=$(secret-tool search --all server tokenbench 2>&1 | sed -n 's/^attribute\.user = //p' | head -1 || true)
keychain=()
[ -n "$user" ] && keychain=(-n secret-tool "secret-tool lookup server tokenbench user $user")
hyperfine -N --style none --warmup 5 --runs "$runs" --export-json "$json" "${keychain[@]}" \
  -n "tokenbench-cli list" "$cli --config-dir $dir/cli list" \
  -n curl "curl -sS -X POST -H 'Authorization: Bearer $token' -H 'Content-Type: application/json' --data-binary @$body $url" \
  -n tokenbench-cli "$cli --config-dir $dir/cli request bench POST api/echo -H 'Content-Type: application/json' -d @$body" \
  -n HTTPie "http --ignore-stdin --body POST $url 'Authorization:Bearer $token' Content-Type:application/json @$body"
"""


def bench_cli(scratch):
    log(f"request: tokenbench-cli, curl and HTTPie, {RUNS} runs each, keychain on a private bus")
    d = scratch / "cli"
    d.mkdir()
    body = d / "body.json"
    # About 1 KB of JSON, the size of a typical API call.
    items = [{"id": i, "name": f"asset {i}", "tags": ["a", "b"]} for i in range(24)]
    body.write_text(json.dumps({"items": items}))
    token = "sbx_ef3fdcda648f0f0218ae3e171da7347c0faa740d"  # the sandbox's demo static token
    (d / "token").write_text(token)
    script = d / "cli.sh"
    script.write_text(CLI_SCRIPT)
    out = d / "cli.json"
    run([str(ROOT / "tests/support/with-keyring.sh"), "bash", str(script), str(SANDBOX),
         str(CLI), str(d), str(body), str(out), str(RUNS)])
    results = {r["command"]: r for r in json.loads(out.read_text())["results"]}
    return results, body.stat().st_size


# --- large bodies ------------------------------------------------------------------------------

def bench_bodies():
    log(f"bodies: bench_bodyview --sizes {BODY_SIZES} --runs {BODY_RUNS}")
    out = run([str(B / "bench_bodyview"), "--sizes", BODY_SIZES, "--runs",
               str(BODY_RUNS)]).stdout
    rows = []
    number = r"([\d.]+) \(([\d.]+)-([\d.]+)\)"
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 8 or not re.match(r"^[\d.]+$", cells[0]):
            continue
        parsed = {"size": float(cells[0]), "rows": int(cells[1])}
        for key, cell in zip(["stall", "first", "full", "peak", "growth"], cells[2:7]):
            m = re.match(number, cell)
            parsed[key] = tuple(float(x) for x in m.groups())
        save = re.match(number + r", " + number, cells[7])
        parsed["save_mb"] = tuple(float(x) for x in save.groups()[:3])
        parsed["save_ms"] = tuple(float(x) for x in save.groups()[3:])
        rows.append(parsed)
    return out, rows


# --- idle ----------------------------------------------------------------------------------------

def proc_sample(pid):
    """CPU nanoseconds and per-thread context switches of a process. The CPU time is utime +
    stime from /proc/PID/stat, which keeps the time of threads that have ended (Qt's pool
    threads end after 30 idle seconds; summing the live threads would lose theirs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu_ns = (int(fields[11]) + int(fields[12])) * 1e9 / os.sysconf("SC_CLK_TCK")
    switches = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text()
            name = (task / "comm").read_text().strip()
        except (FileNotFoundError, ProcessLookupError):
            continue
        vol = int(re.search(r"^voluntary_ctxt_switches:\s+(\d+)", status, re.M).group(1))
        non = int(re.search(r"^nonvoluntary_ctxt_switches:\s+(\d+)", status, re.M).group(1))
        switches[f"{name}/{task.name}"] = (vol, non)
    return cpu_ns, switches


def bench_idle(scratch):
    log(f"idle: {IDLE_RUNS} visible and {IDLE_RUNS} hidden windows side by side, "
        f"{IDLE_SECONDS} s")
    d = scratch / "idle"
    run([str(B / "bench_profiles"), str(d), "200", "--steady"])
    procs = []
    for hidden in [False] * IDLE_RUNS + [True] * IDLE_RUNS:
        args = [str(B / "bench_idle"), "--config-dir", str(d)] + (["--hidden"] if hidden else [])
        p = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        procs.append((hidden, p))
    ticking = {}
    for hidden, p in procs:
        line = p.stdout.readline()
        if not line.startswith("READY"):
            raise RuntimeError("bench_idle did not get ready")
        ticking[p.pid] = "ticking=1" in line
    time.sleep(3)  # let the last start-up work drain
    before = {p.pid: proc_sample(p.pid) for _, p in procs}
    t0 = time.monotonic()
    time.sleep(IDLE_SECONDS)
    elapsed = time.monotonic() - t0
    after = {p.pid: proc_sample(p.pid) for _, p in procs}
    results = {False: [], True: []}
    for hidden, p in procs:
        cpu0, sw0 = before[p.pid]
        cpu1, sw1 = after[p.pid]
        per_thread = {}
        for name, (vol, non) in sw1.items():
            v0, _ = sw0.get(name, (0, 0))
            if vol - v0:
                per_thread[name.split("/")[0]] = per_thread.get(name.split("/")[0], 0) + vol - v0
        results[hidden].append({
            "cpu_percent": (cpu1 - cpu0) / 1e9 / elapsed * 100,
            "wakeups_per_minute": sum(per_thread.values()) * 60 / elapsed,
            "threads": per_thread,
            "ticking": ticking[p.pid],
        })
        p.send_signal(signal.SIGTERM)
    for _, p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
    return results


# --- login ---------------------------------------------------------------------------------------

def bench_login():
    log(f"login: {LOGIN_RUNS} runs of bench_login, 300 rounds each")
    runs = []
    for _ in range(LOGIN_RUNS):
        f = run([str(B / "bench_login"), "--rounds", "300"]).stdout.split("RESULT", 1)[1].split()
        runs.append({"auth": float(f[1]), "auth_p90": float(f[2]), "raw": float(f[3]),
                     "raw_p90": float(f[4]), "diff": float(f[5])})
    return runs


# --- the report ----------------------------------------------------------------------------------

def main():
    for binary in [APP, CLI, SANDBOX, B / "bench_bodyview", B / "bench_bare_window",
                   B / "bench_filter", B / "bench_idle", B / "bench_login", B / "bench_profiles"]:
        if not binary.exists():
            sys.exit(f"bench: {binary} is missing; build first (make bench does)")
    started = time.time()
    info = machine()
    load_before = load_average()
    log(f"load average at the start: {load_before}")

    with tempfile.TemporaryDirectory(prefix="tokenbench-bench-") as tmp:
        scratch = Path(tmp)
        # The app's settings and history go to the scratch folder, never the user's.
        for var in ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"]:
            os.environ[var] = str(scratch / var.lower())
            Path(os.environ[var]).mkdir(mode=0o700)
        os.environ["LANG"] = "C.UTF-8"
        commands, startup, memory = bench_startup(scratch)
        filt = bench_filter()
        cli, body_bytes = bench_cli(scratch)
        body_text, bodies = bench_bodies()
        idle = bench_idle(scratch)
        login = bench_login()

    load_after = load_average()
    minutes = (time.time() - started) / 60
    write_report(info, load_before, load_after, minutes, commands, startup, memory, filt, cli,
                 body_bytes, body_text, bodies, idle, login)
    log(f"wrote {OUTPUT} in {minutes:.1f} min")


def write_report(info, load_before, load_after, minutes, commands, startup, memory, filt, cli,
                 body_bytes, body_text, bodies, idle, login):
    bare, s200, s10k = ("bare QMainWindow", "tokenbench, 200 profiles",
                        "tokenbench, 10,000 profiles")
    med = lambda name: startup[name]["median"] * 1000
    mem_med = lambda name: statistics.median(memory[name])
    r_start = med(s200) / med(bare)
    r_mem = mem_med(s200) / mem_med(bare)
    r_10k = med(s10k) / med(s200)
    filt_median = statistics.median(r["median"] for r in filt)
    filt_p90 = statistics.median(r["p90"] for r in filt)
    filt_max = statistics.median(r["max"] for r in filt)
    cli_ratio = cli["tokenbench-cli"]["median"] / cli["curl"]["median"]
    login_diff = statistics.median(r["diff"] for r in login)

    L = []
    add = L.append
    add("# Performance, measured side by side")
    add("")
    add("Users of Electron API clients report 400 MB to 6 GB of memory, start-ups of many "
        "seconds and freezes on responses of a few MB. These are Tokenbench's figures, each "
        "against a reference measured in the same run on the same machine, so that the "
        "ratio, not the absolute number, is the claim. Every figure is the median of repeated "
        "runs, with the spread (min–max) in brackets.")
    add("")
    add("Written by `make bench` (`bench/run-all.sh`); run it again to refresh this page. It "
        "installs what it needs (`make bench-deps`: hyperfine, GNU time, Xvfb, curl, HTTPie), "
        "builds `bench/` and the app in `build-bench/` (a few minutes on two cores), then "
        f"measures for about {max(1, round(minutes))} minutes. CI builds the benchmarks with "
        "everything else but never runs them.")
    add("")
    add("## The machine")
    add("")
    add(f"- CPU: {info['cpu']}, {info['cores']} cores available; memory {info['memory']}")
    add(f"- Debian {info['debian']}, Linux {info['kernel']}, Qt {info['qt']}, "
        f"{info['compiler']}, build type {info['build_type']}")
    add(f"- Display: {info['display']}")
    add(f"- Load average (1/5/15 min) when the run started: {load_before}; when it ended: "
        f"{load_after}. A shared machine: other builds ran beside some of it, which widens the "
        "spreads; the ratios compare runs made side by side, so they suffer least.")
    add(f"- Run: {time.strftime('%Y-%m-%d %H:%M %Z')}, {minutes:.1f} min")
    add("")
    add("## Summary")
    add("")
    add("| What | Measured | Reference | Figure | Target | |")
    add("|---|---|---|---|---|---|")
    add(f"| Start-up to first paint, 200 profiles | {med(s200):.0f} ms | bare QMainWindow "
        f"{med(bare):.0f} ms | {r_start:.2f}x | ≤ 1.5x | {verdict(r_start <= 1.5)} |")
    add(f"| Peak memory of that start-up | {mem_med(s200):.0f} MB | bare QMainWindow "
        f"{mem_med(bare):.0f} MB | {r_mem:.2f}x | ≤ 1.5x | {verdict(r_mem <= 1.5)} |")
    add(f"| Start-up with 10,000 profiles | {med(s10k):.0f} ms | 200 profiles "
        f"{med(s200):.0f} ms | {r_10k:.2f}x | ≤ 2x | {verdict(r_10k <= 2)} |")
    add(f"| Filtering 10,000 profiles, per keystroke | median {filt_median:.1f} ms, 90th "
        f"percentile {filt_p90:.1f} ms, slowest {filt_max:.1f} ms | – | {filt_max:.1f} ms "
        f"slowest | ≤ 16 ms | {verdict(filt_max <= 16)} |")
    keychain = (f"; the keychain lookup alone (secret-tool) "
                f"{cli['secret-tool']['median'] * 1000:.1f} ms" if "secret-tool" in cli else "")
    add(f"| `tokenbench-cli request`, {body_bytes} B JSON to the sandbox | "
        f"{cli['tokenbench-cli']['median'] * 1000:.1f} ms{keychain} | curl "
        f"{cli['curl']['median'] * 1000:.1f} ms (HTTPie {cli['HTTPie']['median'] * 1000:.0f} ms)"
        f" | {cli_ratio:.2f}x | ≤ 1.5x | {verdict(cli_ratio <= 1.5)} |")
    for row in bodies:
        ok = (row["stall"][0] <= 100 and row["growth"][0] <= 5 and
              (row["size"] < 49 or row["size"] > 51 or row["first"][0] <= 1000))
        add(f"| Showing {row['size']:.0f} MB of JSON | longest stall {row['stall'][0]:.0f} ms, "
            f"first rows {row['first'][0]:.0f} ms, memory growth {row['growth'][0]:.2f}x, "
            f"saving +{row['save_mb'][0]:.1f} MB | the body's size | "
            f"{row['stall'][0]:.0f} ms, {row['growth'][0]:.2f}x | ≤ 100 ms, ≤ 5x"
            f"{', first ≤ 1 s' if 49 <= row['size'] <= 51 else ''} | {verdict(ok)} |")
    sizes = sorted({n for (_, n) in specs})
    small, large = (sizes[0], sizes[-1]) if sizes else (0, 0)
    for kind, what in (("refs", "JSON"), ("refs-yaml", "YAML")):
        a, b = specs.get((kind, small), {}), specs.get((kind, large), {})
        if not a.get("parse") or not b.get("parse") or small == large:
            continue
        growth = b["parse"] / a["parse"]
        # Linear in instructions (callgrind, bench/NOTES.md); wall time grows a little faster as
        # the tree outgrows the caches. Quadratic, as before, would be the square.
        bound = 2 * (large / small)
        add(f"| Reading an API description, {what}, {large:,} paths with $refs into "
            f"{large:,} parameters | {b['parse']:.0f} ms | {small:,} of each "
            f"{a['parse']:.0f} ms | {growth:.1f}x for {large // small}x the members | "
            f"≤ {bound:.0f}x (quadratic: {(large // small) ** 2}x) | {verdict(growth <= bound)} |")
    stops = [r["stop_max"] for r in specs.values() if r.get("stop_max") is not None]
    if stops:
        add(f"| Cancelling such a read | slowest stop {max(stops):.0f} ms | – | "
            f"{max(stops):.0f} ms | ≤ 100 ms | {verdict(max(stops) <= 100)} |")
    vis_cpu = statistics.median(r["cpu_percent"] for r in idle[False])
    hid_wake = statistics.median(r["wakeups_per_minute"] for r in idle[True])
    hid_cpu = statistics.median(r["cpu_percent"] for r in idle[True])
    add(f"| Idle {IDLE_SECONDS} s, countdown visible | {vis_cpu:.3f} % of a core | – | "
        f"{vis_cpu:.3f} % | < 0.5 % | {verdict(vis_cpu < 0.5)} |")
    add(f"| Idle {IDLE_SECONDS} s, window hidden | {hid_wake:.1f} wake-ups a minute, "
        f"{hid_cpu:.4f} % of a core | – | {hid_wake:.1f} / min | ≤ 1 / min | "
        f"{verdict(hid_wake <= 1)} |")
    add(f"| A login through an authenticator (OAuth 2.0 client credentials) | "
        f"{statistics.median(r['auth'] for r in login):.2f} ms | raw QNetworkAccessManager "
        f"{statistics.median(r['raw'] for r in login):.2f} ms | +{login_diff:.2f} ms | ≤ +2 ms "
        f"| {verdict(login_diff <= 2)} |")
    add("")

    add("## Start-up to first paint")
    add("")
    add("`tokenbench --quit-after-first-paint` starts as usual (the profiles read and listed "
        "by vendor with their badges, the token panel, the menus and the tabs; the request and "
        "history pages behind those tabs are built 250 ms after the first paint, as for every "
        "start), shows the window and quits as soon as its first paint is done: the "
        "process's wall time is the start-up plus a short exit. The reference, "
        "`bench/bench_bare_window.cpp`, is a QApplication with an empty QMainWindow of the same "
        "size quitting the same way. Both run on the same X server; settings and history live "
        "in a scratch folder.")
    add("")
    add("| Program | Wall time, median (min–max), σ | CPU time (user + system), mean | "
        "Peak RSS, median (min–max) |")
    add("|---|---|---|---|")
    for name in [bare, s200, s10k]:
        add(f"| {name} | {hyperfine_cell(startup[name])} | {cpu_ms(startup[name]):.1f} ms | "
            f"{spread(memory[name], 1, ' MB')} |")
    add("")
    add(f"Ratios: 200 profiles / bare = {r_start:.2f}x (wall time), "
        f"{cpu_ms(startup[s200]) / cpu_ms(startup[bare]):.2f}x (CPU time), {r_mem:.2f}x (memory); "
        f"10,000 / 200 profiles = {r_10k:.2f}x (wall time), "
        f"{cpu_ms(startup[s10k]) / cpu_ms(startup[s200]):.2f}x (CPU time), "
        f"{mem_med(s10k) / mem_med(s200):.2f}x (memory).")
    add("")
    add("Reproduce (after `make bench` has built `build-bench/`, under `xvfb-run -a -s "
        "\"-screen 0 1280x800x24\" bash`):")
    add("")
    add("```sh")
    add("build-bench/bench/bench_profiles /tmp/p200 200")
    add("build-bench/bench/bench_profiles /tmp/p10k 10000")
    add(f"hyperfine -N --warmup 3 --runs {RUNS} build-bench/bench/bench_bare_window \\")
    add("  'build-bench/src/app/tokenbench --config-dir /tmp/p200 --no-keychain "
        "--quit-after-first-paint' \\")
    add("  'build-bench/src/app/tokenbench --config-dir /tmp/p10k --no-keychain "
        "--quit-after-first-paint'")
    add("/usr/bin/time -v build-bench/src/app/tokenbench --config-dir /tmp/p200 --no-keychain "
        "--quit-after-first-paint 2>&1 | grep 'Maximum resident'")
    add("/usr/bin/time -v build-bench/bench/bench_bare_window 2>&1 | grep 'Maximum resident'")
    add("```")
    add("")

    add("## Filtering 10,000 profiles")
    add("")
    add("`bench/bench_filter.cpp`: a ProfileListWidget over 10,000 profiles, 340x700 as in the "
        "window, gets `prod eu 12` typed into its filter a key at a time (QTest::keyClick) and "
        "erased again with Backspace, five rounds; each keystroke is timed from the key event "
        "until the list is laid out and painted again.")
    add("")
    add("| Run | Keystrokes | Median | 90th percentile | Slowest | List first shown |")
    add("|---|---|---|---|---|---|")
    for i, r in enumerate(filt, 1):
        add(f"| {i} | {r['keys']} | {r['median']:.2f} ms | {r['p90']:.2f} ms | "
            f"{r['max']:.2f} ms | {r['show']:.0f} ms |")
    add("")
    add("Reproduce: `build-bench/bench/bench_filter --profiles 10000 --rounds 5` "
        "(offscreen when there is no display).")
    add("")

    add("## `tokenbench-cli request` against curl and HTTPie")
    add("")
    add(f"A POST of {body_bytes} bytes of JSON to the sandbox's `/generic/api/echo` with a "
        "bearer token, the JSON answer written to standard output. tokenbench-cli reads the "
        "profile and takes the token from the keychain (gnome-keyring on a private D-Bus "
        "session, as `make test` runs it), as it does for a user; curl and HTTPie are handed "
        "the token on their command line. All three are whole processes, started by hyperfine "
        "without a shell.")
    add("")
    add("| Client | Wall time, median (min–max), σ | / curl | CPU time (user + system), mean |")
    add("|---|---|---|---|")
    for name in ["curl", "tokenbench-cli", "HTTPie", "secret-tool", "tokenbench-cli list"]:
        if name not in cli:
            continue
        add(f"| {name} | {hyperfine_cell(cli[name])} | "
            f"{cli[name]['median'] / cli['curl']['median']:.2f}x | {cpu_ms(cli[name]):.1f} ms |")
    add("")
    if "secret-tool" in cli:
        add("The last two rows take the request apart: `secret-tool lookup` is libsecret's own "
            "client reading the same keychain item from gnome-keyring, with no Qt and no HTTP, "
            "and `tokenbench-cli list` starts the CLI and reads the profiles without touching "
            "the keychain or the network.")
        add("")
    add("Reproduce: `tests/support/with-keyring.sh bash` then, with "
        "`build-bench/src/sandbox/tokenbench-sandbox --port 8765 &`:")
    add("")
    add("```sh")
    add("cli='build-bench/src/cli/tokenbench-cli --config-dir /tmp/clibench'")
    add("$cli add bench --vendor generic --method bearer --url http://127.0.0.1:8765/generic")
    add("printf 'token=sbx_ef3fdcda648f0f0218ae3e171da7347c0faa740d\\n' | "
        "$cli login bench --secrets-stdin")
    add(f"hyperfine -N --warmup 5 --runs {RUNS} \\")
    add("  \"curl -sS -X POST -H 'Authorization: Bearer sbx_ef3fdcda648f0f0218ae3e171da7347c0f"
        "aa740d' -H 'Content-Type: application/json' --data-binary @body.json "
        "http://127.0.0.1:8765/generic/api/echo\" \\")
    add("  \"$cli request bench POST api/echo -H 'Content-Type: application/json' "
        "-d @body.json\" \\")
    add("  \"http --ignore-stdin --body POST http://127.0.0.1:8765/generic/api/echo "
        "'Authorization:Bearer sbx_ef3fdcda648f0f0218ae3e171da7347c0faa740d' "
        "Content-Type:application/json @body.json\"")
    add("# the two parts: the keychain alone, and the CLI without keychain or network")
    add("user=$(secret-tool search --all server tokenbench 2>&1 | "
        "sed -n 's/^attribute\\.user = //p' | head -1)")
    add("hyperfine -N --warmup 5 \"secret-tool lookup server tokenbench user $user\" "
        "\"$cli list\"")
    add("```")
    add("")

    add("## Showing large JSON responses")
    add("")
    add("`bench/bench_bodyview.cpp` generates an API-like JSON list of each size and loads it "
        "into the response viewer (BodyView) in a fresh process per run: the longest gap "
        "between ticks of a 5 ms timer while the body loads (the longest the event loop "
        "stalled), the time until the first rows are on screen and until the whole body is "
        "indexed, peak RSS and its growth as a multiple of the body, and what saving the body "
        "to disk adds to RSS. Its own output:")
    add("")
    add("```")
    add(body_text.rstrip())
    add("```")
    add("")
    add(f"Reproduce: `build-bench/bench/bench_bodyview --sizes {BODY_SIZES} --runs {BODY_RUNS}`.")
    add("")

    add("## Idle")
    add("")
    add("`bench/bench_idle.cpp` builds the main window as the app does (200 profiles whose "
        "badges do not change within the hour), pastes a JWT that expires in two hours into the "
        "token panel so that its countdown ticks, and leaves it alone; with `--hidden` the "
        "window is hidden once shown, as when it goes to the tray. From outside, over "
        f"{IDLE_SECONDS} s: "
        "CPU time is utime + stime from `/proc/PID/stat` (all threads, ended ones included, in "
        "10 ms ticks), wake-ups the sum of `voluntary_ctxt_switches` in `/proc/PID/task/*/status` "
        "(a thread that wakes and waits again switches once). "
        f"{IDLE_RUNS} windows of each kind idled side by side.")
    add("")
    add("| Window | CPU, % of one core | Wake-ups a minute | By thread (wake-ups in the run) |")
    add("|---|---|---|---|")
    for hidden in (False, True):
        rs = idle[hidden]
        threads = "; ".join(
            ", ".join(f"{k} {v}" for k, v in sorted(r["threads"].items())) or "none"
            for r in rs)
        add(f"| {'hidden' if hidden else 'visible, countdown ticking'} | "
            f"{spread([r['cpu_percent'] for r in rs], 3, ' %')} | "
            f"{spread([r['wakeups_per_minute'] for r in rs], 1)} | {threads} |")
    add("")
    add("Reproduce (under Xvfb): `build-bench/bench/bench_idle --config-dir /tmp/idle &` "
        "(after `bench_profiles /tmp/idle 200 --steady`), then read "
        "`/proc/$!/stat` (fields 14 and 15) and `grep voluntary_ctxt /proc/$!/task/*/status` a minute "
        "apart; `perf trace -s -p PID` or `strace -f -c -p PID` tell which calls wake it.")
    add("")

    add("## A login through an authenticator")
    add("")
    add("`bench/bench_login.cpp`: the sandbox in the same process, OAuth 2.0 client credentials "
        "(`POST /generic/oauth/token`) 300 times each way on one QNetworkAccessManager, taking "
        "turns: through GenericAuthenticator (HttpClient with its redirect handling, timeouts "
        "and redaction; the answer read into a Session) and the same POST built by hand, its "
        "JSON parsed for the token. Each is timed from the call until the token is in hand.")
    add("")
    add("| Run | Authenticator, median (p90) | Raw QNAM, median (p90) | Median difference |")
    add("|---|---|---|---|")
    for i, r in enumerate(login, 1):
        add(f"| {i} | {r['auth']:.3f} ms ({r['auth_p90']:.3f}) | {r['raw']:.3f} ms "
            f"({r['raw_p90']:.3f}) | +{r['diff']:.3f} ms |")
    add("")
    add("Reproduce: `build-bench/bench/bench_login --rounds 300`.")
    add("")
    notes = ROOT / "bench" / "NOTES.md"
    if notes.exists():
        add(notes.read_text().rstrip())
        add("")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(L))


if __name__ == "__main__":
    main()
