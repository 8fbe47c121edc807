package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.injectplan.image.Mask;
import org.injectplan.io.AtomicOutput;

/** Makes one ultrasound sample: the DICOM file, the per-frame truth masks, the sidecar and the plan. */
final class UsCaseGenerator {
  static final double FRAME_TIME_MS = 50;
  /** The needle case's deviation from its reference plan: this much steeper, this much short of the planned length. */
  static final double NEEDLE_STEEPER_DEG = 3.0;
  static final double NEEDLE_SHORT_MM = 1.5;
  /**
   * The needle case's look at the tip in the {@link Look#REAL_TISSUE} look (the phantom's is
   * {@link NeedleLook#PLAIN}), as on real frames ({@link NeedleLook}): over the last 3 mm
   * the echo falls to a quarter and splits into the cannula's two walls, the bevel returns a point
   * of 0.6 of the head-on shaft, and the shaft is 0.8 of the in-plane echo.
   */
  static final NeedleLook NEEDLE_LOOK = new NeedleLook(3.0, 0.25, true, 0, 1, 0.6, 0.8);
  private final SampleCase sample;
  private final SampleIds ids;
  /** Seeds the anatomy, scatterers and noise: the case's own, or for a needle case the case it shows. */
  private final SampleIds tissueIds;
  private final UsSetup setup;
  /** The needle in place, or null. */
  private final NeedleEcho needle;

  UsCaseGenerator(SampleCase sample, long seed) {
    this(sample, seed, FrondPlacement.ON_WALL);
  }

  UsCaseGenerator(SampleCase sample, long seed, FrondPlacement fronds) {
    this(sample, seed, fronds, Look.PHANTOM);
  }

  UsCaseGenerator(SampleCase sample, long seed, FrondPlacement fronds, Look look) {
    if (!sample.isUltrasound()) {
      throw new IllegalArgumentException(sample.id() + " is not an ultrasound case");
    }
    this.sample = sample;
    this.ids = new SampleIds(seed, sample.id());
    this.tissueIds = new SampleIds(seed, sample.anatomyId());
    this.setup = new UsAnatomyFactory(tissueIds.stageSeed("anatomy"), fronds, look).create(sample.joint());
    this.needle = sample.hasNeedle() ? NeedleEcho.deviatingFrom(referencePlan(
        truth(setup.anatomy().render(setup.geometry(), CineFrame.REST)), "", identity()), setup.geometry(),
        NEEDLE_STEEPER_DEG, NEEDLE_SHORT_MM, look.realTissue() ? NEEDLE_LOOK : NeedleLook.PLAIN) : null;
  }

  UsSetup setup() {
    return setup;
  }

  /** The truth masks of one frame, full-frame size. */
  record FrameTruth(Mask fluid, Mask avoid, Mask boneShadow) {
  }

  /** Renders every frame: the 8-bit frames and their truth. */
  record Rendered(List<byte[]> frames, List<FrameTruth> truth, CineFrame[] states) {
  }

  Rendered render() {
    UsGeometry g = setup.geometry();
    CineFrame[] states = sample.frames() == 1 ? new CineFrame[] {CineFrame.REST}
        : CineFrame.sweep(sample.frames(), setup.slideMm(), setup.maxCompression());
    UltrasoundSimulator sim = new UltrasoundSimulator(setup.imaging());
    Random noise = new Random(tissueIds.stageSeed("noise"));
    ScattererField field = null;
    UsFrameComposer composer = new UsFrameComposer(g);
    List<byte[]> frames = new ArrayList<>();
    List<FrameTruth> truth = new ArrayList<>();
    for (CineFrame f : states) {
      EchoMap m = setup.anatomy().render(g, f);
      if (field == null) {
        field = ScattererField.covering(m, 12, tissueIds.stageSeed("scatterers"));
      }
      byte[] region = sim.image(needle == null ? m : needle.paint(m, g, field), field, noise);
      frames.add(composer.compose(region, header(f), "SYNTHETIC SAMPLE - NOT FOR DIAGNOSIS",
          setup.imaging().focalDepthMm()));
      truth.add(truth(m));
    }
    return new Rendered(frames, truth, states);
  }

