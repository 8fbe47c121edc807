package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.SegmentOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Automatic mode says "no capsule found" on the real ultrasound files of the shared corpus
 * ({@code ../shared/dicom/real}): echocardiography and other captures without a joint. What
 * decides, per file (checked by hand on frame 0 and written here so a change shows):
 * UNCALIBRATED: no calibrated ultrasound region, automatic mode does not search;
 * NO_CANDIDATE: no dark space of recess size clear of the region's bottom (cardiac chambers and
 * the black outside the sector reach the bottom); NOT_RECESS: dark spaces exist but none is
 * recess-like (grey, not anechoic: contrast under 0.6; or round, or cut by the region edge).
 * The JPEG-LS and JPEG XL files are refused by the loader and are not listed.
 */
class RealEchoNoCapsuleTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "US-PAL-8-10x-echo.dcm, UNCALIBRATED",
      "US-RGB-8-epicard_bigendian.dcm, UNCALIBRATED",
      "US-RGB-8-esopecho.dcm, UNCALIBRATED",
      "US1_J2KI.dcm, UNCALIBRATED",
      "US1_J2KR.dcm, UNCALIBRATED",
      "US1_RLE.dcm, UNCALIBRATED",
      "OBXXXX1A_US_palette.dcm, NO_CANDIDATE",
      "YBR_422_US_Esaote_uncompressed.dcm, NO_CANDIDATE",
      "examples_ybr_color_US_cine_jpeg.dcm, NO_CANDIDATE",
      "no-pixel-spacing_US_palette_RLE.dcm, NO_CANDIDATE",
      "JPGLosslessP14SV1_1s_1f_8b_US.dcm, NOT_RECESS",
      "YBR_FULL-RLE_US.dcm, NOT_RECESS",
      "gdcm-US-ALOKA-16.dcm, NOT_RECESS",
      "gdcm-US-ALOKA-16_big.dcm, NOT_RECESS",
      "IM00001.implicit_little_endian.dcm, NOT_RECESS",
      "IM00001.fragmented_no_bot_jpeg_baseline.50.dcm, NOT_RECESS"})
  void automaticModeFindsNoCapsule(String name, String why) throws Exception {
    Path file = corpus().resolve("real").resolve(name);
    assertTrue(Files.isRegularFile(file), "missing corpus file " + file);
    CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);
    try (Scan scan = ScanLoader.open(file)) {
      SegmentOutcome o = seg.segment(scan.frame(0), scan.calibration(), 0, Optional.empty());
      assertFalse(o.isFound(), name + ": found " + (o.isFound() ? o.get().how() : ""));
      String expected = switch (why) {
        case "UNCALIBRATED" -> "no calibrated ultrasound region";
        case "NO_CANDIDATE" -> "no dark space of recess size";
        case "NOT_RECESS" -> "not recess-like enough";
        default -> throw new IllegalArgumentException(why);
      };
      assertTrue(o.reason().contains(expected), name + ": " + o.reason());
    }
  }

  private static Path corpus() {
    String p = System.getProperty("injectplan.corpus");
    if (p == null || p.isBlank()) {
      fail("system property injectplan.corpus is not set: run the tests through Maven");
    }
    return Path.of(p);
  }
}
