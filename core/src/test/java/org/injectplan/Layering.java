package org.injectplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The layering the architecture tests hold the compiled classes to (docs/conventions.md,
 * "Layers"), as rules on the classes a class file names ({@link ClassReferences}).
 *
 * <p><b>Front ends</b> (core's {@code org.injectplan.cli}, the plugin's {@code
 * org.injectplan.plugin}) run the chain through {@code org.injectplan.workflow} and name nothing
 * of the algorithms below it. They may refer to:
 *
 * <ul>
 *   <li>their own package, anything outside {@code org.injectplan} (JDK, ImageJ, picocli...);
 *   <li>the packages {@link #FRONT_END_PACKAGES} and their sub-packages: the workflow, the plan
 *       (the JSON contract) and its verification, the report, the scan and its loading, the PACS,
 *       file output, the sample catalogue;
 *   <li>from {@code dicom} only {@code BadScanException} (the reason a file is refused) and
 *       {@code QuietImageIo} (the plugin's set-up of ImageIO in ImageJ); the parsers are {@code
 *       scan.ScanLoader}'s;
 *   <li>from {@code segment} and {@code planning} only the values the workflow takes and gives,
 *       {@link #FRONT_END_TYPES} (parameters, presets, masks, outcomes, results) with their
 *       nested types: no segmenter, detector, finder, planner or scorer (the outer class of an
 *       allowed nested type named, none of its members used);
 *   <li>the command line also {@code org.injectplan.bench} (the {@code bench} command measures
 *       the algorithms themselves).
 * </ul>
 *
 * <p><b>Core</b> never opens a window: no class of core refers to {@link #GUI_PREFIXES} (ImageJ's
 * windows, dialogs, log and progress bar through {@code ij.IJ}, AWT's windows and events,
 * Swing). ImageJ's pixel and filter classes and AWT's off-screen drawing (images, colours,
 * fonts, geometry) are a library and allowed.
 */
public final class Layering {
  /** Packages (internal names, with their sub-packages) a front end may use whole. */
  public static final Set<String> FRONT_END_PACKAGES = Set.of("org/injectplan/workflow/",
      "org/injectplan/plan/", "org/injectplan/report/", "org/injectplan/scan/", "org/injectplan/pacs/",
      "org/injectplan/io/", "org/injectplan/samples/");

  /**
   * Single types (with their nested types) a front end may name from below the workflow: the
   * values the workflow takes and gives. A nested type's outer class may be named (the class file
   * names it beside the nested type) but none of its members used: {@code FluoroPlanning.Result}
   * yes, {@code FluoroPlanning.plan(..)} no.
   */
  public static final Set<String> FRONT_END_TYPES = Set.of(
      "org/injectplan/dicom/BadScanException", "org/injectplan/dicom/QuietImageIo",
      // parameters and presets
      "org/injectplan/segment/capsule/CapsuleParams", "org/injectplan/segment/jointspace/JointSpaceParams",
      "org/injectplan/segment/ProgressListener", "org/injectplan/planning/JointPreset",
      "org/injectplan/planning/Side", "org/injectplan/planning/PlanParams",
      "org/injectplan/planning/ClinicalFigures",
      // masks, segmentations and their outcomes
      "org/injectplan/image/Mask", "org/injectplan/image/MaskPng", "org/injectplan/segment/Segmentation",
      "org/injectplan/segment/SegmentOutcome", "org/injectplan/segment/BestFrame",
      "org/injectplan/segment/CapacityEstimate", "org/injectplan/segment/jointspace/JointSpaceDetector$Result",
      // plans and the figures behind them, found structures, needle checks, practice scores
      "org/injectplan/planning/PlanningResult", "org/injectplan/planning/InPlanePath",
      "org/injectplan/planning/Deposition", "org/injectplan/planning/DoseFigures",
      "org/injectplan/planning/NeedleType", "org/injectplan/planning/FluoroPlanning$Result",
      "org/injectplan/planning/FluoroTarget", "org/injectplan/segment/structures/StructureFinder$Found",
      "org/injectplan/segment/needle/NeedleDetection", "org/injectplan/planning/PracticeScore");

  /** What the image kernel ({@code org.injectplan.image}) may refer to of ours: itself, file output, ImageIO's set-up. */
  public static final Set<String> KERNEL_MAY_USE = Set.of("org/injectplan/image/", "org/injectplan/io/",
      "org/injectplan/dicom/QuietImageIo");

  /**
   * What image analysis ({@code segment} and its sub-packages, but {@code segment.needle}, which
   * reads the planned path) must not refer to: the layers above it.
   */
  public static final Set<String> ABOVE_ANALYSIS = Set.of("org/injectplan/planning/", "org/injectplan/plan/",
      "org/injectplan/workflow/", "org/injectplan/report/", "org/injectplan/cli/", "org/injectplan/bench/",
      "org/injectplan/samples/", "org/injectplan/segment/needle/");

  /** What core must not refer to: the prefixes of ImageJ's, AWT's and Swing's window classes. */
  public static final List<String> GUI_PREFIXES = List.of("ij/gui/", "ij/plugin/frame/", "ij/text/",
      "ij/io/OpenDialog", "ij/io/SaveDialog", "ij/io/DirectoryChooser", "ij/IJ", "ij/ImageJ",
      "ij/WindowManager", "ij/Menus", "java/awt/Window", "java/awt/Frame", "java/awt/Dialog",
      "java/awt/FileDialog", "java/awt/Component", "java/awt/Container", "java/awt/Toolkit",
      "java/awt/Desktop", "java/awt/Robot", "java/awt/event/", "javax/swing/");

  private static final String OURS = "org/injectplan/";

  private Layering() {
  }

  /**
   * The references of a front-end class that break the rule, as {@code class -> referenced};
   * empty when it keeps it.
   *
   * @param cls the class's internal name ({@code org/injectplan/cli/PlanCommand})
   * @param ownPackage the front end's package ({@code org/injectplan/cli/})
   * @param alsoAllowed further packages this front end may use (the command line's bench)
   */
  public static List<String> frontEndViolations(String cls, Refs refs, String ownPackage, Set<String> alsoAllowed) {
    List<String> bad = new ArrayList<>();
    for (String r : refs.classes()) {
      if (!r.startsWith(OURS) || r.startsWith(ownPackage) || underAny(r, FRONT_END_PACKAGES)
          || underAny(r, alsoAllowed) || isAllowedType(r)
          || isOuterOfAllowedType(r) && !refs.memberOwners().contains(r)) {
        continue;
      }
      bad.add(cls + " -> " + r);
    }
    return bad;
  }

  /** The references of a class to our classes under none of {@code allowed}, as {@code class -> referenced}. */
  public static List<String> referencesOutside(String cls, Refs refs, Set<String> allowed) {
    List<String> bad = new ArrayList<>();
    for (String r : refs.classes()) {
      if (r.startsWith(OURS) && !underAny(r, allowed) && !r.startsWith(cls + "$") && !cls.startsWith(r + "$")) {
        bad.add(cls + " -> " + r);
      }
    }
    return bad;
  }

  /** The references of a class to classes under any of {@code forbidden}, as {@code class -> referenced}. */
  public static List<String> referencesUnder(String cls, Refs refs, Set<String> forbidden) {
    List<String> bad = new ArrayList<>();
    for (String r : refs.classes()) {
      if (underAny(r, forbidden)) {
        bad.add(cls + " -> " + r);
      }
    }
    return bad;
  }

  /** The references of a core class to ImageJ's, AWT's or Swing's windows, as {@code class -> referenced}. */
  public static List<String> guiViolations(String cls, Refs refs) {
    List<String> bad = new ArrayList<>();
    for (String r : refs.classes()) {
      for (String p : GUI_PREFIXES) {
        boolean hit = p.endsWith("/") ? r.startsWith(p) : r.equals(p) || r.startsWith(p + "$");
        if (hit) {
          bad.add(cls + " -> " + r);
          break;
        }
      }
    }
    return bad;
  }

  private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile(
      "^import\\s+(static\\s+)?(org\\.injectplan\\.[\\w.]+?)(\\.\\*)?\\s*;");

  /**
   * The {@code import}s of a front end's source files that break the rule, as {@code file ->
   * imported} (the class files do not show an import used only by the documentation, nor a
   * constant the compiler copied in). An import of a nested type's outer class is allowed where
   * the nested type is (the class files show whether a member of the outer class is used).
   *
   * @param packageDir the front end's package folder, e.g. {@code src/main/java/org/injectplan/cli}
   */
  public static List<String> importViolations(Path packageDir, String ownPackage, Set<String> alsoAllowed) {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.list(packageDir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
        for (String line : Files.readAllLines(f)) {
          java.util.regex.Matcher m = IMPORT.matcher(line.trim());
          if (!m.find()) {
            continue;
          }
          String r = internalName(m.group(2), m.group(1) != null, m.group(3) != null);
          if (!r.startsWith(ownPackage) && !underAny(r, FRONT_END_PACKAGES) && !underAny(r, alsoAllowed)
              && !isAllowedType(r) && !isOuterOfAllowedType(r)) {
            bad.add(f.getFileName() + " -> " + m.group(2) + (m.group(3) == null ? "" : ".*"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bad;
  }

  /**
   * {@code org.injectplan.a.B.C} as {@code org/injectplan/a/B$C}; a static import's member left
   * out; a package's wildcard as the package folder.
   */
  static String internalName(String dotted, boolean isStatic, boolean wildcard) {
    String[] parts = dotted.split("\\.");
    int end = isStatic && !wildcard ? parts.length - 1 : parts.length;
    StringBuilder b = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < end; i++) {
      boolean type = Character.isUpperCase(parts[i].charAt(0));
      b.append(i == 0 ? "" : inClass ? "$" : "/").append(parts[i]);
      inClass |= type;
    }
    return inClass ? b.toString() : b + "/";
  }

  private static boolean underAny(String r, Set<String> packages) {
    return packages.stream().anyMatch(r::startsWith);
  }

  private static boolean isAllowedType(String r) {
    return FRONT_END_TYPES.stream().anyMatch(t -> r.equals(t) || r.startsWith(t + "$"));
  }

  private static boolean isOuterOfAllowedType(String r) {
    return FRONT_END_TYPES.stream().anyMatch(t -> t.startsWith(r + "$"));
  }

  /** What a class file names: every class, and the classes whose members it uses. */
  public record Refs(Set<String> classes, Set<String> memberOwners) {
    static Refs of(byte[] classFile, String name) throws IOException {
      return new Refs(ClassReferences.of(classFile, name), ClassReferences.memberOwners(classFile, name));
    }
  }

  /**
   * The compiled classes of a module under {@code org/injectplan/}, by internal name, with what
   * each refers to: read from the class-path entry (a folder of classes) that holds {@code anchor}.
   */
  public static TreeMap<String, Refs> classesBeside(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(anchor + " is not loaded from a folder of classes: " + root);
    }
    TreeMap<String, Refs> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.resolve(OURS))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "");
        out.put(name, Refs.of(Files.readAllBytes(f), name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The references of a class as loaded by the class path (a test fixture). */
  public static Refs referencesOf(Class<?> c) {
    String name = c.getName().replace('.', '/');
    try (var in = c.getClassLoader().getResourceAsStream(name + ".class")) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + c);
      }
      return Refs.of(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