  private List<String> header(CineFrame f) {
    UsImagingParams p = setup.imaging();
    return List.of("INJECTPLAN SIM  L12-5  " + sample.joint().key().toUpperCase(Locale.ROOT),
        String.format(Locale.ROOT, "%.1fMHZ  D %.1fCM  G %+.0f  DR %.0f", p.frequencyMHz(),
            setup.geometry().depthMm() / 10, p.gainDb(), p.dynamicRangeDb()),
        sample.frames() > 1 ? String.format(Locale.ROOT, "CINE %d/%d", f.index() + 1, sample.frames()) : "FREEZE");
  }

  private FrameTruth truth(EchoMap m) {
    UsGeometry g = setup.geometry();
    int n = g.frameColumns() * g.frameRows();
    boolean[] fluid = new boolean[n];
    boolean[] avoid = new boolean[n];
    boolean[] bone = new boolean[n];
    for (int x = 0; x < m.columns(); x++) {
      boolean shadow = false;
      for (int y = 0; y < m.rows(); y++) {
        int i = (g.regionY0() + y) * g.frameColumns() + g.regionX0() + x;
        fluid[i] = m.has(x, y, UsTissue.FLUID);
        avoid[i] = m.has(x, y, UsTissue.AVOID);
        shadow |= m.has(x, y, UsTissue.BONE);
        bone[i] = shadow;
      }
    }
    return new FrameTruth(new Mask(g.frameColumns(), g.frameRows(), fluid),
        new Mask(g.frameColumns(), g.frameRows(), avoid), new Mask(g.frameColumns(), g.frameRows(), bone));
  }

  /** Writes the case into {@code files}; returns the reference plan. */
  ReferencePlan write(CaseFiles files) throws IOException {
    Rendered r = render();
    UsGeometry g = setup.geometry();
    byte[] all = new byte[g.frameColumns() * g.frameRows() * r.frames().size()];
    for (int k = 0; k < r.frames().size(); k++) {
      System.arraycopy(r.frames().get(k), 0, all, k * r.frames().get(k).length, r.frames().get(k).length);
    }
    ScanHeaders.Identity id = identity();
    DicomFileBuilder b = ScanHeaders.ultrasound(id, g, setup.imaging(), sample.frames(), FRAME_TIME_MS);
    b.pixels8(all);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    b.write(bytes);
    AtomicOutput.write(files.dicom(), true, o -> bytes.writeTo(o));
    for (int k = 0; k < r.truth().size(); k++) {
      files.writeMask("capsule", k, r.truth().get(k).fluid());
      files.writeMask("avoid", k, r.truth().get(k).avoid());
      files.writeMask("bone", k, r.truth().get(k).boneShadow());
    }
    ReferencePlan plan = referencePlan(r.truth().get(0), files.dicom().getFileName().toString(), id);
    files.writeJson(files.plan(), plan.toJson());
    files.writeJson(files.truth(), truthJson(r, id, plan));
    return plan;
  }

  private ReferencePlan referencePlan(FrameTruth t0, String file, ScanHeaders.Identity id) {
    return UsReferenceRules.derive(file, id.sopInstanceUid(), id.studyUid(), sample.joint(), setup.geometry(),
        setup.anatomy().approachFromLeft(), t0.fluid(), t0.avoid(), t0.boneShadow(), avoidName());
  }

  ScanHeaders.Identity identity() {
    String joint = sample.joint().key();
    return new ScanHeaders.Identity(sample.frames() > 1 ? ScanHeaders.US_MULTIFRAME_STORAGE : ScanHeaders.US_IMAGE_STORAGE,
        ids.uid("instance"), ids.uid("study"), ids.uid("series"), "SAMPLE^" + joint.toUpperCase(Locale.ROOT) + "^US",
        "IPS-" + sample.id().toUpperCase(Locale.ROOT), bodyPart(), sample.joint() == Joint.HIP ? "R" : "L",
        "Synthetic " + joint + " ultrasound", sample.id() + (sample.hasNeedle()
            ? " (in-plane approach, 22G needle in place)" : " (in-plane approach)"), sample.frames() > 1 ? 2 : 1);
  }

  private String bodyPart() {
    return switch (sample.joint()) {
      case KNEE -> "KNEE";
      case SHOULDER -> "SHOULDER";
      default -> "HIP";
    };
  }

