"""`python -m bench.scale` keeps running as the schema and the ticks change: three groups, on
SQLite and on PostgreSQL, give one JSON line with every figure."""

import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TICKS = {"agenda", "chase", "minutes", "delivery"}
READS = {"next_meeting", "my_tasks", "open_tasks", "search", "agenda"}


async def test_the_scale_benchmark_prints_one_json_line_with_every_figure(migrated_url):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.scale", "--groups", "3", "--reads", "3",
        "--database", migrated_url, cwd=ROOT, stdout=asyncio.subprocess.PIPE)
    out, _ = await asyncio.wait_for(process.communicate(), 300)
    assert process.returncode == 0
    [line] = out.decode().splitlines()
    result = json.loads(line)
    assert result["groups"] == 3 and result["generate_s"] >= 0
    assert set(result["ticks"]) == TICKS
    for figures in result["ticks"].values():
        assert set(figures) == {"idle_s", "idle_statements", "busy_s"}
        assert figures["idle_statements"] >= 1
    assert set(result["reads_p99_ms"]) == READS
    assert all(value is not None for value in result["reads_p99_ms"].values())
    # The worst turn of each read stands beside its p99: no outlier is out of sight.
    assert all(result["reads_max_ms"][name] >= result["reads_p50_ms"][name] for name in READS)
    assert result["peak_rss_mb"] > 0 and result["healthz_p99_ms"] is not None
    assert isinstance(result["locked_errors"], int) and result["failed_reads"] == 0
    # The busy morning queued and delivered cards: the three groups' reminders at least.
    assert result["sent"]["card"] >= 3
