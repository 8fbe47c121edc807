package org.injectplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.plan.Plan;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Structure;
import org.injectplan.samples.FrondPlacement;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.structures.StructureFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bone, shadow and vessels found in the image of every ultrasound sample, every frame, against the
 * truth masks. Metrics: coverage = share of the truth's pixels inside what was found; false share
 * = share of what was found outside the truth. Bone with its shadow: coverage >= 95%, false share
 * <= 5%. Vessels (on the samples whose structure to avoid is a vessel: knee, hip): coverage >= 85%
 * of the truth vessel pixels (lumen and wall), false share <= 30% (the found vessel is grown to
 * take in the wall: a small artery comes out a little large, which errs on the safe side). On the
 * shoulder, whose structure to avoid is the labrum (not a vessel), no vessel is found. Then a plan
 * made with what was found and nothing given still meets the issue's figures against the TRUTH on
 * every frame (the reference depth is frame 0's). The first check runs with the same thresholds
 * on the six US samples of another seed made here ({@link #OTHER_SEED}, frond placement ON_WALL).
 */
class StructureFinderSamplesTest {
  static final double BONE_COVERAGE = 0.95;
  static final double BONE_FALSE_SHARE = 0.05;
  static final double VESSEL_COVERAGE = 0.85;
  static final double VESSEL_FALSE_SHARE = 0.30;
  /** A seed the finder was not tuned on (it was tuned on the committed seed, 7 and 11). */
  static final long OTHER_SEED = 9001;
  @TempDir
  Path tmp;
  @TempDir
  static Path otherSeed;

  private static boolean isVessel(String avoidName) {
    return avoidName.contains("artery") || avoidName.contains("vein");
  }

  /** {coverage, false share} of {@code found} against {@code truth}. */
  static double[] overlap(Mask found, Mask truth) {
    int t = 0;
    int f = 0;
    int both = 0;
    for (int y = 0; y < truth.height(); y++) {
      for (int x = 0; x < truth.width(); x++) {
        boolean a = truth.get(x, y);
        boolean b = found != null && found.get(x, y);
        t += a ? 1 : 0;
        f += b ? 1 : 0;
        both += a && b ? 1 : 0;
      }
    }
    return new double[] {t == 0 ? 1 : both / (double) t, f == 0 ? 0 : (f - both) / (double) f};
  }

  @BeforeAll
  static void makeOtherSeed() throws Exception {
    for (SampleCase c : SampleCase.values()) {
      if (c.isUltrasound()) {
        SampleGenerator.generate(c, OTHER_SEED, otherSeed, c.id(), FrondPlacement.ON_WALL);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine", "knee-us-needle"})
  void foundBoneAndVesselsOverlapTheTruthOnEveryFrame(String id) throws Exception {
    checkEveryFrame(Samples.folder(id), id);
  }

  /** The same thresholds on the samples of a seed the finder was not tuned on. */
  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine"})
  void foundBoneAndVesselsOverlapTheTruthOnAnotherSeed(String id) throws Exception {
    checkEveryFrame(otherSeed.resolve(id), "seed " + OTHER_SEED + " " + id);
  }

  private static void checkEveryFrame(Path folder, String what) throws Exception {
    String id = folder.getFileName().toString();
    JsonNode plan = new ObjectMapper().readTree(folder.resolve(id + ".plan.json").toFile());
    boolean vesselTruth = isVessel(plan.get("avoid").asText());
    try (Scan scan = ScanLoader.open(folder.resolve(id + ".dcm"))) {
      for (int f = 0; f < scan.frameCount(); f++) {
        StructureFinder.Found found = StructureFinder.find(scan.frame(f), scan.calibration(),
            mask(folder, "capsule", f));
        double[] bone = overlap(found.bone(), mask(folder, "bone", f));
        assertTrue(bone[0] >= BONE_COVERAGE, what + " frame " + f + ": bone coverage " + bone[0]);
        assertTrue(bone[1] <= BONE_FALSE_SHARE, what + " frame " + f + ": bone false share " + bone[1]);
        Mask vessels = null;
        for (Mask v : found.vessels().values()) {
          vessels = vessels == null ? v : vessels.or(v);
        }
        if (vesselTruth) {
          double[] v = overlap(vessels, mask(folder, "avoid", f));
          assertTrue(v[0] >= VESSEL_COVERAGE, what + " frame " + f + ": vessel coverage " + v[0]);
          assertTrue(v[1] <= VESSEL_FALSE_SHARE, what + " frame " + f + ": vessel false share " + v[1]);
        } else {
          assertEquals(Map.of(), found.vessels(), what + " frame " + f + ": no vessel in the truth");
        }
      }
    }
  }

  private static Mask mask(Path folder, String kind, int frame) throws java.io.IOException {
    return MaskPng.read(folder.resolve(String.format("masks/%s-f%02d.png", kind, frame)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us", "hip-cine", "knee-us-needle"})
  void aPlanOnFoundStructuresAloneMeetsTheIssueFiguresAgainstTheTruth(String id) throws Exception {
    JsonNode ref = Samples.plan(id);
    try (Scan scan = ScanLoader.open(Samples.dicom(id))) {
      JointPreset preset = JointPreset.of(ref.get("joint").asText());
      double mm = scan.calibration().mmPerPixelX();
      for (int f = 0; f < scan.frameCount(); f++) {
        String what = id + " frame " + f;
        Mask capsule = Samples.mask(id, "capsule", f);
        UsRequest req = new UsRequest(preset, PlanParams.of(preset), capsule, Map.of(), null, null, null,
            Side.EITHER, null, 5e7, 1).withFound(StructureFinder.find(scan.frame(f), scan.calibration(), capsule));
        Plan p = new UsPlanner(NeedleCatalogue.standard()).plan(new ScanReference(id + ".dcm",
            scan.identity().sopInstanceUid(), scan.identity().studyInstanceUid()), f, scan.calibration(), req).plan();
        assertTrue(capsule.contains(p.target().xPx(), p.target().yPx()), what + ": target in capsule");
        double avoid = UsPlannerSamplesTest.bruteClearancePx(p, Samples.mask(id, "avoid", f)) * mm;
        double bone = UsPlannerSamplesTest.bruteClearancePx(p, Samples.mask(id, "bone", f)) * mm;
        assertTrue(avoid >= ClinicalFigures.MIN_CLEARANCE_MM - 1e-6, what + ": clearance from the true "
            + ref.get("avoid").asText() + ": " + avoid);
        assertTrue(bone >= ClinicalFigures.MIN_BONE_CLEARANCE_MM - 1e-6, what + ": clearance from true bone: " + bone);
        assertTrue(p.angleDeg() <= preset.maxInPlaneAngleDeg() + 1e-9, what + ": angle " + p.angleDeg());
        if (f == 0) {
          assertEquals(ref.get("depthMm").asDouble(), p.depthMm(), 1.0, what + ": depth");
        }
        assertTrue(p.avoidStructures().stream().map(Structure::name).anyMatch(StructureFinder.BONE_NAME::equals),
            what + ": found bone is named in the plan");
        assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith(StructureFinder.BONE_NAME)), what);
        if (isVessel(ref.get("avoid").asText())) {
          assertTrue(p.avoidStructures().stream().anyMatch(s -> s.name().equals(StructureFinder.vesselName(1))), what);
          assertTrue(p.warnings().stream().anyMatch(w -> w.startsWith(StructureFinder.vesselName(1))), what);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"knee-us", "hip-us"})
  void theCommandMergesFoundStructuresWithGivenOnes(String id) throws Exception {
    Path m = Samples.folder(id).resolve("masks");
    Path out = tmp.resolve(id + ".json");
    java.io.StringWriter o = new java.io.StringWriter();
    java.io.StringWriter e = new java.io.StringWriter();
    int rc = org.injectplan.cli.Main.run(new String[] {"plan", Samples.dicom(id).toString(), "--joint",
        Samples.plan(id).get("joint").asText(), "--avoid", m.resolve("avoid-f00.png").toString(), "--avoid-name",
        "given vessel", "--out", out.toString()}, new java.io.PrintWriter(o, true), new java.io.PrintWriter(e, true));
    assertEquals(0, rc, e.toString());
    Plan p = PlanJson.read(out);
    var names = p.avoidStructures().stream().map(Structure::name).toList();
    assertTrue(names.contains("given vessel"), names.toString());
    // the vessel found in the image is the given one (issue 14's finding): merged into it under the
    // user's name, not listed a second time as "vessel 1 (found in the image)"
    assertFalse(names.contains(StructureFinder.vesselName(1)), names.toString());
    assertTrue(names.contains(StructureFinder.BONE_NAME), names.toString());
    rc = org.injectplan.cli.Main.run(new String[] {"plan", Samples.dicom(id).toString(), "--avoid",
        m.resolve("avoid-f00.png").toString(), "--no-find", "--out", out.toString(), "--force"},
        new java.io.PrintWriter(o, true), new java.io.PrintWriter(e, true));
    assertEquals(0, rc, e.toString());
    assertEquals(Outline.pieces("given", MaskPng.read(m.resolve("avoid-f00.png")), 3).size(),
        PlanJson.read(out).avoidStructures().size(), "--no-find: only the given structure (each of its pieces)");
  }
}
