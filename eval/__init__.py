"""Evaluation harness, benchmarks and question sets of 辅警法规助手 (see eval/BASELINE.md)."""
