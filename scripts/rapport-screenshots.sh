#!/usr/bin/env bash
# Builds the report of a peildatum on a fresh, seeded database and writes every PDF page as a PNG
# into docs/screenshots/<prefix>-pNN.png (poppler's pdftoppm; installed by scripts/ensure-chromium.sh).
# Usage: scripts/rapport-screenshots.sh 2025-05-20 13
set -euo pipefail
P="${1:-2025-05-20}"
PREFIX="${2:-13}"
MAP="$(mktemp -d)"
trap 'rm -rf "$MAP"' EXIT
AKKOORDMONITOR_DATA_DIR="$MAP/data" npx tsx src/cli.ts rapport --peildatum "$P" --out "$MAP/rapport.pdf" >&2
rm -f docs/screenshots/"$PREFIX"-p*.png
pdftoppm -r 60 -png "$MAP/rapport.pdf" "docs/screenshots/$PREFIX-p"
pdfinfo "$MAP/rapport.pdf" | grep -E 'Title|Tagged|Pages'
ls docs/screenshots/"$PREFIX"-p*.png