  private String avoidName() {
    return switch (sample.joint()) {
      case KNEE -> "lateral superior genicular artery";
      case SHOULDER -> "posterior labrum";
      default -> "femoral artery and vein";
    };
  }

  private ObjectNode truthJson(Rendered r, ScanHeaders.Identity id, ReferencePlan plan) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    UsGeometry g = setup.geometry();
    ObjectNode root = f.objectNode();
    root.put("case", sample.id());
    root.put("joint", sample.joint().key());
    root.put("seed", ids.seed());
    root.put("sopInstanceUid", id.sopInstanceUid());
    root.put("frames", sample.frames());
    ObjectNode geo = root.putObject("geometry");
    geo.put("frameColumns", g.frameColumns());
    geo.put("frameRows", g.frameRows());
    geo.putArray("region").add(g.regionX0()).add(g.regionY0()).add(g.regionX1()).add(g.regionY1());
    geo.put("mmPerPixel", g.mmPerPixel());
    geo.put("physicalDeltaCm", g.deltaCm());
    geo.put("depthMm", g.depthMm());
    geo.put("skinLineYPx", g.regionY0());
    UsImagingParams p = setup.imaging();
    ObjectNode im = root.putObject("imaging");
    im.put("frequencyMHz", p.frequencyMHz());
    im.put("focalDepthMm", p.focalDepthMm());
    im.put("dynamicRangeDb", p.dynamicRangeDb());
    im.put("gainDb", p.gainDb());
    Ellipse pk = setup.anatomy().pocket();
    ObjectNode pocket = root.putObject("pocketAtRestMm");
    pocket.put("centreU", pk.centreUMm());
    pocket.put("centreV", pk.centreVMm());
    pocket.put("radiusU", pk.radiusUMm());
    pocket.put("radiusV", pk.radiusVMm());
    root.put("approach", setup.anatomy().approachFromLeft() ? "from the image's left" : "from the image's right");
    if (needle != null) {
      root.set("needle", needleJson(plan, r.truth().get(0).fluid()));
    }
    ArrayNode frames = root.putArray("perFrame");
    for (int k = 0; k < r.states().length; k++) {
      ObjectNode fr = frames.addObject();
      fr.put("frame", k);
      fr.put("probeShiftMm", r.states()[k].shiftMm());
      fr.put("compression", r.states()[k].compression());
      fr.put("capsuleAreaPx", r.truth().get(k).fluid().count());
      fr.put("capsuleMask", CaseFiles.maskName("capsule", k));
      fr.put("avoidMask", CaseFiles.maskName("avoid", k));
      fr.put("boneMask", CaseFiles.maskName("bone", k));
    }
    return root;
  }

  /** The needle's truth: its geometry, how it deviates from the reference plan, and the model. */
  private ObjectNode needleJson(ReferencePlan plan, Mask fluid) {
    UsGeometry g = setup.geometry();
    ObjectNode n = needle.toJson(g);
    n.put("anatomyOf", sample.anatomyId());
    n.put("steeperThanPlanDeg", NEEDLE_STEEPER_DEG);
    n.put("shortOfPlannedLengthMm", NEEDLE_SHORT_MM);
    n.put("angleDeviationDeg", Math.round((needle.angleDeg() - plan.angleDeg()) * 1000) / 1000.0);
    n.put("tipToTargetMm", Math.round(Math.hypot(needle.tipXPx() - plan.targetXPx(),
        needle.tipYPx() - plan.targetYPx()) * g.mmPerPixel() * 1000) / 1000.0);
    n.put("tipInCapsule", fluid.get((int) Math.floor(needle.tipXPx()),
        (int) Math.floor(needle.tipYPx())));
    n.put("model", "coherent specular shaft of the needle's diameter (echo " + NeedleEcho.SHAFT_ECHO + " x (0.1 + 0.9 cos^4 of the beam-to-normal "
        + "angle)), " + NeedleEcho.REVERBERATIONS + " reverberation copies below, each x" + NeedleEcho.REVERB_RATIO
        + ", one diameter along the beam apart; shaft from beyond the skin entry to the tip");
    return n;
  }
}
