package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.injectplan.segment.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both clients against a real Orthanc holding {@link PacsSamples}: the same answers by either protocol. */
class QueryRetrieveTest {
  @TempDir
  static Path dir;
  static OrthancServer orthanc;

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
    PacsSamples.storeAll(orthanc, dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (orthanc != null) {
      orthanc.close();
    }
  }

  static List<QueryRetrieve> clients() {
    return List.of(new DicomWebClient(orthanc.dicomWebUrl(), Duration.ofSeconds(20),
        Optional.of(orthanc.credentials())), new DimseClient(orthanc.address(), OrthancServer.ALLOWED_CALLING_AET,
        Duration.ofSeconds(20)));
  }

  static Set<String> uids(List<StudyEntry> studies) {
    return studies.stream().map(StudyEntry::studyInstanceUid).collect(Collectors.toSet());
  }

  @Test
  void refusesBadQueries() {
    assertThrows(IllegalArgumentException.class, () -> StudyQuery.date("2024-01-15"));
    assertThrows(IllegalArgumentException.class, () -> StudyQuery.date("20241315"));
    assertThrows(IllegalArgumentException.class, () -> StudyQuery.all().withDates(Optional.of(StudyQuery.date(
        "20240201")), Optional.of(StudyQuery.date("20240101"))));
    assertThrows(IllegalArgumentException.class, () -> StudyQuery.all().withModality("us"));
    assertThrows(IllegalArgumentException.class, () -> StudyQuery.all().withPatientId("A\\B"));
    assertThrows(IllegalArgumentException.class, () -> RetrieveRequest.study("1.2.x"));
    assertThrows(IllegalArgumentException.class, () -> RetrieveRequest.study("../../etc"));
    assertEquals(Optional.of("20240101-"), StudyQuery.all().withDates(Optional.of(StudyQuery.date("20240101")),
        Optional.empty()).dateRange());
  }

  @Test
  void findsByPatientId() throws Exception {
    for (QueryRetrieve c : clients()) {
      List<StudyEntry> found = c.findStudies(StudyQuery.all().withPatientId(PacsSamples.CINE_PATIENT_ID));
      assertEquals(1, found.size(), c.name());
      StudyEntry s = found.get(0);
      assertEquals(PacsSamples.CINE_STUDY, s.studyInstanceUid(), c.name());
      assertEquals(PacsSamples.KNEE_PATIENT_NAME, s.patientName(), c.name());
      assertEquals("20240115", s.studyDate(), c.name());
      assertEquals(List.of("US"), s.modalities(), c.name());
      assertEquals(1, s.seriesCount().orElse(-1), c.name());
      assertEquals(1, s.instanceCount().orElse(-1), c.name());
    }
  }

  @Test
  void findsByPatientNameWithWildcard() throws Exception {
    for (QueryRetrieve c : clients()) {
      assertEquals(Set.of(PacsSamples.CINE_STUDY, PacsSamples.KNEE_US_STUDY),
          uids(c.findStudies(StudyQuery.all().withPatientName("SAMPLE^KNEE*"))), c.name());
      assertEquals(Set.of(), uids(c.findStudies(StudyQuery.all().withPatientName("NOBODY*"))), c.name());
    }
  }

  @Test
  void findsByDateRange() throws Exception {
    for (QueryRetrieve c : clients()) {
      assertEquals(Set.of(PacsSamples.XA_STUDY), uids(c.findStudies(StudyQuery.all().withDates(Optional.of(
          StudyQuery.date("20230101")), Optional.of(StudyQuery.date("20231231"))))), c.name());
      assertEquals(Set.of(PacsSamples.CINE_STUDY, PacsSamples.KNEE_US_STUDY), uids(c.findStudies(StudyQuery.all()
          .withDates(Optional.of(StudyQuery.date("20240115")), Optional.empty()))), c.name());
      assertEquals(3, c.findStudies(StudyQuery.all()).size(), c.name());
    }
  }

  @Test
  void findsByModality() throws Exception {
    for (QueryRetrieve c : clients()) {
      assertEquals(Set.of(PacsSamples.XA_STUDY), uids(c.findStudies(StudyQuery.all().withModality("XA"))), c.name());
      assertEquals(Set.of(PacsSamples.CINE_STUDY, PacsSamples.KNEE_US_STUDY),
          uids(c.findStudies(StudyQuery.all().withModality("US"))), c.name());
      assertEquals(Set.of(), uids(c.findStudies(StudyQuery.all().withModality("RF"))), c.name());
    }
  }

