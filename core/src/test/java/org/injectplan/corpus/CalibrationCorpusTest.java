package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.injectplan.dicom.BadScanException;
import org.injectplan.scan.Calibration;
import org.injectplan.scan.CalibrationPlausibility;
import org.injectplan.scan.CalibrationSource;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.scan.UltrasoundRegion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The calibration reported for each loadable corpus file equals what its tags say, as read by
 * dcmtk's dcmdump (not by PixelMed; +Ep to read past a missing delimiter), by the rule of DESIGN.md: the 2D ultrasound region in cm
 * (the largest, when several), spacing the magnitude of the physical delta (negative deltas
 * included); Pixel Spacing only without regions; uncalibrated otherwise. A distance between two
 * regions is refused.
 */
class CalibrationCorpusTest {
  private static final double TOLERANCE_MM = 1e-9;

  @TestFactory
  Stream<DynamicTest> eachLoadableFile() throws IOException {
    List<Path> files = new ArrayList<>(Corpus.files("real"));
    files.addAll(Corpus.files("malformed"));
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path file) throws Exception {
    Scan scan;
    try {
      scan = ScanLoader.open(file);
    } catch (BadScanException refused) {
      return; // refused files have no calibration to check (see the other corpus tests)
    }
    try (scan) {
      String dump = dcmdump(file);
      List<Map<String, String>> regions = regions(dump);
      Calibration c = scan.calibration();
      assertEquals(regions.size(), c.regions().size(), "every region is read");
      Map<String, String> top = topLevel(dump);
      if (!regions.isEmpty()) {
        checkRegions(c, regions);
      } else if (top.containsKey("(0028,0030)")) {
        String[] ps = top.get("(0028,0030)").split("\\\\");
        assertEquals(CalibrationSource.PIXEL_SPACING, c.source());
        assertEquals(Double.parseDouble(ps[1]), c.mmPerPixelX(), TOLERANCE_MM, "column spacing is x");
        assertEquals(Double.parseDouble(ps[0]), c.mmPerPixelY(), TOLERANCE_MM, "row spacing is y");
      } else {
        assertFalse(top.containsKey("(0018,1164)"), "no corpus file has Imager Pixel Spacing; unit tests cover it");
        assertEquals(CalibrationSource.NONE, c.source());
        assertThrows(IllegalArgumentException.class, () -> c.distanceMm(0, 0, 10, 10));
      }
      checkPlausibility(c, top);
    }
  }

  /**
   * The plausibility warning is there exactly when the field the tags give (the primary region's
   * size, else Rows x Columns from dcmdump) passes the bounds of {@link CalibrationPlausibility}.
   */
  private static void checkPlausibility(Calibration c, Map<String, String> top) {
    if (!c.isCalibrated()) {
      assertFalse(c.implausibility().isPresent());
      return;
    }
    double cols = c.primaryRegion().map(r -> r.x1() - r.x0() + 1.0).orElse(Double.parseDouble(top.get("(0028,0011)")));
    double rows = c.primaryRegion().map(r -> r.y1() - r.y0() + 1.0).orElse(Double.parseDouble(top.get("(0028,0010)")));
    double field = Math.max(cols * c.mmPerPixelX(), rows * c.mmPerPixelY());
    boolean xray = List.of("XA", "RF").contains(top.getOrDefault("(0008,0060)", ""));
    boolean expected = xray ? field > CalibrationPlausibility.MAX_XRAY_FIELD_MM
        : field > CalibrationPlausibility.MAX_US_FIELD_MM
            || Math.max(c.mmPerPixelX(), c.mmPerPixelY()) > CalibrationPlausibility.MAX_US_PIXEL_MM;
    assertEquals(expected, c.implausibility().isPresent(), "field " + field + " mm: " + c.implausibility());
    c.implausibility().ifPresent(w -> assertTrue(w.contains(String.format(java.util.Locale.ROOT, "%.0f",
        cols * c.mmPerPixelX())), w));
  }

