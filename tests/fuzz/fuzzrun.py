#!/usr/bin/env python3
"""Builds and runs the libFuzzer targets of tests/fuzz (docs/fuzzing.md). Python 3 stdlib only.

  fuzzrun.py build --build DIR [--source DIR] [--jobs N] [TARGET ...]
      configures the fuzz preset (clang, sanitizers) into DIR and builds the targets.
  fuzzrun.py run --fuzzer BIN --seeds DIR --work DIR --seconds N
      one run of one target on a fresh copy of its seeds in WORK/corpus, crash files in
      WORK/artifacts; fails on any crash, leak, timeout or undefined behaviour. The test
      suite's fuzz_short_* tests are this.
  fuzzrun.py long [--minutes N] [--build DIR] [--work DIR] [--parallel N] [TARGET ...]
      the long run: builds, then runs every target (or those named) for N minutes each,
      keeping each corpus in WORK/TARGET/corpus between runs; prints a table of the results.

The checked-in corpus is only ever read: libFuzzer writes new inputs to its first corpus
directory, which is always a scratch one.
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

SOURCE = pathlib.Path(__file__).resolve().parents[2]
TARGETS = ["bundle", "casefile", "receipt", "ras"]
CRASH_PREFIXES = ("crash-", "leak-", "timeout-", "oom-", "slow-unit-")
DICTIONARY = pathlib.Path(__file__).resolve().parent / "json.dict"


def build(args):
    cmake = args.cmake
    configure = [cmake, "-S", str(args.source), "--preset", "fuzz", "-B", str(args.build)]
    targets = args.targets or ["fuzz_" + t for t in TARGETS]
    started = time.monotonic()
    print("+", " ".join(configure), flush=True)
    if subprocess.run(configure).returncode != 0:
        print("fuzzrun: configuring the fuzz build failed (clang++ is in "
              "packaging/debian-packages.txt)", file=sys.stderr)
        return 1
    command = [cmake, "--build", str(args.build), "--parallel", str(args.jobs), "--target",
               *targets]
    print("+", " ".join(command), flush=True)
    if subprocess.run(command).returncode != 0:
        print("fuzzrun: building the fuzz targets failed", file=sys.stderr)
        return 1
    print(f"fuzzrun: fuzz build ready in {time.monotonic() - started:.0f} s", flush=True)
    return 0


def stats(output):
    """The figures libFuzzer prints: its final statistics and the last coverage line."""
    found = {}
    for key, value in re.findall(r"^stat::(\w+):\s+(\d+)", output, re.MULTILINE):
        found[key] = int(value)
    lines = re.findall(r"^#\d+\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/", output, re.MULTILINE)
    if lines:
        found["cov"], found["ft"], found["corpus"] = (int(x) for x in lines[-1])
    return found


def fuzz(fuzzer, seeds, work, seconds, extra=(), fresh=True, echo=True):
    """One libFuzzer run; returns (problems, statistics, crash files)."""
    fuzzer, seeds, work = pathlib.Path(fuzzer), pathlib.Path(seeds), pathlib.Path(work)
    problems = []
    if not fuzzer.is_file():
        return [f"{fuzzer} is not built (fuzzrun.py build)"], {}, []
    seed_files = sorted(p for p in seeds.iterdir() if p.is_file())
    if not seed_files:
        return [f"no seeds in {seeds}"], {}, []
    corpus, artifacts = work / "corpus", work / "artifacts"
    if fresh and corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in seed_files:
        if not (corpus / seed.name).exists():
            shutil.copy2(seed, corpus / seed.name)
    if artifacts.exists():
        shutil.rmtree(artifacts)
    artifacts.mkdir(parents=True)

    command = [str(fuzzer), f"-max_total_time={seconds}", "-timeout=25", "-print_final_stats=1",
               f"-dict={DICTIONARY}", f"-artifact_prefix={artifacts}/", *extra, str(corpus)]
    env = dict(os.environ)
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    if echo:
        print("+", " ".join(command), flush=True)
    # A guard beyond libFuzzer's own limit: a hang in the target must not hang the suite.
    try:
        run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                             text=True, errors="replace", timeout=seconds + 120)
        output, code = run.stdout, run.returncode
    except subprocess.TimeoutExpired as e:
        output, code = e.stdout or "", None
        if isinstance(output, bytes):
            output = output.decode(errors="replace")
        problems.append(f"{fuzzer.name} did not stop after {seconds + 120} s")
    if echo:
        # The start and the end: the seeds read, the coverage reached, and any report.
        lines = output.splitlines()
        shown = lines if len(lines) <= 60 else lines[:20] + ["..."] + lines[-40:]
        print("\n".join(shown), flush=True)
    found = stats(output)
    crashes = sorted(p for p in artifacts.iterdir() if p.name.startswith(CRASH_PREFIXES))
    if code not in (0, None):
        problems.append(f"{fuzzer.name} exited with {code}")
    for crash in crashes:
        problems.append(f"{fuzzer.name} found {crash}")
    runs = found.get("number_of_executed_units", 0)
    # Every seed is run once before any mutation: fewer runs means the seeds never all ran.
    if not problems and runs < len(seed_files):
        problems.append(f"{fuzzer.name} ran {runs} inputs, fewer than its {len(seed_files)} seeds")
    return problems, found, crashes


def summary(name, found, seconds):
    runs = found.get("number_of_executed_units", 0)
    return (f"{name}: {runs} inputs in {seconds} s ({found.get('average_exec_per_sec', 0)}/s), "
            f"cov {found.get('cov', '?')} edges, ft {found.get('ft', '?')}, "
            f"corpus {found.get('corpus', '?')}, peak RSS {found.get('peak_rss_mb', '?')} MB")


def run(args):
    started = time.monotonic()
    problems, found, _ = fuzz(args.fuzzer, args.seeds, args.work, args.seconds)
    print(summary(pathlib.Path(args.fuzzer).name, found, round(time.monotonic() - started)))
    for problem in problems:
        print("FAIL:", problem)
    return 1 if problems else 0


def long(args):
    targets = args.targets or TARGETS
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        print(f"fuzzrun: unknown target(s) {', '.join(unknown)}; known: {', '.join(TARGETS)}")
        return 2
    if not args.no_build:
        built = build(argparse.Namespace(cmake="cmake", source=SOURCE, build=args.build,
                                         jobs=args.parallel,
                                         targets=["fuzz_" + t for t in targets]))
        if built != 0:
            return built
    seconds = int(args.minutes * 60)

    def one(target):
        started = time.monotonic()
        problems, found, crashes = fuzz(
            args.build / "tests" / "fuzz" / ("fuzz_" + target),
            SOURCE / "tests" / "fuzz" / "corpus" / target, args.work / target, seconds,
            extra=args.libfuzzer, fresh=False, echo=False)
        return target, problems, found, round(time.monotonic() - started)

    print(f"fuzzrun: {', '.join(targets)} for {args.minutes:g} min each, {args.parallel} at a "
          f"time; corpora and crash files in {args.work}", flush=True)
    failed = False
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.parallel) as pool:
        for target, problems, found, elapsed in pool.map(one, targets):
            print(summary("fuzz_" + target, found, elapsed), flush=True)
            for problem in problems:
                failed = True
                print("  FAIL:", problem, flush=True)
    if failed:
        print("fuzzrun: reproduce with build/fuzz/tests/fuzz/fuzz_TARGET CRASH-FILE; every crash "
              "becomes a fixture (docs/fuzzing.md)")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="configure the fuzz preset into DIR and build")
    b.add_argument("--cmake", default="cmake")
    b.add_argument("--source", type=pathlib.Path, default=SOURCE)
    b.add_argument("--build", type=pathlib.Path, required=True)
    b.add_argument("--jobs", type=int, default=2)
    b.add_argument("targets", nargs="*", help="default: every fuzz_* target")

    r = sub.add_parser("run", help="one short run of one target (the test suite's)")
    r.add_argument("--fuzzer", type=pathlib.Path, required=True)
    r.add_argument("--seeds", type=pathlib.Path, required=True)
    r.add_argument("--work", type=pathlib.Path, required=True)
    r.add_argument("--seconds", type=int, default=12)

    g = sub.add_parser("long", help="the long run of every target")
    g.add_argument("--minutes", type=float, default=10)
    g.add_argument("--build", type=pathlib.Path, default=SOURCE / "build" / "fuzz")
    g.add_argument("--work", type=pathlib.Path, default=pathlib.Path("/tmp/hearth-fuzz"))
    g.add_argument("--parallel", type=int, default=2, help="targets at a time (and build jobs)")
    g.add_argument("--no-build", action="store_true", help="use the targets as built")
    g.add_argument("--libfuzzer", action="append", default=[],
                   help="an extra libFuzzer flag, e.g. --libfuzzer=-rss_limit_mb=4096")
    g.add_argument("targets", nargs="*", help=f"default: {' '.join(TARGETS)}")

    args = parser.parse_args()
    return {"build": build, "run": run, "long": long}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