  @Test
  void listsSeriesWithFrameCounts() throws Exception {
    for (QueryRetrieve c : clients()) {
      List<SeriesEntry> series = c.listSeries(PacsSamples.CINE_STUDY);
      assertEquals(1, series.size(), c.name());
      assertEquals(PacsSamples.CINE_SERIES, series.get(0).seriesInstanceUid(), c.name());
      assertEquals("US", series.get(0).modality(), c.name());
      assertEquals(1, series.get(0).instanceCount(), c.name());
      assertEquals(PacsSamples.CINE_FRAMES, series.get(0).frameCount(), c.name());
      assertEquals(1, c.listSeries(PacsSamples.XA_STUDY).get(0).frameCount(), c.name());
      PacsException e = assertThrows(PacsException.class, () -> c.listSeries("1.2.3.4"), c.name());
      assertTrue(e.getMessage().contains("no study 1.2.3.4 on the PACS"), e.getMessage());
    }
  }

  @Test
  void wrongCredentialsAreSaid() {
    DicomWebClient c = new DicomWebClient(orthanc.dicomWebUrl(), Duration.ofSeconds(10), Optional.of(
        new StowCredentials(OrthancServer.USER, "wrong")));
    PacsException e = assertThrows(PacsException.class, () -> c.findStudies(StudyQuery.all()));
    assertTrue(e.getMessage().contains("HTTP 401: authentication refused"), e.getMessage());
    DicomWebClient bearer = new DicomWebClient(orthanc.dicomWebUrl(), Duration.ofSeconds(10), Optional.of(
        new BearerToken("not-a-token-orthanc-knows")));
    PacsException b = assertThrows(PacsException.class, () -> bearer.findStudies(StudyQuery.all()));
    assertTrue(b.getMessage().contains("HTTP 401"), b.getMessage());
  }

  /**
   * A listener that throws {@link CancellationException} (as the plugin's does on Esc) cancels
   * the retrieve by either protocol: the cancellation comes out as itself, not as a failure of the
   * PACS, the destination and the staging folder are left empty, and the PACS answers the next
   * retrieve as before.
   */
  @Test
  void aCancelledRetrieveIsCancelledAndKeepsNothing() throws Exception {
    for (QueryRetrieve c : clients()) {
      Path[] staging = new Path[1];
      QueryRetrieve watched = new QueryRetrieve() {
        @Override
        public List<StudyEntry> findStudies(StudyQuery q) throws PacsException {
          return c.findStudies(q);
        }

        @Override
        public List<SeriesEntry> listSeries(String study) throws PacsException {
          return c.listSeries(study);
        }

        @Override
        public List<Path> retrieve(RetrieveRequest r, Path to, ProgressListener p) throws PacsException {
          staging[0] = to;
          return c.retrieve(r, to, p);
        }

        @Override
        public String name() {
          return c.name();
        }
      };
      Path out = Files.createTempDirectory(dir, "cancelled");
      AtomicInteger calls = new AtomicInteger();
      CancellationException e = assertThrows(CancellationException.class, () -> Fetch.fetch(watched,
          RetrieveRequest.series(PacsSamples.CINE_STUDY, PacsSamples.CINE_SERIES), out, false, (d, t) -> {
            calls.incrementAndGet();
            throw new CancellationException("cancelled with Esc");
          }), c.name());
      assertEquals("cancelled with Esc", e.getMessage(), c.name());
      assertEquals(1, calls.get(), c.name() + ": the retrieve stopped at the first cancel");
      try (var left = Files.list(out)) {
        assertEquals(List.of(), left.toList(), c.name() + ": nothing kept in the destination");
      }
      assertTrue(staging[0] != null && !Files.exists(staging[0]), c.name() + ": the staging folder is gone");
      assertEquals(1, Fetch.fetch(c, RetrieveRequest.study(PacsSamples.XA_STUDY), out, false,
          ProgressListener.NONE).size(), c.name() + ": the PACS still answers");
    }
  }
}
