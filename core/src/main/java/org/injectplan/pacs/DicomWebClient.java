package org.injectplan.pacs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.injectplan.dicom.DicomTags;
import org.injectplan.segment.ProgressListener;

/**
 * Query and retrieve by DICOMweb (PS3.18): QIDO-RS searches studies, series and instances (the
 * instances give each series its frame count), WADO-RS retrieves a study, a series or an instance
 * as {@code multipart/related; type="application/dicom"}, streamed part by part to files, in the
 * transfer syntax the PACS holds ({@code transfer-syntax=*}: no transcoding, nothing lost).
 *
 * <p>{@link HttpURLConnection} rather than java.net.http: its read timeout bounds every read of
 * the body, so a server that stops sending mid-cine ends the retrieve after the timeout instead
 * of leaving a thread blocked; java.net.http's timeout stops at the response headers.
 */
public final class DicomWebClient implements QueryRetrieve {
  /** A QIDO-RS answer larger than this is refused (a search that wide is not meant). */
  static final int MAX_JSON_BYTES = 64 * 1024 * 1024;
  static final String ACCEPT_DICOM = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI root;
  private final Duration timeout;
  private final Optional<WebCredentials> credentials;

  /**
   * @param root the DICOMweb root ({@code http://host:8042/dicom-web}); a URL ending in
   *     {@code /studies}, as STOW-RS takes it, is accepted too
   */
  public DicomWebClient(URI root, Duration timeout, Optional<WebCredentials> credentials) {
    if (!"http".equals(root.getScheme()) && !"https".equals(root.getScheme())) {
      throw new IllegalArgumentException("DICOMweb URL must be http or https: " + root);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    String s = root.toString().replaceAll("/+$", "");
    this.root = URI.create(s.endsWith("/studies") ? s.substring(0, s.length() - "/studies".length()) : s);
    this.timeout = timeout;
    this.credentials = credentials;
  }

  @Override
  public String name() {
    return root.toString();
  }

  @Override
  public List<StudyEntry> findStudies(StudyQuery q) throws PacsException {
    StringJoiner query = new StringJoiner("&", "?", "");
    q.patientId().ifPresent(v -> query.add(param(DicomTags.PATIENT_ID, v)));
    q.patientName().ifPresent(v -> query.add(param(DicomTags.PATIENT_NAME, v)));
    q.dateRange().ifPresent(v -> query.add(param(DicomTags.STUDY_DATE, v)));
    q.modality().ifPresent(v -> query.add(param(QueryTags.MODALITIES_IN_STUDY, v)));
    for (var t : List.of(DicomTags.STUDY_DESCRIPTION, QueryTags.NUMBER_OF_STUDY_RELATED_SERIES,
        QueryTags.NUMBER_OF_STUDY_RELATED_INSTANCES, QueryTags.MODALITIES_IN_STUDY)) {
      query.add("includefield=" + QueryTags.json(t));
    }
    List<StudyEntry> out = new ArrayList<>();
    for (JsonNode s : search("/studies" + query, "QIDO-RS study search")) {
      if (Uids.valid(DicomJson.text(s, DicomTags.STUDY_INSTANCE_UID))) {
        out.add(DicomJson.study(s));
      }
    }
    return out;
  }

  @Override
  public List<SeriesEntry> listSeries(String study) throws PacsException {
    Uids.require(study, "Study Instance UID");
    JsonNode series = search("/studies/" + study + "/series?includefield=" + QueryTags.json(
        QueryTags.NUMBER_OF_SERIES_RELATED_INSTANCES), "QIDO-RS series search");
    if (series.isEmpty()) {
      throw new PacsException(name(), "no study " + study + " on the PACS", null);
    }
    JsonNode instances = search("/studies/" + study + "/instances?includefield=" + QueryTags.json(
        org.injectplan.dicom.DicomTags.NUMBER_OF_FRAMES) + "&includefield=" + QueryTags.json(QueryTags.ROWS),
        "QIDO-RS instance search");
    List<SeriesEntry> out = new ArrayList<>();
    for (JsonNode s : series) {
      if (Uids.valid(DicomJson.text(s, DicomTags.SERIES_INSTANCE_UID))) {
        out.add(DicomJson.series(s, instances));
      }
    }
    return out;
  }

  @Override
  public List<Path> retrieve(RetrieveRequest r, Path staging, ProgressListener progress) throws PacsException {
    String path = "/studies/" + r.studyInstanceUid() + r.seriesInstanceUid().map(s -> "/series/" + s).orElse("")
        + r.sopInstanceUid().map(i -> "/instances/" + i).orElse("");
    HttpURLConnection c = open(path, ACCEPT_DICOM);
    try {
      int status = status(c, "WADO-RS");
      if (status == 404) {
        throw new PacsException(name(), "no " + r.describe() + " on the PACS (HTTP 404)", null);
      }
      requireOk(status);
      String boundary = MultipartParts.boundary(c.getContentType()).orElseThrow(() -> new PacsException(name(),
          "WADO-RS answered " + c.getContentType() + ", not multipart/related", null));
      long length = c.getContentLengthLong();
      try (InputStream in = new CountingStream(c.getInputStream(), length, progress)) {
        return parts(new MultipartParts(new BufferedInputStream(in, 1 << 16), boundary), staging);
      }
    } catch (SocketTimeoutException e) {
      throw new PacsException(name(), "no data for " + timeout.toSeconds() + " s (WADO-RS timed out)", e);
    } catch (PacsException e) {
      throw e;
    } catch (IOException e) {
      throw new PacsException(name(), "WADO-RS failed: " + message(e), e);
    } finally {
      c.disconnect();
    }
  }

  private List<Path> parts(MultipartParts parts, Path staging) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Optional<Map<String, String>> h; (h = parts.next()).isPresent(); ) {
      String type = h.get().getOrDefault("content-type", "application/dicom");
      if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/dicom")) {
        throw new PacsException(name(), "WADO-RS part " + (files.size() + 1) + " is " + type
            + ", not application/dicom", null);
      }
      Path f = staging.resolve(String.format("part-%06d.dcm", files.size() + 1));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
        parts.copyBody(out);
      }
      files.add(f);
    }
    return files;
  }

  /** A QIDO-RS search: the JSON array of matches (empty for 204 No Content). */
  private JsonNode search(String pathAndQuery, String what) throws PacsException {
    HttpURLConnection c = open(pathAndQuery, "application/dicom+json");
    try {
      int status = status(c, what);
      if (status == 204 || status == 404) {
        return JSON.createArrayNode();
      }
      requireOk(status);
      byte[] body;
      try (InputStream in = c.getInputStream()) {
        body = in.readNBytes(MAX_JSON_BYTES + 1);
      }
      if (body.length > MAX_JSON_BYTES) {
        throw new PacsException(name(), what + ": answer larger than " + MAX_JSON_BYTES / (1024 * 1024)
            + " MB: narrow the search", null);
      }
      JsonNode n = JSON.readTree(body);
      if (n == null || !n.isArray()) {
        throw new PacsException(name(), what + ": the answer is not a DICOM JSON array", null);
      }
      return n;
    } catch (SocketTimeoutException e) {
      throw new PacsException(name(), "no answer within " + timeout.toSeconds() + " s (" + what + " timed out)", e);
    } catch (PacsException e) {
      throw e;
    } catch (IOException e) {
      throw new PacsException(name(), what + " failed: " + message(e), e);
    } finally {
      c.disconnect();
    }
  }

  private HttpURLConnection open(String pathAndQuery, String accept) throws PacsException {
    try {
      // new URL, not URI.create: the query may hold '^' raw (see param), which URI refuses
      @SuppressWarnings("deprecation")
      HttpURLConnection c = (HttpURLConnection) new java.net.URL(root + pathAndQuery).openConnection();
      int ms = BoundedAssociation.millis(timeout);
      c.setConnectTimeout(ms);
      c.setReadTimeout(ms);
      c.setInstanceFollowRedirects(false);
      c.setRequestProperty("Accept", accept);
      credentials.ifPresent(w -> c.setRequestProperty("Authorization", w.authorization()));
      return c;
    } catch (IOException | IllegalArgumentException e) {
      throw new PacsException(name(), "bad request URL: " + e.getMessage(), e);
    }
  }

  /** Connects and reads the status, turning a failure to connect into words. */
  private int status(HttpURLConnection c, String what) throws PacsException {
    try {
      return c.getResponseCode();
    } catch (UnknownHostException e) {
      throw new PacsException(name(), "unreachable: unknown host " + e.getMessage(), e);
    } catch (ConnectException e) {
      throw new PacsException(name(), "unreachable: connection refused", e);
    } catch (SocketTimeoutException e) {
      throw new PacsException(name(), "no answer within " + timeout.toSeconds() + " s (" + what + " timed out)", e);
    } catch (IOException e) {
      throw new PacsException(name(), what + " failed: " + message(e), e);
    }
  }

  private void requireOk(int status) throws PacsException {
    if (status == 401 || status == 403) {
      throw new PacsException(name(), "HTTP " + status + ": authentication refused (give --credentials FILE, or set "
          + StowCredentials.USER_ENV + " and " + StowCredentials.PASSWORD_ENV + ", or " + BearerToken.TOKEN_ENV + ")",
          null);
    }
    if (status != 200) {
      throw new PacsException(name(), "HTTP " + status + (status >= 500 ? ": server error" : ": refused"), null);
    }
  }

  /**
   * {@code TAG=value}, the value percent-encoded only where a query must be: Orthanc's DICOMweb
   * plugin (1.7) matches the raw query text without decoding it, so {@code SAMPLE%5EKNEE*} finds
   * nothing where {@code SAMPLE^KNEE*} finds the patient. The name's {@code ^}, the wildcards
   * {@code *} and {@code ?}, and the other characters a URL carries as they are, are sent as
   * they are; space, {@code & = + # %} and non-ASCII are encoded (and then match as the PACS
   * decodes them).
   */
  static String param(com.pixelmed.dicom.AttributeTag tag, String value) {
    StringBuilder b = new StringBuilder(QueryTags.json(tag)).append('=');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0x20 && c < 0x7f && "&=+#%\"\\<>{}|`".indexOf(c) < 0) {
        b.append(c);
      } else {
        b.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return b.toString();
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Tells the progress listener how much of the body has arrived, in KiB of the Content-Length. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final long total;
    private final ProgressListener progress;
    private long done;

    CountingStream(InputStream in, long total, ProgressListener progress) {
      super(in);
      this.total = total;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        advance(1);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(int n) {
      done += n;
      if (total > 0) {
        progress.progress((int) Math.min(done / 1024, Integer.MAX_VALUE), (int) Math.min(total / 1024,
            Integer.MAX_VALUE));
      }
    }
  }
}
