package org.injectplan.planning;

import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.plan.ScanReference;

/**
 * What the fluoroscopy (down-the-beam) planner is asked.
 *
 * @param view this view's C-arm geometry, or null when the header lacks it (needed for biplane)
 * @param target the target pixel (given, or a joint-space detector's candidate)
 * @param jointSpace the joint-space mask, or null when none was found or given
 * @param avoid structures to avoid by name (may be empty)
 * @param second the second (lateral) view, or null for a single view
 * @param volumeMl the injected volume, or null for the preset's default
 */
public record FluoroRequest(JointPreset preset, CArmView view, PixelPoint target, Mask jointSpace,
    Map<String, Mask> avoid, Second second, Double volumeMl, double cells, double viability) {
  public FluoroRequest {
    if (preset == null || target == null) {
      throw new IllegalArgumentException("preset and target are required");
    }
    avoid = avoid == null ? Map.of() : Map.copyOf(avoid);
    if (volumeMl != null && !(volumeMl > 0)) {
      throw new IllegalArgumentException("volumeMl must be > 0: " + volumeMl);
    }
    if (!(cells > 0) || !Double.isFinite(cells)) {
      throw new IllegalArgumentException("cells must be finite and > 0: " + cells);
    }
    if (!(viability > 0 && viability <= 1)) {
      throw new IllegalArgumentException("viability must be in (0, 1]: " + viability);
    }
    if (second != null && view == null) {
      throw new IllegalArgumentException("biplane needs this view's C-arm geometry (positioner angles, SID, SOD,"
          + " Imager Pixel Spacing)");
    }
  }

  /**
   * A second view of the same target.
   *
   * @param scan the second view's scan
   * @param view its C-arm geometry
   * @param targetPx the target's pixel in it
   * @param skinPx the skin on the approach side of the first view's target ray, seen in it, or null
   * @param skinNote where the skin pixel came from (given, found), or why none was found; null
   *     when nobody looked
   */
  public record Second(ScanReference scan, CArmView view, PixelPoint targetPx, PixelPoint skinPx, String skinNote) {
    public Second {
      if (scan == null || view == null || targetPx == null) {
        throw new IllegalArgumentException("the second view needs its scan, C-arm geometry and target pixel");
      }
    }

    public Second(ScanReference scan, CArmView view, PixelPoint targetPx, PixelPoint skinPx) {
      this(scan, view, targetPx, skinPx, null);
    }
  }

  public double volumeOrDefaultMl() {
    return volumeMl != null ? volumeMl : preset.defaultVolumeMl();
  }
}
