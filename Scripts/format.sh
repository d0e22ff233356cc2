#!/usr/bin/env bash
# Formats the sources with swift-format (bundled with the Swift toolchain), then lints them strictly.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format --in-place --recursive Sources Tests Package.swift
swift format lint --strict --recursive Sources Tests Package.swift
