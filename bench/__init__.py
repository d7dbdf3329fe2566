"""Benchmarks, each run as a module (`python -m bench.turns`, …); see bench/README.md."""
