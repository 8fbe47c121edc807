package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.scan.UltrasoundRegion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each committed sample loads through {@link ScanLoader} with the calibration the generator
 * intended: the generator's geometry (rebuilt from the committed seed) against the header.
 */
class CalibrationTest {
  private static final double MM_TOLERANCE = 1e-6;

  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = ".*(US|CINE|NEEDLE)", mode = EnumSource.Mode.MATCH_ANY)
  void ultrasoundRegionMatchesGeneratorGeometry(SampleCase c) throws Exception {
    UsGeometry g = new UsCaseGenerator(c, SampleGenerator.DEFAULT_SEED).setup().geometry();
    try (Scan scan = ScanLoader.open(CommittedSamples.dicom(c))) {
      assertEquals(CalibrationSource.US_REGION, scan.calibration().source());
      assertEquals(g.mmPerPixel(), scan.calibration().mmPerPixelX(), MM_TOLERANCE);
      assertEquals(g.mmPerPixel(), scan.calibration().mmPerPixelY(), MM_TOLERANCE);
      UltrasoundRegion r = scan.calibration().primaryRegion().orElseThrow();
      assertEquals(1, r.spatialFormat(), "RegionSpatialFormat 2D");
      assertEquals(1, r.dataType(), "RegionDataType tissue");
      assertEquals(3, r.unitsX(), "PhysicalUnitsXDirection cm");
      assertEquals(3, r.unitsY(), "PhysicalUnitsYDirection cm");
      assertEquals(g.deltaCm(), r.deltaX(), 1e-12, "PhysicalDeltaX in cm");
      assertEquals(java.util.List.of(g.regionX0(), g.regionY0(), g.regionX1(), g.regionY1()),
          java.util.List.of(r.x0(), r.y0(), r.x1(), r.y1()), "region bounds");
      assertEquals(g.frameColumns(), scan.columns());
      assertEquals(g.frameRows(), scan.rows());
      assertEquals(c.frames(), scan.frameCount());
      if (c.frames() > 1) {
        assertEquals(UsCaseGenerator.FRAME_TIME_MS, scan.frameTimeMs().orElseThrow(), 1e-9);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleCase.class, names = ".*_XA", mode = EnumSource.Mode.MATCH_ANY)
  void fluoroscopyCalibrationIsTheIntendedOne(SampleCase c) throws Exception {
    XaCaseGenerator gen = new XaCaseGenerator(c, SampleGenerator.DEFAULT_SEED);
    JsonNode truth = CommittedSamples.truth(c);
    try (Scan scan = ScanLoader.open(CommittedSamples.dicom(c))) {
      assertEquals(gen.intendedSource(), scan.calibration().source().name());
      assertEquals(gen.intendedMmPerPixel(), scan.calibration().mmPerPixelX(), MM_TOLERANCE);
      assertEquals(gen.intendedMmPerPixel(), scan.calibration().mmPerPixelY(), MM_TOLERANCE);
      assertEquals(truth.get("projection").get("intendedMmPerPixel").asDouble(), scan.calibration().mmPerPixelX(),
          MM_TOLERANCE);
      assertTrue(scan.isFluoroscopy());
    }
  }
}
