package org.injectplan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws one ultrasound case of a joint from a seed: its depth and pixel size, the thickness of
 * its layers, the size and place of the fluid pocket, the scanner's contrast. The ranges keep the
 * reference in-plane path feasible under 30 degrees (the pocket is moved towards the approach
 * side when it would lie too deep for the image's width).
 */
final class UsAnatomyFactory {
  /** The steepest angle the placement allows for; the reference rule allows up to 29.5. */
  private static final double PLACEMENT_ANGLE_DEG = 26;
  private static final int FRAME_COLUMNS = 640;
  private static final int FRAME_ROWS = 480;
  /** Display: dynamic range and gain (docs/samples.md: tuned to the real frames' tissue level and speckle). */
  static final double DYNAMIC_RANGE_LO_DB = 44;
  static final double DYNAMIC_RANGE_HI_DB = 56;
  static final double GAIN_LO_DB = -4;
  static final double GAIN_HI_DB = 4;
  /**
   * The time-gain compensation's shortfall, in grey levels per cm, converted to dB at the case's
   * display. On the real frames the median row level of the tissue falls 16.6 levels/cm
   * (interquartile range 8.6-23.7, 3 mm to 70 % of the depth; scripts/UsLook.java, docs/samples.md);
   * the simulated tissue's own attenuation above what the compensation assumes already gives about
   * 7-8 levels/cm, so the shortfall adds 2-15, for a total across the real range.
   */
  static final double SHORTFALL_LO_LEVELS_PER_CM = 2;
  static final double SHORTFALL_HI_LEVELS_PER_CM = 15;
  /**
   * The speckle-reduction filter's sigma: with it the speckle's local standard deviation (12-13
   * grey levels) and its axial size (autocorrelation FWHM 0.5 mm) match the real frames'
   * (docs/samples.md); without it they are 25 levels and 0.27 mm.
   */
  static final double SPECKLE_REDUCTION_MM = 0.12;
  private final Random rng;
  /** Draws the scanner's look (TGC shortfall) apart from the anatomy, so the anatomy of a seed is unchanged. */
  private final Random lookRng;
  private final FrondPlacement fronds;
  private final Look look;

  UsAnatomyFactory(long seed, FrondPlacement fronds) {
    this(seed, fronds, Look.PHANTOM);
  }

  UsAnatomyFactory(long seed, FrondPlacement fronds, Look look) {
    this.rng = new Random(seed);
    this.lookRng = new Random(seed ^ 0x5DEECE66DL);
    this.fronds = fronds;
    this.look = look;
  }

  UsSetup create(Joint joint) {
    return switch (joint) {
      case KNEE -> knee();
      case SHOULDER -> shoulder();
      case HIP -> hip();
      case FACET -> throw new IllegalArgumentException("the facet joint is a fluoroscopy case, not ultrasound");
    };
  }

  private double between(double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  private UsGeometry geometry(double depthLoMm, double depthHiMm, int columns) {
    int rows = 396 + rng.nextInt(25);
    double depthMm = between(depthLoMm, depthHiMm);
    // Pixel size to 0.001 mm, as scanners state it: readers that pass the FD through a short decimal
    // text (PixelMed's string values keep about 4 significant digits) still get it exactly.
    double mmPerPixel = Math.round(depthMm / rows * 1000) / 1000.0;
    return new UsGeometry(FRAME_COLUMNS, FRAME_ROWS, 52, 40, columns, rows, mmPerPixel);
  }

  private UsImagingParams imaging(double frequencyMHz, double focalDepthMm) {
    double lambdaMm = 1.54 / frequencyMHz;
    double dynamicRangeDb = between(DYNAMIC_RANGE_LO_DB, DYNAMIC_RANGE_HI_DB);
    double gainDb = between(GAIN_LO_DB, GAIN_HI_DB);
    double noiseDb = between(-30, -22);
    double levels = SHORTFALL_LO_LEVELS_PER_CM + (SHORTFALL_HI_LEVELS_PER_CM - SHORTFALL_LO_LEVELS_PER_CM)
        * lookRng.nextDouble();
    double shortfallDbPerCm = look.realTissue() ? levels / (255 / dynamicRangeDb) : 0;
    return new UsImagingParams(frequencyMHz, 1.5 * lambdaMm, 3.2 * lambdaMm, focalDepthMm, 0.75, dynamicRangeDb,
        gainDb, noiseDb, shortfallDbPerCm, look.realTissue() ? SPECKLE_REDUCTION_MM : 0);
  }

  private UsSetup knee() {
    UsGeometry g = geometry(32, 38, 540);
    double w = g.widthMm();
    double fat = between(2.5, 4.5);
    double muscle = fat + between(3.5, 5.5);
    double rv = between(2.5, 5.5);
    double ru = between(9, 14);
    double cv = muscle + 1.5 + rv;
    double cu = Math.max(w * between(0.56, 0.64), cv / Math.tan(Math.toRadians(PLACEMENT_ANGLE_DEG)) + 2);
    Ellipse pocket = new Ellipse(cu, cv, ru, rv, between(-0.06, 0.06));
    double boneTop = cv + rv + between(3, 6);
    Ellipse femur = new Ellipse(w * between(0.45, 0.55), boneTop + 18, w * 0.8, 18, 0);
    List<UsShape> shapes = new ArrayList<>();
    lobules(shapes, w, fat);
    shapes.add(UsShape.filled("quadriceps tendon", new Ellipse(cu + between(-3, 3), fat + 2.4, 10, 2.0, 0),
        UsTissue.TENDON));
    shapes.add(UsShape.filled("cartilage", femur.grownBy(2.2), UsTissue.CARTILAGE));
    shapes.add(new UsShape("femur", femur, UsTissue.BONE_T, UsTissue.CORTEX, -0.7));
    shapes.add(new UsShape("suprapatellar recess", pocket, UsTissue.FLUID_T, UsTissue.CAPSULE, 0.8));
    synovium(shapes, pocket, 3);
    double vr = between(1.0, 1.5);
    shapes.add(new UsShape("lateral superior genicular artery",
        new Ellipse(cu - ru - between(3, 6), cv + rv + between(0.5, 2), vr, vr * 0.9, 0),
        blood(), UsTissue.VESSEL_WALL, 0.45));
    List<UsAnatomy.Layer> layers = List.of(
        new UsAnatomy.Layer(UsTissue.DERMIS, 1.2, 0, 0, 10),
        new UsAnatomy.Layer(UsTissue.FAT, fat, between(-0.02, 0.02), 0.4, 23),
        new UsAnatomy.Layer(UsTissue.MUSCLE, muscle, between(-0.02, 0.02), 0.5, 31),
        new UsAnatomy.Layer(UsTissue.FAT_PAD, 999, 0, 0, 10));
    UsAnatomy a = new UsAnatomy("knee", layers, shapes, pocket, true, between(-0.25, 0.25),
        rng.nextInt(1000), look.realTissue());
    return new UsSetup(Joint.KNEE, g, imaging(between(11, 13), cv), a, between(1.5, 3), between(0.3, 0.5));
  }

  private UsSetup shoulder() {
    UsGeometry g = geometry(44, 50, 560);
    double w = g.widthMm();
    double fat = between(2.5, 4);
    double deltoid = fat + between(5, 8);
    double infraspinatus = deltoid + between(4, 6);
    double rv = between(2, 3.5);
    double ru = between(5, 8.5);
    double cv = infraspinatus + 0.8 + rv;
    double cu = Math.max(w * between(0.62, 0.68), cv / Math.tan(Math.toRadians(PLACEMENT_ANGLE_DEG)) + 2);
    Ellipse pocket = new Ellipse(cu, cv, ru, rv, between(-0.1, 0.1));
    double jointTop = infraspinatus + 1.5;
    Ellipse head = new Ellipse(cu - ru - 18, jointTop + 24, 24, 24, 0);
    Ellipse labrum = new Ellipse(cu + ru + 3.5, jointTop + 4, 4.5, 3.2, -0.5);
    Ellipse glenoid = new Ellipse(labrum.centreUMm() + 12, jointTop + 15, 13, 9, 0);
    List<UsShape> shapes = new ArrayList<>();
    lobules(shapes, w, fat);
    shapes.add(UsShape.filled("infraspinatus tendon", new Ellipse(cu - 8, infraspinatus - 2, 16, 1.8, 0.05),
        UsTissue.TENDON));
    shapes.add(UsShape.filled("humeral cartilage", head.grownBy(1.5), UsTissue.CARTILAGE));
    shapes.add(new UsShape("humeral head", head, UsTissue.BONE_T, UsTissue.CORTEX, -0.7));
    shapes.add(new UsShape("glenoid", glenoid, UsTissue.BONE_T, UsTissue.CORTEX, -0.7));
    shapes.add(new UsShape("posterior recess", pocket, UsTissue.FLUID_T, UsTissue.CAPSULE, 1.0));
    synovium(shapes, pocket, 2);
    shapes.add(UsShape.filled("posterior labrum", labrum, UsTissue.LABRUM));
    List<UsAnatomy.Layer> layers = List.of(
        new UsAnatomy.Layer(UsTissue.DERMIS, 1.2, 0, 0, 10),
        new UsAnatomy.Layer(UsTissue.FAT, fat, between(-0.02, 0.02), 0.4, 23),
        new UsAnatomy.Layer(UsTissue.MUSCLE, deltoid, between(-0.03, 0.03), 0.6, 37),
        new UsAnatomy.Layer(UsTissue.FAT_PAD, deltoid + 0.8, between(-0.03, 0.03), 0.6, 37),
        new UsAnatomy.Layer(UsTissue.MUSCLE, 999, 0, 0, 10));
    UsAnatomy a = new UsAnatomy("shoulder", layers, shapes, pocket, true, between(-0.3, 0.3),
        rng.nextInt(1000), look.realTissue());
    return new UsSetup(Joint.SHOULDER, g, imaging(between(8, 10), cv), a, between(1.5, 3), between(0.25, 0.45));
  }

  private UsSetup hip() {
    UsGeometry g = geometry(50, 56, 560);
    double w = g.widthMm();
    double fat = between(3, 6);
    double muscle = fat + between(9, 13);
    double rv = between(2.5, 5);
    double ru = between(8, 12);
    double headTop = muscle + 4;
    double cv = headTop + 3.5 - 0.4 * rv;
    double cu = Math.min(w * between(0.36, 0.42), w - cv / Math.tan(Math.toRadians(PLACEMENT_ANGLE_DEG)) - 2);
    Ellipse pocket = new Ellipse(cu, cv, ru, rv, 0.12);
    Ellipse head = new Ellipse(cu - 22, headTop + 24, 24, 24, 0);
    Ellipse neck = new Ellipse(cu + w * 0.3, cv + rv + 11, w * 0.38, 11, 0.12);
    double ar = between(3.5, 4.5);
    Ellipse artery = new Ellipse(cu - between(11, 14), fat + ar + between(2, 4), ar, ar, 0);
    Ellipse vein = new Ellipse(artery.centreUMm() - ar - 7.5, artery.centreVMm() + 1, between(5, 6.5),
        between(3.5, 4.5), 0.1);
    List<UsShape> shapes = new ArrayList<>();
    lobules(shapes, w, fat);
    shapes.add(UsShape.filled("femoral head cartilage", head.grownBy(1.5), UsTissue.CARTILAGE));
    shapes.add(new UsShape("anterior recess", pocket, UsTissue.FLUID_T, UsTissue.CAPSULE, 1.5));
    synovium(shapes, pocket, 2);
    shapes.add(new UsShape("femoral head", head, UsTissue.BONE_T, UsTissue.CORTEX, -0.8));
    shapes.add(new UsShape("femoral neck", neck, UsTissue.BONE_T, UsTissue.CORTEX, -0.8));
    // The femoral nerve beside the artery, on the side away from the vein: flat and oval, not a
    // structure to avoid in the truth (the avoid mask is the vessels', what the vessel finder finds).
    Ellipse nerve = new Ellipse(artery.centreUMm() + ar + 5.5, artery.centreVMm() - 0.5, 3.5, 1.6, -0.1);
    if (look.realTissue()) {
      shapes.add(new UsShape("femoral nerve", nerve, UsTissue.NERVE, UsTissue.EPINEURIUM, 0.3));
    }
    shapes.add(new UsShape("femoral artery", artery, blood(), UsTissue.VESSEL_WALL, 0.8));
    shapes.add(new UsShape("femoral vein", vein, blood(), UsTissue.VESSEL_WALL, 0.4));
    List<UsAnatomy.Layer> layers = List.of(
        new UsAnatomy.Layer(UsTissue.DERMIS, 1.2, 0, 0, 10),
        new UsAnatomy.Layer(UsTissue.FAT, fat, between(-0.03, 0.03), 0.6, 29),
        new UsAnatomy.Layer(UsTissue.MUSCLE, muscle, between(-0.05, 0.05), 0.8, 41),
        new UsAnatomy.Layer(UsTissue.FAT_PAD, 999, 0, 0, 10));
    UsAnatomy a = new UsAnatomy("hip", layers, shapes, pocket, false, between(0.15, 0.4),
        rng.nextInt(1000), look.realTissue());
    return new UsSetup(Joint.HIP, g, imaging(between(6, 8), cv), a, between(2, 3.5), between(0.3, 0.5));
  }

  /** Hypoechoic fat lobules in the subcutis: mimics of fluid that are not fluid. */
  private void lobules(List<UsShape> shapes, double widthMm, double fatMm) {
    int n = 3 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      double rv = between(0.5, Math.max(0.6, (fatMm - 1.6) / 2));
      shapes.add(UsShape.filled("fat lobule", new Ellipse(between(0, widthMm), between(1.4 + rv, fatMm - rv * 0.5),
          between(1.5, 4), rv, between(-0.2, 0.2)), UsTissue.LOBULE));
    }
  }

  /** Blood as the look has it: grey lumens on real tissue, black in the phantom. */
  private UsTissue blood() {
    return look.realTissue() ? UsTissue.BLOOD : UsTissue.BLOOD_PHANTOM;
  }

  /** Thickened synovium: hypoechoic fronds on the inner wall of the pocket (not fluid), {@link FrondPlacement}. */
  private void synovium(List<UsShape> shapes, Ellipse pocket, int count) {
    for (int i = 0; i < count; i++) {
      double a = between(0, 2 * Math.PI);
      double halfLength = between(1.5, 3);
      double halfThickness = between(0.7, Math.min(1.3, pocket.radiusVMm() * 0.4));
      Ellipse frond = fronds == FrondPlacement.ON_WALL ? onWall(pocket, a, halfLength, halfThickness)
          : new Ellipse(pocket.centreUMm() + 0.9 * pocket.radiusUMm() * Math.cos(a),
              pocket.centreVMm() + 0.9 * pocket.radiusVMm() * Math.sin(a), halfLength, halfThickness,
              Math.atan2(Math.sin(a), Math.cos(a)) + Math.PI / 2);
      shapes.add(UsShape.filled("thickened synovium", frond, UsTissue.SYNOVIUM));
    }
  }

  /** {@link FrondPlacement#ON_WALL}: the frond at parameter {@code a} of the pocket's outline. */
  static Ellipse onWall(Ellipse pocket, double a, double halfLength, double halfThickness) {
    double c = Math.cos(pocket.tiltRad());
    double s = Math.sin(pocket.tiltRad());
    double pu = pocket.radiusUMm() * Math.cos(a);
    double pv = pocket.radiusVMm() * Math.sin(a);
    double wu = pocket.centreUMm() + pu * c - pv * s;
    double wv = pocket.centreVMm() + pu * s + pv * c;
    double[] n = pocket.normal(wu, wv);
    double inset = 0.5 * halfThickness;
    return new Ellipse(wu - inset * n[0], wv - inset * n[1], halfLength, halfThickness,
        Math.atan2(n[1], n[0]) + Math.PI / 2);
  }
}
