package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.injectplan.bench.SegmentationAccuracy;
import org.injectplan.bench.SegmentationAccuracy.CaseFigures;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.samples.Look;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.samples.UsLook;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.scan.UltrasoundRegion;
import org.injectplan.segment.needle.NeedleDetection;
import org.injectplan.segment.needle.NeedleLineDetector;
import org.injectplan.segment.structures.StructureFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link Look#REAL_TISSUE} samples (issue 11.6; not committed: the committed samples keep the
 * phantom look until the algorithms hold on these): the single-frame cases of the committed seed,
 * generated here. Their look is held to the real frames' figures (docs/samples.md, measured with
 * {@link UsLook} on /work/shared/real-us), the algorithms to floors a little below what they
 * reach on them now (so a regression shows), and the goals of issue 11 are kept as disabled tests
 * naming the measured figure.
 */
class RealTissueSamplesTest {
  /** Real frames, interquartile ranges (UsLook real /work/shared/real-us; docs/samples.md). */
  private static final double SLOPE_LO_GREY_PER_CM = -23.7;
  private static final double SLOPE_HI_GREY_PER_CM = -8.6;
  private static final double SPECKLE_AXIAL_LO_MM = 0.43;
  private static final double SPECKLE_AXIAL_HI_MM = 0.63;
  private static final double LUMEN_LO_GREY = -34;
  private static final double LUMEN_HI_GREY = -16;
  /** Floors below what the algorithms reach on these samples now (docs/algorithms.md). */
  private static final double CAPSULE_DICE_FLOOR = 0.94;
  private static final double NEEDLE_ANGLE_TOLERANCE_DEG = 2;
  private static final List<String> FRAMES = List.of("knee-us", "shoulder-us", "hip-us");

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() throws Exception {
    for (SampleCase c : SampleCase.values()) {
      if (c.isUltrasound() && (c.frames() == 1)) {
        SampleGenerator.generate(c, SampleGenerator.DEFAULT_SEED, dir, c.id(), Look.REAL_TISSUE);
      }
    }
  }

