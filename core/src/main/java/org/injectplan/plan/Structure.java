package org.injectplan.plan;

import java.util.List;

/**
 * A named outline in the frame, in pixels: the capsule, or a structure the needle must avoid.
 *
 * @param name what it is, e.g. "capsule", "artery"
 * @param contourPx the closed polygon, at least three vertices
 */
public record Structure(String name, List<PixelPoint> contourPx) {
  public Structure {
    PlanChecks.requireText(name, "structure name");
    contourPx = PlanChecks.copy(contourPx, "contourPx of " + name);
    if (contourPx.size() < 3) {
      throw new IllegalArgumentException("contourPx of " + name + " needs at least 3 vertices: " + contourPx.size());
    }
  }
}
