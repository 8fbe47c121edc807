package org.injectplan.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.injectplan.image.Mask;
import org.injectplan.planning.Obstacle;
import org.injectplan.planning.PixelScale;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/**
 * Plans on the real corpus scans for the report tests, their millimetres computed from the
 * scan's own calibration (the truth of each value is its geometry).
 */
public final class TestPlans {
  /** US, 1024 x 768, MONOCHROME2, calibrated by an ultrasound region [14, 38, 1010, 758]. */
  public static final String US_GREY = "real/JPGLosslessP14SV1_1s_1f_8b_US.dcm";
  /** US colour (YBR_FULL, RLE), 640 x 480, calibrated by an ultrasound region. */
  public static final String US_COLOUR = "real/YBR_FULL-RLE_US.dcm";
  /** XA, 1024 x 1024, not calibrated. */
  public static final String XA_UNCALIBRATED = "real/XA1_UNC.dcm";

  private TestPlans() {
  }

  public static Path corpus(String name) {
    String root = System.getProperty("injectplan.corpus");
    if (root == null) {
      throw new IllegalStateException("system property injectplan.corpus is not set: run the tests through Maven");
    }
    Path p = Path.of(root, name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("corpus file missing: " + p);
    }
    return p;
  }

  /**
   * A plan on {@code scanFile}: entry and target at fractions of the frame, a capsule and an avoid
   * outline; angle, depth, path, clearance, bolus, fraction in the capsule and dose derived from
   * that geometry and the scan's calibration as the planner derives them ({@link Obstacle},
   * {@link org.injectplan.planning.Deposition#fractionInside}), so that the plan verifies.
   */
  public static Plan on(Path scanFile) throws Exception {
    try (Scan scan = ScanLoader.open(scanFile)) {
      int w = scan.columns();
      int h = scan.rows();
      PixelPoint entry = new PixelPoint(0.35 * w, 0.12 * h);
      PixelPoint target = new PixelPoint(0.5 * w, 0.45 * h);
      PlanCalibration cal = PlanCalibration.of(scan.calibration());
      Structure capsule = ellipse("capsule", target, 0.12 * w, 0.07 * h);
      PixelPoint arteryCentre = new PixelPoint(0.7 * w, 0.3 * h);
      Structure artery = ellipse("artery", arteryCentre, 0.03 * w, 0.03 * w);
      double volumeMl = 2.0;
      boolean mm = cal.isCalibrated();
      PixelScale scale = mm ? new PixelScale(cal.mmPerPixelX(), cal.mmPerPixelY(), true) : PixelScale.pixels();
      double depth = (target.yPx() - entry.yPx()) * scale.mmPerPixelY();
      double run = Math.abs(target.xPx() - entry.xPx()) * scale.mmPerPixelX();
      double angleDeg = Math.toDegrees(Math.atan2(depth, run));
      Double depthMm = mm ? depth : null;
      Double pathMm = mm ? scan.calibration().distanceMm(entry.xPx(), entry.yPx(), target.xPx(), target.yPx()) : null;
      Double clearanceMm = null;
      Double bolusMm = null;
      double fraction = 0;
      if (mm) {
        Mask arteryMask = ellipseMask(w, h, arteryCentre, 0.03 * w, 0.03 * w);
        clearanceMm = new Obstacle("artery", arteryMask, 0, false).clearance(scale).of(entry.xPx(), entry.yPx(),
            target.xPx(), target.yPx());
        bolusMm = org.injectplan.planning.Deposition.bolusRadiusMm(volumeMl);
        fraction = org.injectplan.planning.Deposition.fractionInside(ellipseMask(w, h, target, 0.12 * w, 0.07 * h),
            target, bolusMm, scale);
      }
      return new Plan(new ScanReference(scanFile.toString(), scan.identity().sopInstanceUid(),
          scan.identity().studyInstanceUid()), 0, cal, target, entry, "knee", "superolateral, in-plane",
          angleDeg, "transducer face", depthMm, pathMm, clearanceMm, "artery", new Needle(22, 90),
          new Deposition(volumeMl, bolusMm, fraction, "knee capacity (test)"),
          new Dose(2.5e7, 2.5e7 / volumeMl, "test dose"),
          List.of("Angle above 30°: needle visibility falls (Schafhalter-Zoppoth 2004)."), capsule,
          List.of(artery), PlanJson.VERSION);
    }
  }

