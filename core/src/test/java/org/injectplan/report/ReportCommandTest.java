package org.injectplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.injectplan.cli.Main;
import org.injectplan.pacs.MisbehavingPeers;
import org.injectplan.pacs.OrthancServer;
import org.injectplan.plan.PlanJson;
import org.injectplan.plan.TestPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code injectplan report}, run in-process through {@link Main#run}, against a real Orthanc. */
class ReportCommandTest {
  @TempDir
  static Path dir;
  static OrthancServer orthanc;
  static Path plan;

  record Result(int exit, String out, String err) {
  }

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
    plan = dir.resolve("plan.json");
    try (var out = Files.newOutputStream(plan)) {
      PlanJson.write(TestPlans.on(TestPlans.corpus(TestPlans.US_GREY)), out);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (orthanc != null) {
      orthanc.close();
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  static Path credentials(String user, String password) throws Exception {
    Path f = Files.createTempFile(dir, "cred", ".txt");
    Files.writeString(f, user + ":" + password + "\n");
    return f;
  }

  @Test
  void badPlanIsExit2WithOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"version\":\"1\"}");
    Result r = run("report", bad.toString(), "--pdf", dir.resolve("never.pdf").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: " + bad + ": not a plan"), r.err());
    assertFalse(Files.exists(dir.resolve("never.pdf")));
    Result noDicom = run("report", plan.toString(), "--pdf", dir.resolve("never.pdf").toString(), "--send",
        "A@127.0.0.1:104");
    assertEquals(2, noDicom.exit());
    assertTrue(noDicom.err().contains("need --dicom"), noDicom.err());
    Path same = dir.resolve("same.pdf");
    Result twice = run("report", plan.toString(), "--pdf", same.toString(), "--json", same.toString());
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("are the same file"), twice.err());
    assertFalse(Files.exists(same));
  }

  @Test
  void findsARelativeScanBesideThePlanOrTakesScanOption() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("relative"));
    Files.copy(TestPlans.corpus(TestPlans.US_GREY), folder.resolve("scan-copy.dcm"));
    var p = PlanJson.read(plan);
    Path rel = folder.resolve("plan.json");
    try (var out = Files.newOutputStream(rel)) {
      PlanJson.write(p.withScan(new org.injectplan.plan.ScanReference("scan-copy.dcm", p.scan().sopInstanceUid(),
          p.scan().studyInstanceUid())), out);
    }
    assertEquals(0, run("report", rel.toString(), "--pdf", folder.resolve("a.pdf").toString()).exit());
    Files.delete(folder.resolve("scan-copy.dcm"));
    Result missing = run("report", rel.toString(), "--pdf", folder.resolve("b.pdf").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("error: scan-copy.dcm: "), missing.err());
    assertEquals(0, run("report", rel.toString(), "--scan", TestPlans.corpus(TestPlans.US_GREY).toString(),
        "--pdf", folder.resolve("b.pdf").toString()).exit());
    Result wrong = run("report", rel.toString(), "--scan", TestPlans.corpus(TestPlans.XA_UNCALIBRATED).toString(),
        "--pdf", folder.resolve("c.pdf").toString());
    assertEquals(2, wrong.exit());
    assertTrue(wrong.err().contains("is not the plan's scan"), wrong.err());
  }

  @Test
  void existingOutputIsKeptWithoutForce() throws Exception {
    Path pdf = Files.writeString(dir.resolve("existing.pdf"), "OLD");
    Result r = run("report", plan.toString(), "--pdf", pdf.toString(), "--dicom", dir.resolve("ex.dcm").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("exists (use --force to overwrite)"), r.err());
    assertEquals("OLD", Files.readString(pdf));
    assertFalse(Files.exists(dir.resolve("ex.dcm")), "nothing is written when one target exists");
    assertEquals(0, run("report", plan.toString(), "--pdf", pdf.toString(), "--force").exit());
    assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
  }

  @Test
  void sendsByCStoreAndStowIntoTheSourceStudy() throws Exception {
    Path out = Files.createDirectories(dir.resolve("ok"));
    Result r = run("report", plan.toString(), "--pdf", out.resolve("r.pdf").toString(), "--dicom",
        out.resolve("r.dcm").toString(), "--json", out.resolve("r.json").toString(), "--send",
        orthanc.address().toString(), "--stow", orthanc.stowUrl().toString(), "--stow-credentials",
        credentials(OrthancServer.USER, orthanc.credentials().password()).toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("sent by C-STORE") && r.out().contains("sent by STOW-RS"), r.out());
    String study = PlanJson.read(plan).scan().studyInstanceUid();
    for (Path f : List.of(out.resolve("r.dcm"), out.resolve("r.sc.dcm"), out.resolve("r.seg.dcm"),
        out.resolve("r.sr.dcm"))) {
      assertEquals(Optional.of(study), orthanc.studyOf(sopInstanceUid(f)), f.toString());
    }
    assertEquals(PlanJson.read(plan), PlanJson.read(out.resolve("r.json")));
  }

  @Test
  void everyFailedSendIsExit2AndKeepsTheFiles() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    HttpServer http500 = MisbehavingPeers.answering(500, 0);
    HttpServer slow = MisbehavingPeers.answering(200, 5000);
    try (ServerSocket silent = MisbehavingPeers.silentDicomPeer()) {
      String good = credentials(OrthancServer.USER, orthanc.credentials().password()).toString();
      List<String[]> cases = new ArrayList<>();
      cases.add(new String[] {"wrong called AE title", "--send", "WRONG@127.0.0.1:" + orthanc.dicomPort()});
      cases.add(new String[] {"refused association", "--send", orthanc.address().toString(), "--calling-aet",
          "STRANGER"});
      cases.add(new String[] {"unreachable", "--send", "X@127.0.0.1:" + closed});
      cases.add(new String[] {"C-STORE timeout", "--send", "X@127.0.0.1:" + silent.getLocalPort(), "--timeout", "1"});
      cases.add(new String[] {"HTTP 401", "--stow", orthanc.stowUrl().toString(), "--stow-credentials",
          credentials(OrthancServer.USER, "wrong").toString()});
      cases.add(new String[] {"HTTP 500", "--stow", MisbehavingPeers.url(http500), "--stow-credentials", good});
      cases.add(new String[] {"STOW timeout", "--stow", MisbehavingPeers.url(slow), "--timeout", "1"});
      String[] expected = {"rejected the association", "0 of 4 file(s) stored, 4 refused", "connection refused",
          "no answer within 1 s", "HTTP 401", "HTTP 500", "no answer within 1 s"};
      for (int i = 0; i < cases.size(); i++) {
        String[] c = cases.get(i);
        Path out = Files.createDirectories(dir.resolve("fail" + i));
        List<String> args = new ArrayList<>(List.of("report", plan.toString(), "--pdf", out.resolve("r.pdf")
            .toString(), "--dicom", out.resolve("r.dcm").toString()));
        args.addAll(List.of(c).subList(1, c.length));
        Result r = run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), c[0] + ": " + r.err());
        assertEquals(1, r.err().lines().count(), c[0] + ": " + r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected[i])
            && r.err().contains("not sent; the files are kept"), c[0] + ": " + r.err());
        assertWhole(out.resolve("r.pdf"), out.resolve("r.dcm"), out.resolve("r.sc.dcm"), out.resolve("r.seg.dcm"),
            out.resolve("r.sr.dcm"));
      }
    } finally {
      http500.stop(0);
      slow.stop(0);
    }
  }

  /**
   * A plan the CLI makes on the knee sample (capsule found, vessels and bone found or given):
   * its Segmentation and Measurement Report, written beside the Encapsulated PDF, pass dciodvfy,
   * the mask read back by pydicom equals the plan's outlines, and Orthanc stores both by C-STORE
   * in one run and by STOW-RS in another, de-identified.
   */
  @Test
  void aSamplePlanGoesToOrthancAsSegmentationAndMeasurementReportByCStoreAndByStow() throws Exception {
    Path out = Files.createDirectories(dir.resolve("sample"));
    Path samplePlan = out.resolve("knee.json");
    Result p = run("plan", PlanDicomTest.KNEE_US.toString(), "--joint", "knee", "--out", samplePlan.toString());
    assertEquals(0, p.exit(), p.err());
    Result mask = run("segment", PlanDicomTest.KNEE_US.toString(), "--mask", out.resolve("capsule.png").toString());
    assertEquals(0, mask.exit(), mask.err());
    String password = credentials(OrthancServer.USER, orthanc.credentials().password()).toString();
    String[][] sends = {{"--send", orthanc.address().toString()},
        {"--stow", orthanc.stowUrl().toString(), "--stow-credentials", password, "--deidentify"}};
    for (int i = 0; i < sends.length; i++) {
      List<String> args = new ArrayList<>(List.of("report", samplePlan.toString(), "--pdf",
          out.resolve("k" + i + ".pdf").toString(), "--dicom", out.resolve("k" + i + ".dcm").toString(), "--json",
          out.resolve("k" + i + ".json").toString()));
      args.addAll(List.of(sends[i]));
      Result r = run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().contains("4 file(s)"), r.out());
      var shown = PlanJson.read(out.resolve("k" + i + ".json"));
      for (String suffix : List.of(".seg.dcm", ".sr.dcm")) {
        Path f = out.resolve("k" + i + suffix);
        assertEquals(List.of(), DicomOracles.dciodvfyErrors(f), f.toString());
        assertEquals(Optional.of(shown.scan().studyInstanceUid()), orthanc.studyOf(sopInstanceUid(f)), f.toString());
      }
      var outputs = new org.injectplan.report.PlanReport.Outputs(null, Files.readAllBytes(out.resolve("k" + i
          + ".json")), null, null, null, shown, Files.readAllBytes(out.resolve("k" + i + ".seg.dcm")), null);
      List<Integer> counts = PlanDicomTest.checkMask(shown, outputs);
      assertTrue(shown.capsule() != null && counts.size() == 1 + shown.avoidStructures().size(), counts.toString());
      double iou = iou(StructureMask.of(shown.capsule(), 640, 480), out.resolve("capsule.png"));
      System.out.printf(java.util.Locale.ROOT, "knee-us capsule: SEG mask %d px, IoU with segment --mask %.3f%n",
          counts.get(0), iou);
      assertTrue(iou > 0.9, "IoU " + iou);
    }
  }

  /** Intersection over union of a mask and a PNG mask (255 inside). */
  static double iou(boolean[] a, Path png) throws Exception {
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    int both = 0;
    int either = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        boolean b = (img.getRGB(x, y) & 0xff) > 127;
        boolean m = a[y * img.getWidth() + x];
        both += m && b ? 1 : 0;
        either += m || b ? 1 : 0;
      }
    }
    return either == 0 ? 0 : (double) both / either;
  }

  static void assertWhole(Path pdf, Path... dicom) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 1);
    }
    for (Path d : dicom) {
      assertTrue(sopInstanceUid(d).startsWith("2.25."), d.toString());
    }
  }

  static String sopInstanceUid(Path f) throws Exception {
    com.pixelmed.dicom.AttributeList l = new com.pixelmed.dicom.AttributeList();
    l.read(f.toFile());
    return l.get(org.injectplan.dicom.DicomTags.SOP_INSTANCE_UID).getSingleStringValueOrEmptyString();
  }
}
