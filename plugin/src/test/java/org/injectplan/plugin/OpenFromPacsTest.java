package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import ij.ImagePlus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.injectplan.pacs.DicomWebClient;
import org.injectplan.pacs.PacsException;
import org.injectplan.pacs.RetrieveRequest;
import org.injectplan.pacs.StudyQuery;
import org.injectplan.pacs.OrthancServer;
import org.injectplan.pacs.QueryRetrieve;
import org.injectplan.pacs.StowCredentials;
import org.injectplan.pacs.StudyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open from PACS's static method, headless: against a real Orthanc on loopback (core's
 * {@link OrthancServer}, through core's test-jar) by DICOMweb and by C-GET, with the clients made
 * from the dialog's settings as the command makes them; and against a loopback HTTP server
 * answering WADO-RS with the real knee-cine sample file as its one part, for the progress in
 * KiB. The client, the fetch and Open Scan are the real ones.
 */
class OpenFromPacsTest {
  static final String STUDY = "2.25.217631781161560653615242221121141200537";
  static final String SERIES = "2.25.172288272699288128624988013357429548475";
  @TempDir
  static Path dir;
  static OrthancServer orthanc;
  static Path cine;

  @BeforeAll
  static void startOrthanc() throws Exception {
    orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
    cine = SampleFiles.extract("knee-cine");
    orthanc.store(cine);
  }

  @AfterAll
  static void stopOrthanc() throws Exception {
    if (orthanc != null) {
      orthanc.close();
    }
  }

  /** The two clients, made from settings as the dialog gives them (DICOMweb with a credentials file). */
  static List<QueryRetrieve> orthancClients() throws IOException {
    StowCredentials c = orthanc.credentials();
    Path login = dir.resolve("login.txt");
    Files.writeString(login, c.user() + ":" + c.password() + "\n");
    return List.of(OpenFromPacs.client(new OpenFromPacs.Settings(orthanc.dicomWebUrl().toString(), "INJECTPLAN",
        login.toString(), 20)), OpenFromPacs.client(new OpenFromPacs.Settings(OrthancServer.AET + "@127.0.0.1:"
        + orthanc.dicomPort(), OrthancServer.ALLOWED_CALLING_AET, "", 20)));
  }

