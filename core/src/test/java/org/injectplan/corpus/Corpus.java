package org.injectplan.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared DICOM corpus ({@code ../shared/dicom}), located by the system property
 * {@code injectplan.corpus} that the build (and {@code .ci/run}) sets, and its manifest.
 */
final class Corpus {

  /** One row of MANIFEST.tsv. */
  record Entry(String filename, String transferSyntax, String photometric, int rows, int columns,
      int frames, String notes) {
  }

  private Corpus() {
  }

  static Path root() {
    String p = System.getProperty("injectplan.corpus");
    if (p == null || p.isBlank()) {
      fail("system property injectplan.corpus is not set: run the tests through Maven, or pass "
          + "-Dinjectplan.corpus=/path/to/shared/dicom");
    }
    Path root = Path.of(p).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("real"))) {
      fail("no DICOM corpus at " + root + " (expected ../shared/dicom beside the repository)");
    }
    return root;
  }

  static List<Path> files(String folder) throws IOException {
    try (Stream<Path> s = Files.list(root().resolve(folder))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static Map<String, Entry> manifest() throws IOException {
    Map<String, Entry> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(root().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    List<String> head = List.of(lines.get(0).split("\t"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String geometry = c[head.indexOf("rows_x_cols_x_frames")];
      int[] g = geometry(geometry);
      out.put(c[head.indexOf("filename")], new Entry(c[head.indexOf("filename")],
          c[head.indexOf("transfer_syntax")].split(" ")[0], c[head.indexOf("photometric")], g[0], g[1], g[2],
          c[head.indexOf("notes")]));
    }
    return out;
  }

  /** "240x320x8" is rows 240, columns 320, 8 frames; unparseable parts are -1. */
  private static int[] geometry(String s) {
    String[] p = s.split("x");
    int[] g = {-1, -1, -1};
    List<Integer> parsed = new ArrayList<>();
    for (String part : p) {
      String digits = part.replaceAll("[^0-9].*$", "");
      parsed.add(digits.isEmpty() ? -1 : Integer.parseInt(digits));
    }
    for (int i = 0; i < Math.min(3, parsed.size()); i++) {
      g[i] = parsed.get(i);
    }
    return g;
  }
}
