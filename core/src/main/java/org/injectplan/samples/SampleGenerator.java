package org.injectplan.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes sample cases into a folder. Variant 1 of each case uses the seed as given (the committed
 * set is variant 1 of seed {@link #DEFAULT_SEED}); variant k > 1 uses seed + k - 1 and gets the
 * suffix {@code -vK}. The ultrasound cases' synovial fronds follow {@link FrondPlacement#ON_WALL},
 * the committed set's rule, unless another placement is asked for.
 */
public final class SampleGenerator {
  /** The seed of the committed samples. */
  public static final long DEFAULT_SEED = 20240115L;

  /** What was written for one case. */
  public record Written(String id, Path dicom, Path plan, Path truth) {
  }

  private SampleGenerator() {
  }

  public static List<Written> generate(Path dir, long seed, int variants) throws IOException {
    return generate(dir, seed, variants, FrondPlacement.ON_WALL);
  }

  public static List<Written> generate(Path dir, long seed, int variants, FrondPlacement fronds) throws IOException {
    return generate(dir, seed, variants, fronds, Look.PHANTOM);
  }

  /** The cases in the given look ({@link Look#PHANTOM}: the committed samples'). */
  public static List<Written> generate(Path dir, long seed, int variants, FrondPlacement fronds, Look look)
      throws IOException {
    if (variants < 1 || variants > 100) {
      throw new IllegalArgumentException("count must be in [1, 100]: " + variants);
    }
    List<Written> out = new ArrayList<>();
    for (int v = 1; v <= variants; v++) {
      for (SampleCase c : SampleCase.values()) {
        String id = v == 1 ? c.id() : c.id() + "-v" + v;
        out.add(generate(c, seed + v - 1, new CaseFiles(dir, id), fronds, look));
      }
    }
    return out;
  }

  /** One case, into {@code <dir>/<id>/}. */
  public static Written generate(SampleCase c, long seed, Path dir, String id) throws IOException {
    return generate(c, seed, new CaseFiles(dir, id), FrondPlacement.ON_WALL, Look.PHANTOM);
  }

  /** One case, into {@code <dir>/<id>/}, its fronds (ultrasound) placed as given. */
  public static Written generate(SampleCase c, long seed, Path dir, String id, FrondPlacement fronds)
      throws IOException {
    return generate(c, seed, new CaseFiles(dir, id), fronds, Look.PHANTOM);
  }

  /** One case, into {@code <dir>/<id>/}, in the given look (ultrasound; the XA cases have one look). */
  public static Written generate(SampleCase c, long seed, Path dir, String id, Look look) throws IOException {
    return generate(c, seed, new CaseFiles(dir, id), FrondPlacement.ON_WALL, look);
  }

  private static Written generate(SampleCase c, long seed, CaseFiles files, FrondPlacement fronds, Look look)
      throws IOException {
    if (c.isUltrasound()) {
      new UsCaseGenerator(c, seed, fronds, look).write(files);
    } else {
      new XaCaseGenerator(c, seed).write(files);
    }
    return new Written(files.id(), files.dicom(), files.plan(), files.truth());
  }
}
