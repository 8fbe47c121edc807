package org.injectplan.pacs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * DICOMweb STOW-RS (PS3.18 10.5): the files in one multipart/related POST to the studies URL.
 * Success is HTTP 200 with no Failed SOP Sequence (0008,1198) in the answer; anything else,
 * including 202 (some stored), is a failure with the status and what it means.
 */
public final class StowSender {
  /** Failed SOP Sequence (0008,1198) in the DICOM JSON answer. */
  static final String FAILED_SOP_SEQUENCE = "00081198";
  /** Referenced SOP Sequence (0008,1199): the instances stored. */
  static final String REFERENCED_SOP_SEQUENCE = "00081199";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Duration timeout;
  private final Optional<StowCredentials> credentials;

  public StowSender(Duration timeout, Optional<StowCredentials> credentials) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    this.credentials = credentials;
  }

  public void send(URI studies, List<Path> files) throws SendException {
    String where = studies.toString();
    if (!"http".equals(studies.getScheme()) && !"https".equals(studies.getScheme())) {
      throw new IllegalArgumentException("STOW URL must be http or https: " + studies);
    }
    String boundary = "injectplan-" + UUID.randomUUID();
    HttpRequest.Builder req = HttpRequest.newBuilder(studies).timeout(timeout)
        .header("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=" + boundary)
        .header("Accept", "application/dicom+json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body(files, boundary, where)));
    credentials.ifPresent(c -> req.header("Authorization", c.authorization()));
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpResponse<String> res;
    try {
      res = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException e) {
      throw new SendException(where, "unreachable: no connection within " + timeout.toSeconds() + " s", e);
    } catch (HttpTimeoutException e) {
      throw new SendException(where, "no answer within " + timeout.toSeconds() + " s (STOW-RS timed out)", e);
    } catch (ConnectException e) {
      throw new SendException(where, "unreachable: connection refused", e);
    } catch (IOException e) {
      throw new SendException(where, "unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendException(where, "interrupted", e);
    }
    check(where, res.statusCode(), res.body(), files.size());
  }

  static void check(String where, int status, String body, int sent) throws SendException {
    if (status == 401 || status == 403) {
      throw new SendException(where, "HTTP " + status + ": authentication refused (set " + StowCredentials.USER_ENV
          + " and " + StowCredentials.PASSWORD_ENV + ", or --stow-credentials FILE)", null);
    }
    if (status == 202) {
      throw new SendException(where, "HTTP 202: only some instances were stored", null);
    }
    if (status != 200) {
      throw new SendException(where, "HTTP " + status + (status >= 500 ? ": server error" : ": refused"), null);
    }
    int failed = items(where, body, FAILED_SOP_SEQUENCE);
    int stored = items(where, body, REFERENCED_SOP_SEQUENCE);
    if (failed > 0 || stored != sent) {
      throw new SendException(where, String.format("HTTP 200 but %d of %d instance(s) stored, %d failed (0008,1198)",
          stored, sent, failed), null);
    }
  }

  /** The number of items of a sequence in a DICOM JSON answer (0 when absent or empty). */
  static int items(String where, String body, String tag) throws SendException {
    try {
      JsonNode root = JSON.readTree(body == null ? "{}" : body);
      JsonNode value = root.path(tag).path("Value");
      return value.isArray() ? value.size() : 0;
    } catch (IOException e) {
      throw new SendException(where, "HTTP 200 but the answer is not DICOM JSON: " + e.getMessage(), e);
    }
  }

  static byte[] body(List<Path> files, String boundary, String where) throws SendException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Path f : files) {
        out.write(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(Files.readAllBytes(f));
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new SendException(where, "cannot read " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
