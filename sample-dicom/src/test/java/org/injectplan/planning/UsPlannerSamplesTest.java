package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.plan.Plan;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On every ultrasound sample (frame 0, truth masks as the capsule and structures): the planned
 * target is in the capsule, the path clears every structure by its minimum (checked by brute
 * force over every structure pixel, not by the planner's own clearance code), the angle is within
 * the preset, and the depth agrees with the reference plan within 1 mm.
 */
class UsPlannerSamplesTest {
  private static final double DEPTH_TOLERANCE_MM = 1.0;

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine", "knee-us-needle"})
  void planMeetsTheIssueFigures(String id) throws Exception {
    PlanningResult r = Samples.planUs(id);
    Plan p = r.plan();
    JsonNode ref = Samples.plan(id);
    assertTrue(Samples.mask(id, "capsule", 0).contains(p.target().xPx(), p.target().yPx()), "target in capsule");
    double mm = ref.get("calibration").get("mmPerPixelX").asDouble();
    double avoid = bruteClearancePx(p, Samples.mask(id, "avoid", 0)) * mm;
    double bone = bruteClearancePx(p, Samples.mask(id, "bone", 0)) * mm;
    assertTrue(avoid >= ClinicalFigures.MIN_CLEARANCE_MM - 1e-6, "clearance from " + ref.get("avoid") + ": " + avoid);
    assertTrue(bone >= ClinicalFigures.MIN_BONE_CLEARANCE_MM - 1e-6, "clearance from bone: " + bone);
    assertTrue(p.angleDeg() <= JointPreset.of(p.joint()).maxInPlaneAngleDeg() + 1e-9, "angle " + p.angleDeg());
    assertEquals(ref.get("depthMm").asDouble(), p.depthMm(), DEPTH_TOLERANCE_MM, "depth");
    assertEquals(avoid, p.minClearanceMm(), 1e-6, "reported clearance is the structure's");
    assertEquals(p.pathLengthMm(), r.path().insideLengthMm() + r.path().outsideLengthMm(), 1e-9);
    assertTrue(p.needle().lengthMm() >= p.pathLengthMm() + ClinicalFigures.NEEDLE_SPARE_MM, "needle reaches");
    assertEquals("capsule", p.capsule().name());
    int pieces = Outline.pieces("avoid", Samples.mask(id, "avoid", 0), 3).size()
        + Outline.pieces("bone", Samples.mask(id, "bone", 0), 3).size();
    assertTrue(pieces >= 2, "the sample has a structure to avoid and bone");
    assertEquals(pieces, p.avoidStructures().size(), "every piece of the structure to avoid and of bone, outlined");
    assertEquals(p, org.injectplan.plan.PlanJson.read(writeTemp(p)), "the plan survives its JSON form");
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine", "knee-us-needle"})
  void optimiserAgreesWithExhaustiveSearch(String id) throws Exception {
    EntryProblem problem = problem(id, Samples.planUs(id));
    int found = 0;
    for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.EITHER)) {
      java.util.Optional<InPlanePath> exhaustive = ExhaustiveEntrySearch.solve(problem, side, 0.02);
      java.util.Optional<InPlanePath> optimised = EntryOptimiser.solve(problem, side);
      assertEquals(exhaustive.isPresent(), optimised.isPresent(), id + " " + side + ": both find a path or neither");
      if (exhaustive.isEmpty()) {
        continue;
      }
      found++;
      InPlanePath opt = optimised.get();
      InPlanePath ex = exhaustive.get();
      double entryMm = opt.scale().lengthMm(opt.entry().xPx() - ex.entry().xPx(), 0);
      assertEquals(0, entryMm, 0.5, id + " " + side + ": entry");
      assertEquals(ex.angleDeg(), opt.angleDeg(), 0.5, id + " " + side + ": angle");
      assertEquals(ex.lengthMm(), opt.lengthMm(), 0.5, id + " " + side + ": path length");
      assertTrue(opt.lengthMm() <= ex.lengthMm() + 1e-9, "the optimiser is not beaten by the grid");
    }
    assertTrue(found >= 2, "a path on at least one side and on EITHER");
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-cine", "shoulder-cine", "hip-cine"})
  void everyCineFrameGetsAnAcceptablePlan(String id) throws Exception {
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      JointPreset preset = JointPreset.of(Samples.plan(id).get("joint").asText());
      for (int f = 0; f < scan.frameCount(); f++) {
        Mask capsule = Samples.mask(id, "capsule", f);
        Mask avoid = Samples.mask(id, "avoid", f);
        Mask bone = Samples.mask(id, "bone", f);
        UsRequest req = UsRequest.of(preset, capsule, java.util.Map.of("avoid", avoid), bone);
        Plan p = new UsPlanner(NeedleCatalogue.standard()).plan(
            new org.injectplan.plan.ScanReference(id, "1.2", "1.3"), f, scan.calibration(), req).plan();
        double mm = scan.calibration().mmPerPixelX();
        assertTrue(capsule.contains(p.target().xPx(), p.target().yPx()), id + " frame " + f);
        assertTrue(bruteClearancePx(p, avoid) * mm >= ClinicalFigures.MIN_CLEARANCE_MM - 1e-6, id + " frame " + f);
        assertTrue(bruteClearancePx(p, bone) * mm >= ClinicalFigures.MIN_BONE_CLEARANCE_MM - 1e-6, id + " " + f);
        assertTrue(p.angleDeg() <= preset.maxInPlaneAngleDeg() + 1e-9, id + " frame " + f);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "hip-cine"})
  void deepestPointAgreesWithBruteForce(String id) throws Exception {
    Mask capsule = Samples.mask(id, "capsule", 0);
    int[] edge = capsule.boundary();
    PlanningResult r = Samples.planUs(id);
    double best = -1;
    double bestX = 0;
    double bestY = 0;
    for (int y = 0; y < capsule.height(); y++) {
      for (int x = 0; x < capsule.width(); x++) {
        if (capsule.get(x, y)) {
          double d = distanceToOutside(capsule, edge, x, y);
          if (d > best) {
            best = d;
            bestX = x + 0.5;
            bestY = y + 0.5;
          }
        }
      }
    }
    assertEquals(bestX, r.plan().target().xPx(), 1e-9);
    assertEquals(bestY, r.plan().target().yPx(), 1e-9);
  }

  private static double distanceToOutside(Mask m, int[] edge, int x, int y) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < edge.length; i += 2) {
      int[][] nb = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
      for (int[] n : nb) {
        int ox = edge[i] + n[0];
        int oy = edge[i + 1] + n[1];
        if (ox >= 0 && oy >= 0 && ox < m.width() && oy < m.height() && !m.get(ox, oy)) {
          best = Math.min(best, Math.hypot(ox - x, oy - y));
        }
      }
    }
    return best;
  }

  private static EntryProblem problem(String id, PlanningResult r) throws Exception {
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      double[] box = UsPlanner.imageBox(scan.calibration(), Samples.mask(id, "capsule", 0));
      JointPreset preset = JointPreset.of(r.plan().joint());
      UsRequest req = new UsRequest(preset, PlanParams.of(preset), Samples.mask(id, "capsule", 0),
          java.util.Map.of("avoid", Samples.mask(id, "avoid", 0)), Samples.mask(id, "bone", 0), null, null,
          Side.EITHER, null, 5e7, 1);
      return new EntryProblem(r.path().target(), box[1], box[0], box[2], r.path().scale(), preset.maxInPlaneAngleDeg(),
          120 - ClinicalFigures.NEEDLE_SPARE_MM, UsPlanner.obstacles(req, r.path().scale()));
    }
  }

  private static java.nio.file.Path writeTemp(Plan p) throws java.io.IOException {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("plan", ".json");
    f.toFile().deleteOnExit();
    try (var out = java.nio.file.Files.newOutputStream(f)) {
      org.injectplan.plan.PlanJson.write(p, out);
    }
    return f;
  }

  /** Least distance in pixels from the planned segment to any structure pixel centre (brute force). */
  static double bruteClearancePx(Plan p, Mask m) {
    double x0 = p.entry().xPx();
    double y0 = p.entry().yPx();
    double dx = p.target().xPx() - x0;
    double dy = p.target().yPx() - y0;
    double len2 = dx * dx + dy * dy;
    double best = Double.MAX_VALUE;
    for (int y = 0; y < m.height(); y++) {
      for (int x = 0; x < m.width(); x++) {
        if (m.get(x, y)) {
          double s = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / len2));
          best = Math.min(best, Math.hypot(x0 + s * dx - x - 0.5, y0 + s * dy - y - 0.5));
        }
      }
    }
    return best;
  }
}