  /**
   * A down-the-beam fluoroscopy plan on {@code scanFile} with the given calibration: single view
   * (depth unknown) or, with {@code biplane}, a triangulated target and a depth of 48.5 mm; with
   * three deposition points, dead space and the delivered dose figures.
   */
  public static Plan fluoro(Path scanFile, PlanCalibration cal, boolean biplane) throws Exception {
    try (Scan scan = ScanLoader.open(scanFile)) {
      int w = scan.columns();
      int h = scan.rows();
      PixelPoint target = new PixelPoint(0.45 * w, 0.55 * h);
      Structure joint = ellipse("joint space", target, 0.05 * w, 0.02 * h);
      PixelPoint nerveCentre = new PixelPoint(0.6 * w, 0.6 * h);
      Structure nerve = ellipse("nerve root", nerveCentre, 0.02 * w, 0.02 * w);
      boolean mm = cal.isCalibrated();
      Double depthMm = mm && biplane ? 48.5 : null;
      ScanReference ref = new ScanReference(scanFile.toString(), scan.identity().sopInstanceUid(),
          scan.identity().studyInstanceUid());
      Triangulated tri = biplane ? new Triangulated(new ScanReference("lateral.dcm", "1.2.3.4.5", "1.2.3.4"),
          new PixelPoint(0.4 * w, 0.5 * h), List.of(-7.9, 0.7, 4.5), 0.12, 0.4) : null;
      List<DepositionPoint> points = List.of(new DepositionPoint(target.xPx(), target.yPx(),
          mm ? target.xPx() * cal.mmPerPixelX() : null, mm ? target.yPx() * cal.mmPerPixelY() : null, 1.0));
      double volumeMl = 1.0;
      double deadMl = 0.09;
      Double bolusMm = null;
      Double clearanceMm = null;
      double fraction = 0;
      if (mm) {
        PixelScale scale = new PixelScale(cal.mmPerPixelX(), cal.mmPerPixelY(), true);
        bolusMm = org.injectplan.planning.Deposition.bolusRadiusMm(volumeMl);
        fraction = org.injectplan.planning.Deposition.fractionInside(ellipseMask(w, h, target, 0.05 * w, 0.02 * h),
            target, bolusMm, scale);
        clearanceMm = new Obstacle("nerve root", ellipseMask(w, h, nerveCentre, 0.02 * w, 0.02 * w), 0, false)
            .clearance(scale).of(target.xPx(), target.yPx(), target.xPx(), target.yPx());
      }
      double cells = 5e7;
      double viable = cells * 0.9;
      double delivered = viable * (volumeMl - deadMl) / volumeMl;
      Dose dose = new Dose(cells, cells / volumeMl, "test dose", 0.9, delivered, viable * deadMl / volumeMl,
          delivered * fraction, new IntravenousRange(0.015, 0.037, viable * 0.015, viable * 0.037,
              "quoted range from animal studies, not a measurement", "Fischer 2009; Eggenhofer 2012"));
      return new Plan(ref, 0, cal, target, target, "facet", "coaxial (down-the-beam)", 0, "beam (coaxial)", depthMm,
          depthMm, clearanceMm, "nerve root", new Needle(22, 90),
          new Deposition(volumeMl, bolusMm, fraction, "facet capacity (test)", points, deadMl, volumeMl - deadMl),
          dose, List.of("single view: depth unknown (along the beam); confirm the depth on a lateral view"), joint,
          List.of(nerve), PlanJson.VERSION, depthMm != null, tri);
    }
  }

  /**
   * A copy of the scan in {@code dir} with Imager Pixel Spacing (0018,1164) of {@code mm} (by
   * dcmtk's dcmodify), so that a fluoroscopy plan calibrated at the detector is its scan's.
   */
  public static Path withImagerPixelSpacing(Path scanFile, Path dir, double mm) throws Exception {
    Path copy = dir.resolve("ips-" + mm + "-" + scanFile.getFileName());
    java.nio.file.Files.copy(scanFile, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String v = mm + "\\" + mm;
    Process p = new ProcessBuilder("dcmodify", "-nb", "-i", "(0018,1164)=" + v, copy.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("dcmodify failed: " + output);
    }
    return copy;
  }

  /** The pixels whose centre lies inside the ellipse: the mask the planner would have had. */
  static Mask ellipseMask(int w, int h, PixelPoint c, double rx, double ry) {
    boolean[] inside = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double u = (x + 0.5 - c.xPx()) / rx;
        double v = (y + 0.5 - c.yPx()) / ry;
        inside[y * w + x] = u * u + v * v <= 1;
      }
    }
    return new Mask(w, h, inside);
  }

  static Structure ellipse(String name, PixelPoint c, double rx, double ry) {
    List<PixelPoint> pts = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      double a = 2 * Math.PI * i / 24;
      pts.add(new PixelPoint(c.xPx() + rx * Math.cos(a), c.yPx() + ry * Math.sin(a)));
    }
    return new Structure(name, pts);
  }
}