  static HttpServer wado(byte[] file) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/dicom-web/studies/" + STUDY, ex -> {
      String b = "b0undary";
      byte[] head = ("--" + b + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] tail = ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.US_ASCII);
      ex.getResponseHeaders().add("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=" + b);
      ex.sendResponseHeaders(200, head.length + file.length + tail.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(head);
        out.write(file);
        out.write(tail);
      }
    });
    s.start();
    return s;
  }

  static DicomWebClient client(HttpServer s) {
    return new DicomWebClient(URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/dicom-web"),
        Duration.ofSeconds(10), Optional.empty());
  }

  @Test
  void refusesBadSettingsAndQueries() {
    assertThrows(IllegalArgumentException.class, () -> new OpenFromPacs.Settings(" ", "INJECTPLAN", "", 30));
    assertThrows(IllegalArgumentException.class, () -> new OpenFromPacs.Settings("A@h:104", "INJECTPLAN", "", 0));
    assertThrows(IllegalArgumentException.class, () -> OpenFromPacs.client(new OpenFromPacs.Settings("no address",
        "INJECTPLAN", "", 30)));
    assertThrows(IllegalArgumentException.class, () -> OpenFromPacsDialog.query("", "", "2024-01-01", "", "any"));
    StudyQuery q = OpenFromPacsDialog.query(" 123 ", "", "20240101", "", "US");
    assertEquals(Optional.of("123"), q.patientId());
    assertEquals(Optional.of("20240101-"), q.dateRange());
    assertEquals(Optional.empty(), OpenFromPacsDialog.query("", "", "", "", "any").modality());
  }

  @Test
  void opensTheRetrievedCineAsOpenScanDoes() throws Exception {
    Path sample = SampleFiles.extract("knee-cine");
    HttpServer s = wado(Files.readAllBytes(sample));
    try {
      int[] last = new int[2];
      List<ImagePlus> images = OpenFromPacs.open(client(s), RetrieveRequest.series(STUDY, SERIES), (d, t) -> {
        last[0] = d;
        last[1] = t;
      });
      assertEquals(1, images.size());
      ImagePlus fetched = images.get(0);
      ImagePlus direct = OpenScan.open(sample);
      assertEquals(direct.getStackSize(), fetched.getStackSize());
      assertEquals(12, fetched.getStackSize());
      for (int i = 1; i <= 12; i++) {
        assertTrue(java.util.Arrays.equals((byte[]) direct.getStack().getPixels(i),
            (byte[]) fetched.getStack().getPixels(i)), "frame " + i);
      }
      assertEquals(direct.getCalibration().pixelWidth, fetched.getCalibration().pixelWidth, 0);
      assertEquals(last[1], last[0], "the progress reached its total");
      assertTrue(last[1] > 3000, "progress in KiB of the 3.6 MB answer: " + last[1]);
    } finally {
      s.stop(0);
    }
  }

  @Test
  void aCancelledRetrieveKeepsNothing() throws Exception {
    HttpServer s = wado(Files.readAllBytes(SampleFiles.extract("knee-cine")));
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countPacsFolders(tmp);
    try {
      IOException e = assertThrows(IOException.class, () -> OpenFromPacs.open(client(s), RetrieveRequest.series(
          STUDY, SERIES), (d, t) -> {
            if (d > 1000) {
              throw new CancellationException("cancelled with Esc");
            }
          }));
      assertTrue(e.getMessage().contains("cancelled; nothing kept"), e.getMessage());
      PacsException unknown = assertThrows(PacsException.class, () -> OpenFromPacs.open(client(s),
          RetrieveRequest.study("1.2.3"), (d, t) -> { }));
      assertTrue(unknown.getMessage().contains("no study 1.2.3 on the PACS"), unknown.getMessage());
    } finally {
      s.stop(0);
    }
    assertTrue(countPacsFolders(tmp) <= before, "the cancelled retrieve's folder is gone");
  }

  @Test
  void findsAndOpensTheCineFromARealOrthancByEitherProtocol() throws Exception {
    ImagePlus direct = OpenScan.open(cine);
    for (QueryRetrieve pacs : orthancClients()) {
      List<StudyEntry> found = pacs.findStudies(OpenFromPacsDialog.query("IPS-KNEE-CINE", "", "20240101", "", "US"));
      assertEquals(List.of(STUDY), found.stream().map(StudyEntry::studyInstanceUid).toList(), pacs.name());
      assertEquals(12, pacs.listSeries(STUDY).get(0).frameCount(), pacs.name());
      List<ImagePlus> images = OpenFromPacs.open(pacs, RetrieveRequest.series(STUDY, SERIES), (d, t) -> { });
      assertEquals(1, images.size(), pacs.name());
      ImagePlus fetched = images.get(0);
      assertEquals(12, fetched.getStackSize(), pacs.name());
      for (int i = 1; i <= 12; i++) {
        assertTrue(java.util.Arrays.equals((byte[]) direct.getStack().getPixels(i),
            (byte[]) fetched.getStack().getPixels(i)), pacs.name() + ": frame " + i);
      }
      assertEquals(direct.getCalibration().pixelWidth, fetched.getCalibration().pixelWidth, 0, pacs.name());
      assertEquals(direct.getCalibration().pixelHeight, fetched.getCalibration().pixelHeight, 0, pacs.name());
      assertEquals("mm", fetched.getCalibration().getUnit(), pacs.name());
    }
  }

  /** Esc (a listener that throws, as the progress bar's does) by DICOMweb or C-GET: cancelled, nothing kept. */
  @Test
  void aCancelFromARealOrthancIsACancelByEitherProtocol() throws Exception {
    for (QueryRetrieve pacs : orthancClients()) {
      Path into = Files.createDirectory(dir.resolve("into-" + pacs.name().replaceAll("[^A-Za-z0-9]", "_")));
      int[] calls = new int[1];
      OpenFromPacs.Cancelled e = assertThrows(OpenFromPacs.Cancelled.class, () -> OpenFromPacs.open(pacs,
          RetrieveRequest.series(STUDY, SERIES), into, (d, t) -> {
            calls[0]++;
            throw new CancellationException("cancelled with Esc");
          }), pacs.name());
      assertEquals(pacs.name() + ": cancelled; nothing kept", e.getMessage());
      assertEquals(1, calls[0], pacs.name() + ": stopped at the first cancel");
      assertTrue(!Files.exists(into), pacs.name() + ": the folder is gone");
    }
  }

  private static long countPacsFolders(Path tmp) throws IOException {
    try (var s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("injectplan-pacs-")).count();
    }
  }
}
