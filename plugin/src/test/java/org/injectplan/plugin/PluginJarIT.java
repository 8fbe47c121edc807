package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.injectplan.ClassReferences;
import org.junit.jupiter.api.Test;

/**
 * What the packaged {@code Injection_Planner.jar} holds: every class is ours, the libraries'
 * relocated under {@code org.injectplan.shaded} (Fiji's {@code jars/} keeps other versions of
 * them under their own names); the command line is not inside; and every class that the menu
 * commands or the ImageIO readers registered by the jar can reach is in the jar, the JDK or
 * ImageJ, so that the parts of PixelMed, jai-imageio and Commons Math left out are only those
 * that nothing of ours uses. Prints the jar's size and its parts.
 */
class PluginJarIT {
  /** Files at the top of the jar besides META-INF/ and org/injectplan/: ImageJ's menu, PixelMed's notice. */
  private static final Set<String> TOP_LEVEL_FILES = Set.of("plugins.config", "COPYRIGHT", "BUILDDATE");
  /**
   * Optional libraries of the libraries inside, absent from the jar (and from the jar before
   * relocation): named only in code that runs when they are on the class path.
   */
  private static final List<String> OPTIONAL = List.of(
      "org/apache/log4j/", "org/apache/logging/log4j/", "org/slf4j/", // commons-logging's back ends
      "org/apache/avalon/", "org/apache/log/", // (PDFBox logs through commons-logging)
      "org/bouncycastle/"); // PDFBox: public-key encryption, which the reports do not use

  private static Path jar() {
    return Path.of(System.getProperty("injectplan.pluginJar"));
  }

  @Test
  void everyClassIsOursOrRelocatedUnderOurs() throws IOException {
    Map<String, long[]> parts = new TreeMap<>();
    Set<String> foreign = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar().toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
        String n = e.getName();
        boolean ours = n.startsWith("org/injectplan/");
        if (n.endsWith(".class") ? !ours : !(ours || n.startsWith("META-INF/") || TOP_LEVEL_FILES.contains(n))) {
          foreign.add(n);
        }
        long[] p = parts.computeIfAbsent(part(n), k -> new long[2]);
        p[0]++;
        p[1] += e.getCompressedSize();
      });
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %.1f MB%n", jar().getFileName(),
        Files.size(jar()) / 1e6));
    parts.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-36s %5d entries %6.2f MB%n", k, v[0], v[1] / 1e6)));
    System.out.print(s);
    assertEquals(Set.of(), foreign, "entries outside org/injectplan/ (and META-INF/, " + TOP_LEVEL_FILES + ")");
    assertTrue(parts.containsKey("org/injectplan/shaded/pixelmed"), "PixelMed is inside, relocated:\n" + s);
    assertTrue(parts.containsKey("org/injectplan/samples"), "the sample scans are inside:\n" + s);
  }

  @Test
  void theCommandLineIsNotInside() throws IOException {
    try (ZipFile zip = new ZipFile(jar().toFile())) {
      assertFalse(zip.stream().anyMatch(e -> e.getName().startsWith("org/injectplan/cli/")
          || e.getName().startsWith("org/injectplan/bench/") || e.getName().contains("/picocli/")),
          "the command line, its benchmarks and picocli are left out");
      assertTrue(zip.getEntry("org/injectplan/plugin/OpenScan.class") != null, "the commands are inside");
    }
  }

  @Test
  void everyClassTheCommandsReachIsInTheJarTheJdkOrImageJ() throws IOException {
    Set<String> imagej = new TreeSet<>();
    try (ZipFile ij = new ZipFile(System.getProperty("injectplan.imagejJar"))) {
      ij.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).forEach(imagej::add);
    }
    Map<String, String> missing = new TreeMap<>(); // class -> one class that refers to it
    try (ZipFile zip = new ZipFile(jar().toFile())) {
      Deque<String> todo = new ArrayDeque<>(roots(zip));
      Map<String, Boolean> seen = new HashMap<>();
      todo.forEach(c -> seen.put(c, true));
      while (!todo.isEmpty()) {
        String c = todo.pop();
        ZipEntry e = zip.getEntry(c + ".class");
        if (e == null) {
          continue;
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        for (String r : ClassReferences.of(bytes, c)) {
          if (seen.putIfAbsent(r, true) != null) {
            continue;
          }
          if (zip.getEntry(r + ".class") != null) {
            todo.push(r);
          } else if (!imagej.contains(r + ".class") && !inJdk(r) && OPTIONAL.stream().noneMatch(r::startsWith)) {
            missing.put(r, c);
          }
        }
      }
      assertTrue(seen.size() > 1000, "the walk followed the references: " + seen.size());
    }
    assertEquals(Map.of(), missing, "classes reached from the commands but not in the jar (class=referred to by)");
  }

  /** The menu commands and the service providers the jar registers. */
  private static Set<String> roots(ZipFile zip) throws IOException {
    Set<String> roots = new TreeSet<>();
    zip.stream().map(ZipEntry::getName)
        .filter(n -> n.startsWith("org/injectplan/plugin/") && n.endsWith(".class"))
        .forEach(n -> roots.add(n.substring(0, n.length() - ".class".length())));
    for (ZipEntry e : zip.stream().filter(e -> e.getName().startsWith("META-INF/services/") && !e.isDirectory()).toList()) {
      try (InputStream in = zip.getInputStream(e)) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").trim())
            .filter(l -> !l.isEmpty()).forEach(l -> roots.add(l.replace('.', '/')));
      }
    }
    return roots;
  }

  private static boolean inJdk(String internalName) {
    return ClassLoader.getPlatformClassLoader().getResource(internalName + ".class") != null;
  }

  /** The part of the jar an entry belongs to, for the printed sizes. */
  private static String part(String name) {
    String[] p = name.split("/");
    if (name.startsWith("org/injectplan/shaded/") && p.length > 4) {
      return String.join("/", p[0], p[1], p[2], p[3]);
    }
    if (name.startsWith("org/injectplan/") && p.length > 3) {
      return name.startsWith("org/injectplan/samples/") && !name.endsWith(".class")
          ? "org/injectplan/samples (sample files)" : String.join("/", p[0], p[1], p[2]);
    }
    return p.length > 1 ? p[0] : name;
  }
}
