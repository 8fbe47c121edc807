package org.injectplan.pacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StowSenderTest {
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

  static StowSender sender(Optional<StowCredentials> c, int seconds) {
    return new StowSender(Duration.ofSeconds(seconds), c);
  }

  static URI url(HttpServer s) {
    return URI.create(MisbehavingPeers.url(s));
  }

  @Test
  void refusesBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new StowSender(Duration.ZERO, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> sender(Optional.empty(), 1).send(URI.create("ftp://x/"),
        files.files()));
    assertThrows(IllegalArgumentException.class, () -> new StowCredentials("a:b", "c"));
    assertTrue(!new StowCredentials("u", "secret").toString().contains("secret"));
  }

  @Test
  void wrongPasswordIs401() {
    SendException e = assertThrows(SendException.class, () -> sender(Optional.of(new StowCredentials(
        OrthancServer.USER, "wrong")), 10).send(orthanc.stowUrl(), files.files()));
    assertTrue(e.getMessage().contains("HTTP 401: authentication refused"), e.getMessage());
  }

  @Test
  void serverErrorIsSaid() throws Exception {
    HttpServer s = MisbehavingPeers.answering(500, 0);
    try {
      SendException e = assertThrows(SendException.class, () -> sender(Optional.empty(), 10).send(url(s),
          files.files()));
      assertTrue(e.getMessage().contains("HTTP 500: server error"), e.getMessage());
    } finally {
      s.stop(0);
    }
  }

  @Test
  void aSlowServerTimesOut() throws Exception {
    HttpServer s = MisbehavingPeers.answering(200, 5000);
    try {
      SendException e = assertThrows(SendException.class, () -> sender(Optional.empty(), 1).send(url(s),
          files.files()));
      assertTrue(e.getMessage().contains("no answer within 1 s"), e.getMessage());
    } finally {
      s.stop(0);
    }
  }

  @Test
  void anEmptyOkAnswerIsNotSuccess() throws Exception {
    HttpServer s = MisbehavingPeers.answering(200, 0);
    try {
      SendException e = assertThrows(SendException.class, () -> sender(Optional.empty(), 10).send(url(s),
          files.files()));
      assertTrue(e.getMessage().contains("0 of 2 instance(s) stored"), e.getMessage());
    } finally {
      s.stop(0);
    }
  }

  @Test
  void storesBothObjectsInTheSourceStudy() throws Exception {
    sender(Optional.of(orthanc.credentials()), 20).send(orthanc.stowUrl(), files.files());
    for (String uid : files.sopInstanceUids()) {
      assertEquals(Optional.of(files.studyInstanceUid()), orthanc.studyOf(uid), uid);
    }
  }
}