  private static double median(int figure, boolean vesselCasesOnly) throws Exception {
    double[] v = new double[4];
    int n = 0;
    for (UsLook.Frame f : UsLook.samples(dir)) {
      if (!vesselCasesOnly || !f.name().startsWith("shoulder")) {
        v[n++] = UsLook.measure(f)[figure];
      }
    }
    v = Arrays.copyOf(v, n);
    Arrays.sort(v);
    System.out.printf(Locale.ROOT, "real-tissue look, figure %d: %s%n", figure, Arrays.toString(v));
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  @Test
  void theEchoFallsWithDepthAsOnTheRealFrames() throws Exception {
    double slope = median(UsLook.SLOPE_GREY_PER_CM, false);
    assertTrue(slope >= SLOPE_LO_GREY_PER_CM && slope <= SLOPE_HI_GREY_PER_CM, "median fall " + slope
        + " levels/cm, real frames' interquartile range " + SLOPE_LO_GREY_PER_CM + ".." + SLOPE_HI_GREY_PER_CM);
  }

  @Test
  void theSpeckleIsTheRealFramesSize() throws Exception {
    double mm = median(UsLook.SPECKLE_AXIAL_MM, false);
    assertTrue(mm >= SPECKLE_AXIAL_LO_MM && mm <= SPECKLE_AXIAL_HI_MM, "median axial speckle size " + mm
        + " mm, real frames' interquartile range " + SPECKLE_AXIAL_LO_MM + ".." + SPECKLE_AXIAL_HI_MM);
  }

  @Test
  void vesselLumensAreGreyAsOnTheRealFrames() throws Exception {
    double grey = median(UsLook.LUMEN_MINUS_RING_GREY, true);
    assertTrue(grey >= LUMEN_LO_GREY && grey <= LUMEN_HI_GREY, "lumen minus ring " + grey
        + " levels (knee, hip), real frames' interquartile range " + LUMEN_LO_GREY + ".." + LUMEN_HI_GREY);
  }

  private static double[] capsuleDiceMeans() throws Exception {
    double auto = 0;
    double seeded = 0;
    for (String id : FRAMES) {
      CaseFigures f = SegmentationAccuracy.measure(dir, id, 2, 1);
      System.out.printf(Locale.ROOT, "real-tissue %s: capsule Dice automatic %.3f, seeded %.3f%n", id,
          f.automatic().diceMean(), f.seeded().diceMean());
      auto += f.automatic().diceMean() / FRAMES.size();
      seeded += f.seeded().diceMean() / FRAMES.size();
    }
    return new double[] {auto, seeded};
  }

  @Test
  void capsuleDiceHoldsItsFloor() throws Exception {
    double[] m = capsuleDiceMeans();
    assertTrue(m[0] >= CAPSULE_DICE_FLOOR, "automatic mean Dice " + m[0]);
    assertTrue(m[1] >= CAPSULE_DICE_FLOOR, "seeded mean Dice " + m[1]);
  }

  /** Measured 0.958 on these 3 frames in both modes (0.950 over all 39 frames of the realistic set). */
  @Test
  void capsuleDiceMeetsTheGoal() throws Exception {
    double[] m = capsuleDiceMeans();
    assertTrue(m[0] >= 0.95 && m[1] >= 0.95, "mean Dice automatic " + m[0] + ", seeded " + m[1]);
  }

  @Disabled("measured vessel coverage 0 on knee and hip: issue 11 items 1, 3, 4: the algorithms do not yet hold "
      + "on the realistic samples")
  @Test
  void vesselCoverageMeetsTheGoal() throws Exception {
    for (String id : List.of("knee-us", "hip-us")) {
      Path folder = dir.resolve(id);
      try (Scan scan = ScanLoader.open(folder.resolve(id + ".dcm"))) {
        StructureFinder.Found found = StructureFinder.find(scan.frame(0), scan.calibration(),
            MaskPng.read(folder.resolve("masks/capsule-f00.png")));
        Mask vessels = null;
        for (Mask v : found.vessels().values()) {
          vessels = vessels == null ? v : vessels.or(v);
        }
        double[] o = StructureFinderSamplesTest.overlap(vessels, MaskPng.read(folder.resolve("masks/avoid-f00.png")));
        assertTrue(o[0] >= 0.85, id + ": vessel coverage " + o[0]);
      }
    }
  }

  /** {angle error deg, tip error mm} of the needle found on knee-us-needle by the check's detector. */
  private static double[] needleErrors() throws Exception {
    String id = "knee-us-needle";
    Path folder = dir.resolve(id);
    JsonNode truth = new ObjectMapper().readTree(folder.resolve(id + ".truth.json").toFile()).get("needle");
    PixelPoint tip = new PixelPoint(truth.get("tip").get("xPx").asDouble(), truth.get("tip").get("yPx").asDouble());
    Plan reference = PlanJson.read(folder.resolve(id + ".plan.json"));
    Mask capsule = MaskPng.read(folder.resolve("masks/capsule-f00.png"));
    try (Scan scan = ScanLoader.open(folder.resolve(id + ".dcm"))) {
      UltrasoundRegion region = scan.calibration().primaryRegion().orElseThrow();
      PixelScale scale = PixelScale.at(scan.calibration(), reference.target().xPx(), reference.target().yPx());
      InPlanePath planned = new InPlanePath(reference.entry(), reference.target(), region.x0(), region.x1() + 1, scale);
      NeedleDetection d = NeedleLineDetector.detect(scan.frame(0), planned, capsule, region.y0())
          .orElseThrow(() -> new AssertionError(id + " (real-tissue look): no needle found"));
      double[] e = {Math.abs(d.angleDeg() - truth.get("angleDeg").asDouble()),
          scale.lengthMm(d.tip().xPx() - tip.xPx(), d.tip().yPx() - tip.yPx())};
      System.out.printf(Locale.ROOT, "real-tissue %s: angle error %.2f deg, tip error %.2f mm%n", id, e[0], e[1]);
      return e;
    }
  }

  @Test
  void needleAngleHolds() throws Exception {
    double[] e = needleErrors();
    assertEquals(0, e[0], NEEDLE_ANGLE_TOLERANCE_DEG, "angle error, deg");
  }

  /** Issue 11's tip goal, met since the check's detector walks no further than fluid (0.49 mm; 2.82 mm before). */
  @Test
  void needleTipMeetsTheGoal() throws Exception {
    assertTrue(needleErrors()[1] <= 1.0, "tip error, mm");
  }

  /** {coverage, false share} of the bone found on the realistic shoulder-us against its truth. */
  private static double[] shoulderBone() throws Exception {
    Path folder = dir.resolve("shoulder-us");
    try (Scan scan = ScanLoader.open(folder.resolve("shoulder-us.dcm"))) {
      StructureFinder.Found found = StructureFinder.find(scan.frame(0), scan.calibration(),
          MaskPng.read(folder.resolve("masks/capsule-f00.png")));
      double[] o = StructureFinderSamplesTest.overlap(found.bone(), MaskPng.read(folder.resolve("masks/bone-f00.png")));
      System.out.printf(Locale.ROOT, "real-tissue shoulder-us: bone coverage %.3f, false share %.3f%n", o[0], o[1]);
      return o;
    }
  }

  /**
   * Floor a little below the measured figure (coverage 0.800, false share 0.006 on this seed; 0.992
   * and 0.992 on seeds v2 and v3 of {@code samples --look real-tissue --count 3}): the glenoid's rim
   * at the region's side returns too little echo to count as a reflector.
   */
  @Test
  void shoulderBoneHoldsItsFloor() throws Exception {
    double[] o = shoulderBone();
    assertTrue(o[0] >= 0.78, "bone coverage " + o[0]);
    assertTrue(o[1] <= StructureFinderSamplesTest.BONE_FALSE_SHARE, "bone false share " + o[1]);
  }

  @Disabled("measured bone coverage 0.800 (goal 0.95 of issues 4/5): the glenoid's rim at the region's side is "
      + "missed (docs/algorithms.md)")
  @Test
  void shoulderBoneMeetsTheGoal() throws Exception {
    assertTrue(shoulderBone()[0] >= StructureFinderSamplesTest.BONE_COVERAGE, "bone coverage");
  }
}
