"""Benchmarks for jadbot: latency, scaling, cold start and a classic peer, run by `make bench`.

Speed targets live here and in `results.md`, never in the test suite: timings on a shared
2-core machine are too noisy to fail a build on.
"""
