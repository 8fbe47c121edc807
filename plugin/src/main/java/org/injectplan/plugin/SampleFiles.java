package org.injectplan.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.samples.SampleCase;

/**
 * The committed sample scans, carried in {@code Injection_Planner.jar} (module sample-dicom):
 * copied out of the jar into a temporary folder (the loader reads files), with the reference
 * plan, the truth and the truth masks beside the scan as in the sample set.
 */
final class SampleFiles {
  static final String RESOURCES = "/org/injectplan/samples/";
  /**
   * The kinds of truth mask a sample carries, one PNG a frame: {@code masks/<kind>-fNN.png}
   * (fluoroscopy: joint-space the visible gap, joint-region the whole joint cavity's projection).
   */
  static final String[] MASK_KINDS = {"capsule", "joint-space", "joint-region", "avoid", "bone"};

  private SampleFiles() {
  }

  /** The sample ids, in the catalogue's order. */
  static String[] ids() {
    return Arrays.stream(SampleCase.values()).map(SampleCase::id).toArray(String[]::new);
  }

  static SampleCase of(String id) {
    for (SampleCase c : SampleCase.values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no sample called " + id + ": the samples are " + String.join(", ", ids()));
  }

  /** Copies the sample out of the jar; returns its DICOM file (the files go when ImageJ quits). */
  static Path extract(String id) throws IOException {
    SampleCase c = of(id);
    Path dir = Files.createTempDirectory("injectplan-" + id);
    dir.toFile().deleteOnExit();
    Path masks = Files.createDirectories(dir.resolve("masks"));
    masks.toFile().deleteOnExit();
    for (String suffix : new String[] {".dcm", ".plan.json", ".truth.json"}) {
      copy(id + "/" + id + suffix, dir.resolve(id + suffix), true);
    }
    for (String kind : MASK_KINDS) {
      for (int f = 0; f < c.frames(); f++) {
        String name = String.format("%s-f%02d.png", kind, f);
        copy(id + "/masks/" + name, masks.resolve(name), false);
      }
    }
    return dir.resolve(id + ".dcm");
  }

  /** A truth mask of the sample beside the scan, e.g. kind "avoid", frame 0; null when absent. */
  static Mask mask(Path dicom, String kind, int frame) throws IOException {
    Path p = dicom.resolveSibling("masks").resolve(String.format("%s-f%02d.png", kind, frame));
    return Files.isRegularFile(p) ? MaskPng.read(p) : null;
  }

  /** The structures to avoid and the bone of a sample's frame, named as its reference plan names them. */
  static Map<String, Mask> structures(Path dicom, String avoidName, int frame) throws IOException {
    Map<String, Mask> out = new LinkedHashMap<>();
    Mask avoid = mask(dicom, "avoid", frame);
    if (avoid != null && !avoid.isEmpty()) {
      out.put(avoidName == null || avoidName.isBlank() ? "structure to avoid" : avoidName, avoid);
    }
    return out;
  }

  private static void copy(String resource, Path to, boolean required) throws IOException {
    try (InputStream in = SampleFiles.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        if (required) {
          throw new IOException(RESOURCES + resource + ": missing from the plugin's jar");
        }
        return;
      }
      Files.copy(in, to);
      to.toFile().deleteOnExit();
    }
  }
}
