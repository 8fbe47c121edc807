package org.injectplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code FILES.tsv} of a real-us folder: the frames, grouped by set in file order. */
public final class RealFrames {
  /** The catalogue file in the folder. */
  public static final String CATALOGUE = "FILES.tsv";
  private static final int COLUMNS = 5;

  private RealFrames() {
  }

  /**
   * Every frame of the folder, by set (in the order the sets first appear).
   *
   * @throws IOException naming the file when the folder has no FILES.tsv or a line is malformed
   */
  public static Map<String, List<RealFrame>> read(Path dir) throws IOException {
    Path tsv = dir.resolve(CATALOGUE);
    if (!Files.isRegularFile(tsv)) {
      throw new NoSuchFileException(tsv.toString(), null, "no " + CATALOGUE + ": not a real-us folder");
    }
    Map<String, List<RealFrame>> sets = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      RealFrame f = parse(dir, tsv, i + 1, lines.get(i));
      sets.computeIfAbsent(f.set(), k -> new ArrayList<>()).add(f);
    }
    return sets;
  }

  private static RealFrame parse(Path dir, Path tsv, int lineNo, String line) throws IOException {
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      throw new IOException(tsv + ": line " + lineNo + ": " + c.length + " columns, not " + COLUMNS);
    }
    try {
      String[] r = c[3].split(",");
      int[] region = new int[4];
      for (int k = 0; k < 4; k++) {
        region[k] = Integer.parseInt(r[k].trim());
      }
      String set = c[0].contains("/") ? c[0].substring(0, c[0].indexOf('/')) : "";
      Optional<Path> mask = c[1].isBlank() ? Optional.empty() : Optional.of(dir.resolve(c[1]));
      return new RealFrame(set, dir.resolve(c[0]), mask, Double.parseDouble(c[2]), region, c[4]);
    } catch (RuntimeException e) {
      throw new IOException(tsv + ": line " + lineNo + ": " + e.getMessage(), e);
    }
  }
}
