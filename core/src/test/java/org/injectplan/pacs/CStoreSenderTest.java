package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CStoreSenderTest {
  @TempDir
  static Path dir;
  static OrthancServer orthanc;
  static SentFiles files;

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
    files = SentFiles.write(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (orthanc != null) {
      orthanc.close();
    }
  }

  static CStoreSender sender(String callingAet) {
    return new CStoreSender(callingAet, Duration.ofSeconds(10));
  }

  @Test
  void refusesBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new CStoreSender("", Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new CStoreSender("WAY_TOO_LONG_AE_TITLE", Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new CStoreSender("A", Duration.ZERO));
  }

  @Test
  void wrongCalledAeTitleIsRejectedNeverReportedAsSuccess() throws Exception {
    SentFiles fresh = SentFiles.write(dir);
    PacsAddress wrong = new PacsAddress("NOT_ORTHANC", OrthancServer.HOST, orthanc.dicomPort());
    SendException e = assertThrows(SendException.class, () -> sender("INJECTPLAN").send(wrong, fresh.files()));
    assertTrue(e.getMessage().contains("0 of 2 file(s) stored"), e.getMessage());
    assertEquals(Optional.empty(), orthanc.studyOf(fresh.sopInstanceUids().get(0)));
  }

  @Test
  void refusedCallingAeTitleIsNeverReportedAsSuccess() throws Exception {
    SentFiles fresh = SentFiles.write(dir);
    SendException e = assertThrows(SendException.class,
        () -> sender("STRANGER").send(orthanc.address(), fresh.files()));
    assertTrue(e.getMessage().contains("0 of 2 file(s) stored, 2 refused"), e.getMessage());
    assertEquals(Optional.empty(), orthanc.studyOf(fresh.sopInstanceUids().get(1)));
  }

  @Test
  void unreachableHostIsSaid() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    SendException e = assertThrows(SendException.class,
        () -> sender("INJECTPLAN").send(new PacsAddress("X", "127.0.0.1", closed), files.files()));
    assertTrue(e.getMessage().contains("unreachable: connection refused"), e.getMessage());
    SendException unknown = assertThrows(SendException.class,
        () -> sender("INJECTPLAN").send(new PacsAddress("X", "no-such-host.invalid", 104), files.files()));
    assertTrue(unknown.getMessage().contains("unreachable: unknown host"), unknown.getMessage());
  }

  @Test
  void aSilentPeerTimesOut() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket s = silent.accept(); // accepted, never answered
            s.getInputStream();
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      SendException e = assertThrows(SendException.class, () -> new CStoreSender("INJECTPLAN",
          Duration.ofSeconds(2)).send(new PacsAddress("X", "127.0.0.1", silent.getLocalPort()), files.files()));
      assertTrue(e.getMessage().contains("no answer within 2 s"), e.getMessage());
      assertEquals(List.of(), threadsLeftAfter(Duration.ofSeconds(5)),
          "PixelMed's thread (and the relay's) must end once the send has timed out");
    }
  }

  /** The live threads of a send ("c-store ...") once they have had the given time to end. */
  private static List<String> threadsLeftAfter(Duration grace) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    List<String> left;
    do {
      Thread.sleep(50);
      left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
          .filter(n -> n.startsWith("c-store")).toList();
    } while (!left.isEmpty() && System.nanoTime() < deadline);
    return left;
  }

  @Test
  void storesBothObjectsInTheSourceStudy() throws Exception {
    sender("INJECTPLAN").send(orthanc.address(), files.files());
    for (String uid : files.sopInstanceUids()) {
      assertEquals(Optional.of(files.studyInstanceUid()), orthanc.studyOf(uid), uid);
    }
  }
}