  private static void checkRegions(Calibration c, List<Map<String, String>> regions) {
    Map<String, String> best = null;
    long bestArea = -1;
    for (Map<String, String> r : regions) {
      boolean cm = "1".equals(r.get("(0018,6012)")) && "3".equals(r.get("(0018,6024)"))
          && "3".equals(r.get("(0018,6026)")) && Double.parseDouble(r.get("(0018,602c)")) != 0;
      long area = (long) (num(r, "(0018,601c)") - num(r, "(0018,6018)") + 1)
          * (long) (num(r, "(0018,601e)") - num(r, "(0018,601a)") + 1);
      if (cm && area > bestArea) {
        best = r;
        bestArea = area;
      }
    }
    if (best == null) {
      assertEquals(CalibrationSource.NONE, c.source(), "no 2D region in cm: uncalibrated");
      return;
    }
    assertEquals(CalibrationSource.US_REGION, c.source());
    assertEquals(Math.abs(num(best, "(0018,602c)")) * 10, c.mmPerPixelX(), TOLERANCE_MM, "mm/pixel x");
    assertEquals(Math.abs(num(best, "(0018,602e)")) * 10, c.mmPerPixelY(), TOLERANCE_MM, "mm/pixel y");
    UltrasoundRegion p = c.primaryRegion().orElseThrow();
    assertEquals((int) num(best, "(0018,6018)"), p.x0());
    assertEquals((int) num(best, "(0018,601a)"), p.y0());
    assertEquals((int) num(best, "(0018,601c)"), p.x1());
    assertEquals((int) num(best, "(0018,601e)"), p.y1());
    double cx = (p.x0() + p.x1()) / 2.0;
    double cy = (p.y0() + p.y1()) / 2.0;
    assertEquals(10 * p.mmPerPixelX(), c.distanceMm(cx, cy, cx + 10, cy), 1e-9, "10 pixels across");
    for (UltrasoundRegion other : c.regions()) {
      double ox = (other.x0() + other.x1()) / 2.0;
      double oy = (other.y0() + other.y1()) / 2.0;
      if (other.index() != p.index() && !p.contains(ox, oy)) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> c.distanceMm(cx, cy, ox, oy), "a measurement into region " + other.index());
        assertTrue(e.getMessage().contains("crosses") || e.getMessage().contains("outside"), e.getMessage());
      }
    }
  }

  private static double num(Map<String, String> r, String tag) {
    return Double.parseDouble(r.get(tag));
  }

  private static String dcmdump(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("dcmdump", "-q", "-M", "+Ep", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  /** The values of each item of (0018,6011), keyed by lower-case tag. */
  static List<Map<String, String>> regions(String dump) {
    List<Map<String, String>> out = new ArrayList<>();
    boolean inside = false;
    int depth = -1;
    Map<String, String> item = null;
    for (String line : dump.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      String t = line.strip().toLowerCase();
      if (t.startsWith("(0018,6011)")) {
        inside = true;
        depth = indent;
        continue;
      }
      if (!inside) {
        continue;
      }
      if (indent <= depth) {
        break;
      }
      if (t.startsWith("(fffe,e000)")) {
        item = new HashMap<>();
        out.add(item);
      } else if (item != null && t.startsWith("(0018,")) {
        item.put(t.substring(0, 11), value(line));
      }
    }
    return out;
  }

  private static Map<String, String> topLevel(String dump) {
    Map<String, String> out = new HashMap<>();
    for (String line : dump.split("\n")) {
      if (line.startsWith("(")) {
        out.put(line.substring(0, 11).toLowerCase(), value(line));
      }
    }
    return out;
  }

  /** "(0018,602c) FD 0.0382    # 8, 1 PhysicalDeltaX" gives "0.0382"; "[..]" strings unwrapped. */
  private static String value(String line) {
    String s = line.strip();
    String v = s.substring(Math.min(s.length(), 15));
    int hash = v.lastIndexOf('#');
    v = (hash >= 0 ? v.substring(0, hash) : v).strip();
    if (v.startsWith("[") && v.contains("]")) {
      v = v.substring(1, v.lastIndexOf(']'));
    }
    return v.strip();
  }
}
