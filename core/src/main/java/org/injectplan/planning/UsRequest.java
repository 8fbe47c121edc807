package org.injectplan.planning;

import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.plan.PixelPoint;
import org.injectplan.segment.structures.StructureFinder;

/**
 * What the ultrasound planner is asked: the joint, the limits, the capsule (a segmentation
 * result or a drawn mask), the structures to avoid by name, bone with its shadow, and optionally
 * a target or entry that are kept and only checked.
 *
 * @param bone bone and its acoustic shadow (impassable), or null
 * @param boneName the name of {@code bone} in the plan, or null for {@link #BONE_NAME}
 * @param target a given target, or null to choose the deepest point of the pocket
 * @param entry a given entry, or null to choose the shortest acceptable path
 * @param volumeMl the injected volume, or null for the preset's default
 * @param cells cells in the syringe
 * @param viability viable share of the cells, 0..1
 */
public record UsRequest(JointPreset preset, PlanParams params, Mask capsule, Map<String, Mask> avoid,
    Mask bone, PixelPoint target, PixelPoint entry, Side side, Double volumeMl, double cells,
    double viability, String boneName) {
  /** The name of given bone in the plan. */
  public static final String BONE_NAME = "bone and its acoustic shadow";

  public UsRequest {
    boneName = boneName == null || boneName.isBlank() ? BONE_NAME : boneName;
    if (preset == null || params == null || capsule == null || side == null) {
      throw new IllegalArgumentException("preset, params, capsule and side are required");
    }
    avoid = avoid == null ? Map.of() : Map.copyOf(avoid);
    if (volumeMl != null && !(volumeMl > 0)) {
      throw new IllegalArgumentException("volumeMl must be > 0: " + volumeMl);
    }
    if (!(cells > 0)) {
      throw new IllegalArgumentException("cells must be > 0: " + cells);
    }
    if (!(viability > 0 && viability <= 1)) {
      throw new IllegalArgumentException("viability must be in (0, 1]: " + viability);
    }
  }

  /** A request whose bone, if any, is named {@link #BONE_NAME}. */
  public UsRequest(JointPreset preset, PlanParams params, Mask capsule, Map<String, Mask> avoid,
      Mask bone, PixelPoint target, PixelPoint entry, Side side, Double volumeMl, double cells,
      double viability) {
    this(preset, params, capsule, avoid, bone, target, entry, side, volumeMl, cells, viability, null);
  }

  /**
   * The same request with structures found in the image merged in: a found vessel that overlaps a
   * given structure is the same structure, so it merges into it and keeps the given name (the
   * user named it; "found in the image" would be a second, unnamed copy of it); the others are
   * added to the structures to avoid. Found bone is united with the given bone.
   */
  public UsRequest withFound(StructureFinder.Found found) {
    Map<String, Mask> merged = new java.util.LinkedHashMap<>(avoid);
    found.vessels().forEach((name, mask) -> {
      String given = overlapping(mask);
      if (given != null) {
        merged.put(given, merged.get(given).or(mask));
      } else {
        merged.putIfAbsent(name, mask);
      }
    });
    Mask b = bone;
    String name = boneName;
    if (found.bone() != null) {
      b = bone == null ? found.bone() : bone.or(found.bone());
      name = bone == null ? StructureFinder.BONE_NAME : BONE_NAME + " (given; more of it found in the image)";
    }
    return new UsRequest(preset, params, capsule, merged, b, target, entry, side, volumeMl, cells, viability, name);
  }

  /** The given structure that shares pixels with the mask (the most shared), or null. */
  private String overlapping(Mask mask) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Mask> e : avoid.entrySet()) {
      Mask g = e.getValue();
      if (g.width() != mask.width() || g.height() != mask.height()) {
        continue;
      }
      int shared = g.sharedCount(mask);
      if (shared > most) {
        most = shared;
        best = e.getKey();
      }
    }
    return best;
  }

  /** The request with the preset's defaults, to plan from the capsule alone. */
  public static UsRequest of(JointPreset preset, Mask capsule, Map<String, Mask> avoid, Mask bone) {
    return new UsRequest(preset, PlanParams.of(preset), capsule, avoid, bone, null, null, Side.EITHER, null, 5e7, 1);
  }

  public double volumeOrDefaultMl() {
    return volumeMl != null ? volumeMl : preset.defaultVolumeMl();
  }
}
