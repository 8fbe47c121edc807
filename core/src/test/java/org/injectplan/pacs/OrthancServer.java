package org.injectplan.pacs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Orthanc (Debian's {@code orthanc} and {@code orthanc-dicomweb}) for the sending tests,
 * from a configuration written here: free ports chosen at start, {@code RemoteAccessAllowed}
 * false, HTTP authentication with a generated password, only the calling AE title
 * {@value #ALLOWED_CALLING_AET} may store, the called AE title is checked. Orthanc 1.10 cannot
 * bind to loopback only, so the tests only ever connect to 127.0.0.1. Stopped by its PID.
 */
public final class OrthancServer implements AutoCloseable {
  static final String BINARY = "/usr/sbin/Orthanc";
  static final String DICOMWEB_PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
  public static final String AET = "ORTHANCTEST";
  public static final String ALLOWED_CALLING_AET = "INJECTPLAN";
  public static final String USER = "injectplan";
  public static final String HOST = "127.0.0.1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int httpPort;
  private final int dicomPort;
  private final String password;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OrthancServer(Process process, int httpPort, int dicomPort, String password) {
    this.process = process;
    this.httpPort = httpPort;
    this.dicomPort = dicomPort;
    this.password = password;
  }

  public static OrthancServer start(Path dir) throws IOException, InterruptedException {
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    int httpPort = freePort();
    int dicomPort = freePort();
    Path db = Files.createDirectories(dir.resolve("db"));
    Path config = dir.resolve("orthanc.json");
    Files.writeString(config, config(db, httpPort, dicomPort, password).toPrettyString());
    Process p = new ProcessBuilder(BINARY, config.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("orthanc.log").toFile()).start();
    OrthancServer server = new OrthancServer(p, httpPort, dicomPort, password);
    server.awaitReady(dir);
    return server;
  }

  static ObjectNode config(Path db, int httpPort, int dicomPort, String password) {
    ObjectNode c = JSON.createObjectNode();
    c.put("Name", "InjectPlanTest");
    c.put("StorageDirectory", db.toString());
    c.put("IndexDirectory", db.toString());
    c.put("HttpPort", httpPort);
    c.put("DicomPort", dicomPort);
    c.put("DicomAet", AET);
    c.put("RemoteAccessAllowed", false);
    c.put("AuthenticationEnabled", true);
    c.putObject("RegisteredUsers").put(USER, password);
    c.put("DicomCheckCalledAet", true);
    c.put("DicomAlwaysAllowStore", false);
    c.put("DicomCheckModalityHost", false);
    c.putObject("DicomModalities").putArray("injectplan").add(ALLOWED_CALLING_AET).add(HOST).add(104);
    c.putArray("Plugins").add(DICOMWEB_PLUGIN);
    c.putObject("DicomWeb").put("Enable", true).put("Root", "/dicom-web/");
    c.put("HttpDescribeErrors", true);
    // Orthanc closes an idle kept-alive connection after a second, and java.net.http reuses a
    // pooled connection for a POST without retrying it when that connection turns out closed
    // ("header parser received no bytes"): one connection per request instead.
    c.put("KeepAlive", false);
    c.put("SaveJobs", false);
    return c;
  }

  private void awaitReady(Path dir) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Orthanc exited " + process.exitValue() + ": "
            + Files.readString(dir.resolve("orthanc.log")));
      }
      try {
        if (get("/system").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    close();
    throw new IOException("Orthanc did not answer within 30 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  public int dicomPort() {
    return dicomPort;
  }

  public PacsAddress address() {
    return new PacsAddress(AET, HOST, dicomPort);
  }

  /** The DICOMweb root, for QIDO-RS and WADO-RS. */
  public URI dicomWebUrl() {
    return URI.create("http://" + HOST + ":" + httpPort + "/dicom-web");
  }

  public int httpPort() {
    return httpPort;
  }

  /** Stores a file through Orthanc's REST API (not through the code under test). */
  public void store(Path file) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request("/instances").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Orthanc refused " + file + ": HTTP " + r.statusCode() + " " + r.body());
    }
  }

  public URI stowUrl() {
    return URI.create("http://" + HOST + ":" + httpPort + "/dicom-web/studies");
  }

  public StowCredentials credentials() {
    return new StowCredentials(USER, password);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + httpPort + path))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password)
            .getBytes(StandardCharsets.UTF_8)));
  }

  /** The Study Instance UID Orthanc holds for the instance with this SOP Instance UID, if it holds it. */
  public Optional<String> studyOf(String sopInstanceUid) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request("/tools/lookup").POST(HttpRequest.BodyPublishers.ofString(
        sopInstanceUid)).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode hit : JSON.readTree(r.body())) {
      if ("Instance".equals(hit.path("Type").asText())) {
        JsonNode tags = JSON.readTree(get("/instances/" + hit.path("ID").asText() + "/simplified-tags").body());
        return Optional.of(tags.path("StudyInstanceUID").asText());
      }
    }
    return Optional.empty();
  }

  /** Stops Orthanc by its PID: SIGTERM, then SIGKILL if it has not stopped within 15 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
