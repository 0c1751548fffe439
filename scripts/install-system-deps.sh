#!/usr/bin/env bash
# Debian packages DuPhong uses at run time or in tests. Safe to re-run; needs root.
# chromium: browser tests (playwright-core drives /usr/bin/chromium)
# rclone: the peer measured by `npm run bench`
# libxml2-utils: xmllint, to check what we write against the METS and PREMIS XSDs in tests
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rclone >/dev/null 2>&1 || need+=(rclone)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v zip >/dev/null 2>&1 || need+=(zip) # export baseline in bench/
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# digitisation (issue 10): OCR to two-layer PDF/A with Vietnamese, PDF page checks, audio-visual probes, the
# font the test scans are rendered with, LibreOffice for PDF reports
command -v ocrmypdf >/dev/null 2>&1 || need+=(ocrmypdf)
[ -f /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || need+=(tesseract-ocr-vie)
command -v ffprobe >/dev/null 2>&1 || need+=(ffmpeg)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core)
# plans and reports (issue 11): the roll-up appendix as PDF (DOCX converted by LibreOffice)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Thiếu gói Debian: ${need[*]}. Hãy chạy với quyền root: sudo bash scripts/install-system-deps.sh" >&2
  echo "Missing Debian packages: ${need[*]}. Run as root: sudo bash scripts/install-system-deps.sh" >&2
  exit 0
fi
echo "Cài gói Debian / installing Debian packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
