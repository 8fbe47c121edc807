#!/usr/bin/env bash
# Installs what InjectPlan's build, demo and tests need from Debian, if it is missing:
# JDK 17 and Maven; PixelMed (DICOM) and its JPEG lossless codec; dcmtk and dicom3tools
# (independent checks of what we read and write); pydicom (the oracle for segmented palettes,
# which dcmtk 3.6.7 refuses); scikit-image (the peer segmenter of scripts/bench-segment.sh:
# morphological Chan-Vese, compared with ours on the same frames); Orthanc (a real PACS for the export tests); Xvfb (ImageJ window
# tests); poppler-utils (PDF rendering checks); tesseract-ocr (the OCR oracle that must not read
# a patient's name or ID in a de-identified key image, Secondary Capture or PDF page).
# Everything else comes from Maven Central.
set -euo pipefail

packages=(
  openjdk-17-jdk-headless maven
  libpixelmed-java libpixelmed-imageio-java
  dcmtk dicom3tools python3-pydicom python3-skimage
  orthanc orthanc-dicomweb
  xvfb poppler-utils tesseract-ocr
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to run: apt-get install ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# The Orthanc package would start a service where an init system runs; tests start their own.
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
