package org.injectplan.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components (4-connected) of a binary image, labelled 1..n, with the size, bounding
 * box and centroid of each. Labelling is a flood from each unlabelled foreground pixel with an
 * explicit stack (no recursion, so any size is safe).
 */
public final class Components {

  /**
   * One component.
   *
   * @param label its label in {@link #labels()}
   * @param area pixels
   * @param minX leftmost column; the others likewise, inclusive
   * @param sumX sum of the columns of its pixels (centroid = sumX / area)
   * @param sumY sum of the rows
   */
  public record Blob(int label, int area, int minX, int minY, int maxX, int maxY, long sumX, long sumY) {
    public int widthPx() {
      return maxX - minX + 1;
    }

    public int heightPx() {
      return maxY - minY + 1;
    }
  }

  private final int width;
  private final int height;
  private final int[] labels;
  private final List<Blob> blobs;

  private Components(int width, int height, int[] labels, List<Blob> blobs) {
    this.width = width;
    this.height = height;
    this.labels = labels;
    this.blobs = blobs;
  }

  /**
   * Labels the true pixels of {@code foreground} (row-major, {@code width x height}).
   *
   * @throws IllegalArgumentException on a size mismatch
   */
  public static Components label(boolean[] foreground, int width, int height) {
    if (width < 1 || height < 1 || foreground.length != width * height) {
      throw new IllegalArgumentException("size " + width + "x" + height + " does not match " + foreground.length);
    }
    int[] labels = new int[foreground.length];
    int[] stack = new int[foreground.length];
    List<Blob> blobs = new ArrayList<>();
    for (int start = 0; start < foreground.length; start++) {
      if (foreground[start] && labels[start] == 0) {
        blobs.add(flood(foreground, width, height, labels, stack, start, blobs.size() + 1));
      }
    }
    return new Components(width, height, labels, blobs);
  }

  /** Labels {@code id} on the component of {@code start} (flood with an explicit stack) and measures it. */
  private static Blob flood(boolean[] foreground, int width, int height, int[] labels, int[] stack, int start,
      int id) {
    int top = 0;
    stack[top++] = start;
    labels[start] = id;
    int area = 0;
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    long sx = 0;
    long sy = 0;
    while (top > 0) {
      int p = stack[--top];
      int x = p % width;
      int y = p / width;
      area++;
      sx += x;
      sy += y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      top = push(foreground, labels, stack, top, x > 0, p - 1, id);
      top = push(foreground, labels, stack, top, x < width - 1, p + 1, id);
      top = push(foreground, labels, stack, top, y > 0, p - width, id);
      top = push(foreground, labels, stack, top, y < height - 1, p + width, id);
    }
    return new Blob(id, area, minX, minY, maxX, maxY, sx, sy);
  }

  /** Labels and stacks neighbour {@code q} when it lies in the image and is unlabelled foreground. */
  private static int push(boolean[] foreground, int[] labels, int[] stack, int top, boolean inImage, int q, int id) {
    if (inImage && foreground[q] && labels[q] == 0) {
      labels[q] = id;
      stack[top++] = q;
    }
    return top;
  }

  /** Labels, row-major: 0 background, k for {@code blobs().get(k - 1)}. */
  public int[] labels() {
    return labels;
  }

  public List<Blob> blobs() {
    return blobs;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The label at a pixel (0 for background or outside). */
  public int labelAt(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 0 : labels[y * width + x];
  }

  /**
   * The label of the labelled pixel nearest (x, y) within {@code radius} pixels (the first found
   * at the least distance, rows then columns from the top-left), 0 when there is none.
   */
  public int nearestLabel(int x, int y, int radius) {
    int best = 0;
    long bestD = Long.MAX_VALUE;
    long r2 = (long) radius * radius;
    for (int dy = -radius; dy <= radius; dy++) {
      for (int dx = -radius; dx <= radius; dx++) {
        long d = (long) dx * dx + (long) dy * dy;
        int l = labelAt(x + dx, y + dy);
        if (l != 0 && d <= r2 && d < bestD) {
          bestD = d;
          best = l;
        }
      }
    }
    return best;
  }

  /** The blob of a label (1..n). */
  public Blob blob(int label) {
    return blobs.get(label - 1);
  }
}
