package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.injectplan.cli.Main;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code injectplan find} and {@code fetch}, run in-process through {@link Main#run}, against a
 * real Orthanc (DICOMweb and DIMSE) and against peers that fail: every failure is exit 2, one
 * line on stderr, and no file in the destination.
 */
class FindFetchCommandTest {
  @TempDir
  static Path dir;
  static OrthancServer orthanc;
  static Path credentials;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIB = 1024 * 1024;

  record Result(int exit, String out, String err) {
  }

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
    PacsSamples.storeAll(orthanc, dir);
    credentials = Files.writeString(dir.resolve("cred.txt"), OrthancServer.USER + ":"
        + orthanc.credentials().password() + "\n");
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

  static String[] web(String url, String... rest) {
    List<String> a = new ArrayList<>(List.of("--dicomweb", url, "--credentials", credentials.toString()));
    a.addAll(List.of(rest));
    return a.toArray(String[]::new);
  }

  static String[] dimse(String address, String... rest) {
    List<String> a = new ArrayList<>(List.of("--pacs", address));
    a.addAll(List.of(rest));
    return a.toArray(String[]::new);
  }

  static String[] concat(String first, String[] rest) {
    List<String> a = new ArrayList<>(List.of(first));
    a.addAll(List.of(rest));
    return a.toArray(String[]::new);
  }

  static String webUrl() {
    return orthanc.dicomWebUrl().toString();
  }

  static String dimseAddress() {
    return orthanc.address().toString();
  }

  /** Fails exit 2 with exactly one line, {@code error: <where>: <reason>}, and nothing in {@code out}. */
  static void assertRefused(Result r, Path out, String reason) throws Exception {
    assertEquals(2, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(reason), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out) && !empty(out), "nothing may be left in " + out);
    assertTrue(leftovers(out.getParent()).isEmpty(), "no temporary file beside it: " + leftovers(out.getParent()));
  }

  static boolean empty(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }

  static List<Path> leftovers(Path d) throws Exception {
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void findPrintsOneLinePerStudyByEitherProtocol() throws Exception {
    for (String[] where : List.of(web(webUrl(), "--patient-id", PacsSamples.CINE_PATIENT_ID),
        dimse(dimseAddress(), "--patient-id", PacsSamples.CINE_PATIENT_ID))) {
      Result r = run(concat("find", where));
      assertEquals(0, r.exit(), r.err());
      List<String> lines = r.out().lines().toList();
      assertEquals(1, lines.size(), r.out());
      String[] cols = lines.get(0).split("\t");
      assertEquals(PacsSamples.CINE_STUDY, cols[0]);
      assertEquals(List.of(PacsSamples.KNEE_PATIENT_NAME, PacsSamples.CINE_PATIENT_ID, "20240115", "US"),
          List.of(cols[1], cols[2], cols[3], cols[4]));
    }
    Result json = run(concat("find", web(webUrl(), "--modality", "US", "--from", "20240101", "--to", "20241231",
        "--json")));
    assertEquals(0, json.exit(), json.err());
    JsonNode studies = JSON.readTree(json.out()).path("studies");
    assertEquals(2, studies.size(), json.out());
    for (JsonNode s : studies) {
      assertEquals("US", s.path("modalities").path(0).asText());
    }
    Result series = run(concat("find", dimse(dimseAddress(), "--study", PacsSamples.CINE_STUDY, "--json")));
    assertEquals(0, series.exit(), series.err());
    JsonNode s0 = JSON.readTree(series.out()).path("series").path(0);
    assertEquals(PacsSamples.CINE_SERIES, s0.path("seriesInstanceUid").asText());
    assertEquals(PacsSamples.CINE_FRAMES, s0.path("frameCount").asInt());
  }

  @Test
  void fetchByDicomWebAndByCGetGivesTheCineFrameForFrame() throws Exception {
    for (String[] where : List.of(web(webUrl()), dimse(dimseAddress()))) {
      Path out = Files.createTempDirectory(dir, "fetched");
      Result r = run(concat("fetch", concat(where[0], concat(where[1], concat("--study", new String[] {
          PacsSamples.CINE_STUDY, "--series", PacsSamples.CINE_SERIES, "--out", out.toString(),
          where.length > 2 ? where[2] : "--timeout", where.length > 3 ? where[3] : "20"})))));
      assertEquals(0, r.exit(), r.err());
      List<Path> files;
      try (Stream<Path> s = Files.list(out)) {
        files = s.toList();
      }
      assertEquals(1, files.size(), files.toString());
      assertTrue(files.get(0).getFileName().toString().matches("[0-9.]+\\.dcm"), files.toString());
      assertEquals(files.get(0).toString(), r.out().strip());
      assertSameFrames(PacsSamples.cine(), files.get(0));
    }
  }

  static void assertSameFrames(Path original, Path fetched) throws Exception {
    try (Scan a = ScanLoader.open(original); Scan b = ScanLoader.open(fetched)) {
      assertEquals(PacsSamples.CINE_FRAMES, a.frameCount());
      assertEquals(a.frameCount(), b.frameCount());
      for (int i = 0; i < a.frameCount(); i++) {
        assertArrayEquals((byte[]) a.frame(i).getPixels(), (byte[]) b.frame(i).getPixels(), "frame " + i);
      }
    }
  }

  @Test
  void wrongCredentialsAreExit2AndNoFile() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad-cred.txt"), OrthancServer.USER + ":wrong\n");
    Path out = dir.resolve("out-cred");
    assertRefused(run("fetch", "--dicomweb", webUrl(), "--credentials", bad.toString(), "--study",
        PacsSamples.CINE_STUDY, "--out", out.toString()), out, "HTTP 401: authentication refused");
  }

  @Test
  void anUnknownStudyIsExit2ByEitherProtocol() throws Exception {
    Path out = dir.resolve("out-unknown");
    assertRefused(run(concat("fetch", web(webUrl(), "--study", "1.2.3.4", "--out", out.toString()))), out,
        "no study 1.2.3.4 on the PACS");
    assertRefused(run(concat("fetch", dimse(dimseAddress(), "--study", "1.2.3.4", "--out", out.toString()))), out,
        "no study 1.2.3.4 on the PACS");
  }

  @Test
  void aRefusedAssociationIsExit2() throws Exception {
    Path out = dir.resolve("out-refused");
    assertRefused(run(concat("fetch", dimse("NOT_ORTHANC@" + OrthancServer.HOST + ":" + orthanc.dicomPort(),
        "--study", PacsSamples.CINE_STUDY, "--out", out.toString()))), out, "rejected the association");
    assertRefused(run(concat("fetch", dimse(dimseAddress(), "--aet", "STRANGER", "--study", PacsSamples.CINE_STUDY,
        "--out", out.toString()))), out, "aborted the association");
  }

  @Test
  void aSilentPeerTimesOutByEitherProtocol() throws Exception {
    Path out = dir.resolve("out-silent");
    HttpServer slow = MisbehavingPeers.answering(200, 5000);
    try {
      assertRefused(run("fetch", "--dicomweb", "http://127.0.0.1:" + slow.getAddress().getPort() + "/dicom-web",
          "--timeout", "1", "--study", PacsSamples.CINE_STUDY, "--out", out.toString()), out, "no answer within 1 s");
    } finally {
      slow.stop(0);
    }
    try (ServerSocket silent = MisbehavingPeers.silentDicomPeer()) {
      assertRefused(run("fetch", "--pacs", "ANY@127.0.0.1:" + silent.getLocalPort(), "--timeout", "1", "--study",
          PacsSamples.CINE_STUDY, "--out", out.toString()), out, "no answer for 1 s");
    }
  }

  @Test
  void aServerThatStallsMidCineTimesOut() throws Exception {
    Path out = dir.resolve("out-stall");
    try (ServerSocket relay = MisbehavingPeers.relayTo(orthanc.httpPort(), MIB, MisbehavingPeers.Failure.STALL)) {
      assertRefused(run(concat("fetch", web("http://127.0.0.1:" + relay.getLocalPort() + "/dicom-web", "--timeout",
          "2", "--study", PacsSamples.CINE_STUDY, "--out", out.toString()))), out, "no data for 2 s");
    }
    try (ServerSocket relay = MisbehavingPeers.relayTo(orthanc.dicomPort(), MIB, MisbehavingPeers.Failure.STALL)) {
      assertRefused(run(concat("fetch", dimse(OrthancServer.AET + "@127.0.0.1:" + relay.getLocalPort(), "--timeout",
          "2", "--study", PacsSamples.CINE_STUDY, "--out", out.toString()))), out, "no answer for 2 s (C-GET");
    }
  }

  @Test
  void aServerThatClosesMidCineIsExit2ByEitherProtocol() throws Exception {
    Path out = dir.resolve("out-closed");
    try (ServerSocket relay = MisbehavingPeers.relayTo(orthanc.httpPort(), MIB, MisbehavingPeers.Failure.CLOSE)) {
      assertRefused(run(concat("fetch", web("http://127.0.0.1:" + relay.getLocalPort() + "/dicom-web", "--study",
          PacsSamples.CINE_STUDY, "--out", out.toString()))), out, "WADO-RS failed");
    }
    try (ServerSocket relay = MisbehavingPeers.relayTo(orthanc.dicomPort(), MIB, MisbehavingPeers.Failure.CLOSE)) {
      assertRefused(run(concat("fetch", dimse(OrthancServer.AET + "@127.0.0.1:" + relay.getLocalPort(), "--study",
          PacsSamples.CINE_STUDY, "--out", out.toString()))), out, "C-GET");
    }
  }

  @Test
  void anExistingFileIsKeptWithoutForce() throws Exception {
    Path out = Files.createTempDirectory(dir, "existing");
    assertEquals(0, run(concat("fetch", web(webUrl(), "--study", PacsSamples.XA_STUDY, "--out", out.toString())))
        .exit());
    Path f = out.resolve(PacsSamples.XA_SOP + ".dcm");
    Files.writeString(f, "mine");
    Result again = run(concat("fetch", web(webUrl(), "--study", PacsSamples.XA_STUDY, "--out", out.toString())));
    assertEquals(2, again.exit(), again.err());
    assertTrue(again.err().contains("exists (use --force to overwrite)"), again.err());
    assertEquals("mine", Files.readString(f));
    assertEquals(0, run(concat("fetch", web(webUrl(), "--study", PacsSamples.XA_STUDY, "--out", out.toString(),
        "--force"))).exit());
    assertTrue(Files.size(f) > 100_000, "the fetched XA replaced it");
  }
}
