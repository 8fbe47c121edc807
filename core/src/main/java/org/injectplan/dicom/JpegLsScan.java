package org.injectplan.dicom;

import java.io.IOException;

/**
 * Decodes one JPEG-LS scan (ITU-T T.87 Annex A, and Annex B for interleaved components):
 * context modelling with the median edge detector, Golomb-coded prediction errors in regular
 * mode, run mode over flat areas, and near-lossless reconstruction. Components are decoded
 * into {@code planes[c][y * columns + x]}. All components of a scan share one set of context
 * statistics; in line-interleaved mode each component keeps its own run index.
 */
final class JpegLsScan {
  /** The run-length order of T.87 A.7.1.1. */
  private static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
      8, 9, 10, 11, 12, 13, 14, 15};
  private static final int CONTEXTS = 365;
  private static final int MIN_C = -128;
  private static final int MAX_C = 127;

  private final JpegLsBits bits;
  private final int columns;
  private final int rows;
  private final int near;
  private final int maxVal;
  private final int range;
  private final int qbpp;
  private final int limit;
  private final int reset;
  private final int step;
  /** Quantized gradient (-4..4) for each gradient d, at index d + maxVal. */
  private final byte[] quantized;
  private final int[] a = new int[CONTEXTS + 2];
  private final int[] b = new int[CONTEXTS];
  private final int[] c = new int[CONTEXTS];
  private final int[] n = new int[CONTEXTS + 2];
  private final int[] nn = new int[2];
  private int runIndex;

  JpegLsScan(JpegLsBits bits, JpegLsParameters p, int columns, int rows) {
    this.bits = bits;
    this.columns = columns;
    this.rows = rows;
    this.near = p.near();
    this.maxVal = p.maxVal();
    this.range = p.range();
    this.qbpp = p.qbpp();
    this.limit = p.limit();
    this.reset = p.reset();
    this.step = 2 * near + 1;
    this.quantized = new byte[2 * maxVal + 1];
    for (int d = -maxVal; d <= maxVal; d++) {
      quantized[d + maxVal] = (byte) quantize(d, p);
    }
    int a0 = Math.max(2, (range + 32) / 64);
    java.util.Arrays.fill(a, a0);
    java.util.Arrays.fill(n, 1);
  }

  private static int quantize(int d, JpegLsParameters p) {
    if (d <= -p.t3()) {
      return -4;
    } else if (d <= -p.t2()) {
      return -3;
    } else if (d <= -p.t1()) {
      return -2;
    } else if (d < -p.near()) {
      return -1;
    } else if (d <= p.near()) {
      return 0;
    } else if (d < p.t1()) {
      return 1;
    } else if (d < p.t2()) {
      return 2;
    } else if (d < p.t3()) {
      return 3;
    }
    return 4;
  }

  /** Components one after the other (ILV 0, one component a scan) or by line (ILV 1). */
  void decodeLines(int[][] planes) throws IOException {
    int nc = planes.length;
    int[][] prev = new int[nc][columns + 2];
    int[][] cur = new int[nc][columns + 2];
    int[] runIndexOf = new int[nc];
    for (int y = 0; y < rows; y++) {
      for (int k = 0; k < nc; k++) {
        runIndex = runIndexOf[k];
        decodeLine(prev[k], cur[k]);
        runIndexOf[k] = runIndex;
        System.arraycopy(cur[k], 1, planes[k], y * columns, columns);
        int[] t = prev[k];
        prev[k] = cur[k];
        cur[k] = t;
      }
    }
  }

  private void decodeLine(int[] prev, int[] cur) throws IOException {
    cur[0] = prev[1];
    prev[columns + 1] = prev[columns];
    int x = 1;
    while (x <= columns) {
      int ra = cur[x - 1];
      int rb = prev[x];
      int rc = prev[x - 1];
      int rd = prev[x + 1];
      int q1 = quantized[rd - rb + maxVal];
      int q2 = quantized[rb - rc + maxVal];
      int q3 = quantized[rc - ra + maxVal];
      if ((q1 | q2 | q3) == 0) {
        int run = decodeRunLength(columns - x + 1);
        for (int i = 0; i < run; i++) {
          cur[x + i] = ra;
        }
        x += run;
        if (x <= columns) {
          cur[x] = interruption(ra, prev[x]);
          runIndex = Math.max(0, runIndex - 1);
          x++;
        }
      } else {
        cur[x] = regular(81 * q1 + 9 * q2 + q3, ra, rb, rc);
        x++;
      }
    }
  }

  /** Components interleaved by sample (ILV 2): all samples of a pixel before the next pixel. */
  void decodeSamples(int[][] planes) throws IOException {
    int nc = planes.length;
    int[][] prev = new int[nc][columns + 2];
    int[][] cur = new int[nc][columns + 2];
    int[] q = new int[nc];
    for (int y = 0; y < rows; y++) {
      for (int k = 0; k < nc; k++) {
        cur[k][0] = prev[k][1];
        prev[k][columns + 1] = prev[k][columns];
      }
      int x = 1;
      while (x <= columns) {
        boolean flat = true;
        for (int k = 0; k < nc; k++) {
          int[] p = prev[k];
          int ra = cur[k][x - 1];
          q[k] = 81 * quantized[p[x + 1] - p[x] + maxVal] + 9 * quantized[p[x] - p[x - 1] + maxVal]
              + quantized[p[x - 1] - ra + maxVal];
          flat &= q[k] == 0;
        }
        if (flat) {
          x = samplesRun(prev, cur, x);
        } else {
          for (int k = 0; k < nc; k++) {
            cur[k][x] = regular(q[k], cur[k][x - 1], prev[k][x], prev[k][x - 1]);
          }
          x++;
        }
      }
      for (int k = 0; k < nc; k++) {
        System.arraycopy(cur[k], 1, planes[k], y * columns, columns);
        int[] t = prev[k];
        prev[k] = cur[k];
        cur[k] = t;
      }
    }
  }

  /** A run of whole pixels, and the pixel that interrupts it; the next x. */
  private int samplesRun(int[][] prev, int[][] cur, int x) throws IOException {
    int nc = prev.length;
    int run = decodeRunLength(columns - x + 1);
    for (int k = 0; k < nc; k++) {
      int ra = cur[k][x - 1];
      for (int i = 0; i < run; i++) {
        cur[k][x + i] = ra;
      }
    }
    x += run;
    if (x > columns) {
      return x;
    }
    for (int k = 0; k < nc; k++) {
      int ra = cur[k][x - 1];
      int rb = prev[k][x];
      int err = interruptionError(0);
      cur[k][x] = reconstruct(rb, rb - ra < 0 ? -err : err);
    }
    runIndex = Math.max(0, runIndex - 1);
    return x + 1;
  }

  /** A sample in regular mode, context {@code q} (signed, -364..364, not 0 unless interleaved). */
  private int regular(int q, int ra, int rb, int rc) throws IOException {
    int sign = 1;
    if (q < 0) {
      q = -q;
      sign = -1;
    }
    int px;
    if (rc >= Math.max(ra, rb)) {
      px = Math.min(ra, rb);
    } else if (rc <= Math.min(ra, rb)) {
      px = Math.max(ra, rb);
    } else {
      px = ra + rb - rc;
    }
    px += sign * c[q];
    px = px < 0 ? 0 : px > maxVal ? maxVal : px;
    int k = golombK(n[q], a[q]);
    int m = decodeValue(k, limit);
    int err = (m & 1) == 0 ? m >> 1 : -(m >> 1) - 1;
    if (near == 0 && k == 0 && 2 * b[q] <= -n[q]) {
      err = -err - 1;
    }
    update(q, err);
    return reconstruct(px, sign * err);
  }

  private void update(int q, int err) {
    b[q] += err * step;
    a[q] += Math.abs(err);
    if (n[q] == reset) {
      a[q] >>= 1;
      b[q] >>= 1;
      n[q] >>= 1;
    }
    n[q]++;
    if (b[q] <= -n[q]) {
      b[q] += n[q];
      if (c[q] > MIN_C) {
        c[q]--;
      }
      if (b[q] <= -n[q]) {
        b[q] = -n[q] + 1;
      }
    } else if (b[q] > 0) {
      b[q] -= n[q];
      if (c[q] < MAX_C) {
        c[q]++;
      }
      if (b[q] > 0) {
        b[q] = 0;
      }
    }
  }

  /** The length of a run of {@code remaining} samples at most (T.87 A.7.1.2). */
  private int decodeRunLength(int remaining) throws IOException {
    int length = 0;
    while (bits.readBit() == 1) {
      int m = 1 << J[runIndex];
      int take = Math.min(m, remaining - length);
      length += take;
      if (take == m && runIndex < 31) {
        runIndex++;
      }
      if (length == remaining) {
        return length;
      }
    }
    length += bits.readBits(J[runIndex]);
    if (length >= remaining) {
      throw new IOException("a JPEG-LS run runs past the end of its line: the scan data is damaged");
    }
    return length;
  }

  /** The sample that ends a run inside a line (T.87 A.7.2). */
  private int interruption(int ra, int rb) throws IOException {
    if (Math.abs(ra - rb) <= near) {
      return reconstruct(ra, interruptionError(1));
    }
    int err = interruptionError(0);
    return reconstruct(rb, ra > rb ? -err : err);
  }

  private int interruptionError(int riType) throws IOException {
    int q = CONTEXTS + riType;
    int temp = a[q] + (n[q] >> 1) * riType;
    int k = golombK(n[q], temp);
    int em = decodeValue(k, limit - J[runIndex] - 1);
    int t = em + riType;
    boolean map = (t & 1) == 1;
    int abs = (t + (map ? 1 : 0)) >> 1;
    boolean negativeWhenMapped = k != 0 || 2 * nn[riType] >= n[q];
    int err = negativeWhenMapped == map ? -abs : abs;
    if (err < 0) {
      nn[riType]++;
    }
    a[q] += (em + 1 - riType) >> 1;
    if (n[q] == reset) {
      a[q] >>= 1;
      n[q] >>= 1;
      nn[riType] >>= 1;
    }
    n[q]++;
    return err;
  }

  private static int golombK(int count, int sum) {
    int k = 0;
    while (((long) count << k) < sum && k < 24) {
      k++;
    }
    return k;
  }

  /** A limited-length Golomb code with parameter {@code k} (T.87 A.5.3). */
  private int decodeValue(int k, int codeLimit) throws IOException {
    int escape = codeLimit - qbpp - 1;
    int high = bits.readUnary(escape);
    if (high < escape) {
      return high << k | bits.readBits(k);
    }
    return bits.readBits(qbpp) + 1;
  }

  private int reconstruct(int px, int err) {
    int rx = px + err * step;
    if (rx < -near) {
      rx += range * step;
    } else if (rx > maxVal + near) {
      rx -= range * step;
    }
    return rx < 0 ? 0 : rx > maxVal ? maxVal : rx;
  }
}
