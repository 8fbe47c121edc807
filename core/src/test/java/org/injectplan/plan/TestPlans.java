package org.injectplan.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** A plan on {@code scanFile}: entry and target at fractions of the frame, a capsule and an avoid outline. */
  public static Plan on(Path scanFile) throws Exception {
    try (Scan scan = ScanLoader.open(scanFile)) {
      int w = scan.columns();
      int h = scan.rows();
      PixelPoint entry = new PixelPoint(0.35 * w, 0.12 * h);
      PixelPoint target = new PixelPoint(0.5 * w, 0.45 * h);
      PlanCalibration cal = PlanCalibration.of(scan.calibration());
      Structure capsule = ellipse("capsule", target, 0.12 * w, 0.07 * h);
      Structure artery = ellipse("artery", new PixelPoint(0.7 * w, 0.3 * h), 0.03 * w, 0.03 * w);
      double volumeMl = 2.0;
      Double depthMm = null;
      Double pathMm = null;
      Double clearanceMm = null;
      Double bolusMm = null;
      if (cal.isCalibrated()) {
        depthMm = (target.yPx() - entry.yPx()) * cal.mmPerPixelY();
        pathMm = scan.calibration().distanceMm(entry.xPx(), entry.yPx(), target.xPx(), target.yPx());
        clearanceMm = 12.5;
        bolusMm = Math.cbrt(3 * volumeMl * 1000 / (4 * Math.PI));
      }
      return new Plan(new ScanReference(scanFile.toString(), scan.identity().sopInstanceUid(),
          scan.identity().studyInstanceUid()), 0, cal, target, entry, "knee", "superolateral, in-plane",
          34.5, "transducer face", depthMm, pathMm, clearanceMm, "artery", new Needle(22, 90),
          new Deposition(volumeMl, bolusMm, 0.87, "knee capacity (test)"), new Dose(2.5e7, 1.25e7, "test dose"),
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
      Structure nerve = ellipse("nerve root", new PixelPoint(0.6 * w, 0.6 * h), 0.02 * w, 0.02 * w);
      boolean mm = cal.isCalibrated();
      Double depthMm = mm && biplane ? 48.5 : null;
      ScanReference ref = new ScanReference(scanFile.toString(), scan.identity().sopInstanceUid(),
          scan.identity().studyInstanceUid());
      Triangulated tri = biplane ? new Triangulated(new ScanReference("lateral.dcm", "1.2.3.4.5", "1.2.3.4"),
          new PixelPoint(0.4 * w, 0.5 * h), List.of(-7.9, 0.7, 4.5), 0.12, 0.4) : null;
      List<DepositionPoint> points = List.of(new DepositionPoint(target.xPx(), target.yPx(),
          mm ? target.xPx() * cal.mmPerPixelX() : null, mm ? target.yPx() * cal.mmPerPixelY() : null, 1.0));
      Dose dose = new Dose(5e7, 5e7, "test dose", 0.9, 4.05e7, 4.05e6, 2.8e7, new IntravenousRange(0.015, 0.037,
          6.75e5, 1.665e6, "quoted range from animal studies, not a measurement", "Fischer 2009; Eggenhofer 2012"));
      return new Plan(ref, 0, cal, target, target, "facet", "coaxial (down-the-beam)", 0, "beam (coaxial)", depthMm,
          depthMm, mm ? 6.5 : null, "nerve root", new Needle(22, 90),
          new Deposition(1.0, mm ? 6.2 : null, mm ? 0.7 : 0, "facet capacity (test)", points, 0.09, 0.91), dose,
          List.of("single view: depth unknown (along the beam); confirm the depth on a lateral view"), joint,
          List.of(nerve), PlanJson.VERSION, depthMm != null, tri);
    }
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
