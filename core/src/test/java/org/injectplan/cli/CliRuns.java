package org.injectplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.injectplan.plan.PlanJson;
import org.injectplan.report.KeyFigure;
import org.injectplan.report.KeyFigures;

/**
 * Runs the command line in-process on every sample scan ({@code plan}, {@code segment},
 * {@code report}, {@code check}, {@code practice}, {@code demo}) and records what each run gave:
 * exit status, stdout, stderr and the files written (JSON as a tree, a PNG mask as its pixel
 * count and first moments, a plan also as the report's key figures; other files as present).
 * Paths are written as {@code $TMP} and {@code $SAMPLES}, so that runs compare across folders.
 */
final class CliRuns {
  static final List<String> US = List.of("knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us",
      "hip-cine", "knee-us-needle");
  static final List<String> XA = List.of("facet-oblique-xa", "hip-ap-xa", "spine-ap-xa", "spine-lateral-xa");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path samples;
  private final Path tmp;
  private final ObjectNode runs = MAPPER.createObjectNode();

  CliRuns(Path samples, Path tmp) {
    this.samples = samples;
    this.tmp = tmp;
  }

  /** Every run, by name. */
  ObjectNode all() throws IOException {
    for (String id : US) {
      ultrasound(id);
    }
    for (String id : XA) {
      fluoroscopy(id);
    }
    String needle = "knee-us-needle";
    String ref = samples.resolve(needle).resolve(needle + ".plan.json").toString();
    run(needle + " check reference", "check", dcm(needle), "--plan", ref, "--json", "$OUT/check.json");
    run(needle + " check given capsule", "check", dcm(needle), "--plan", ref, "--capsule", mask(needle, "capsule"));
    run(needle + " check own plan", "check", dcm(needle), "--plan", tmp.resolve(needle + " plan masks/plan.json")
        .toString(), "--json", "$OUT/check.json");
    run("demo", "demo", "--out", "$OUT");
    return runs;
  }

  private void ultrasound(String id) throws IOException {
    JsonNode ref = reference(id);
    String joint = ref.get("joint").asText();
    String target = point(ref.get("target"));
    String entry = point(ref.get("entry"));
    run(id + " segment", "segment", dcm(id), "--json", "$OUT/seg.json", "--mask", "$OUT/seg.png");
    run(id + " segment seeded", "segment", dcm(id), "--seed", target, "--json", "$OUT/seg.json");
    if (id.endsWith("-cine")) {
      run(id + " segment best frame", "segment", dcm(id), "--best-frame", "--threads", "2", "--json",
          "$OUT/seg.json");
    }
    run(id + " plan automatic", "plan", dcm(id), "--joint", joint, "--out", "$OUT/plan.json");
    run(id + " plan masks", "plan", dcm(id), "--joint", joint, "--capsule", mask(id, "capsule"), "--avoid",
        mask(id, "avoid"), "--avoid-name", ref.get("avoid").asText(), "--bone", mask(id, "bone"), "--out",
        "$OUT/plan.json");
    run(id + " plan seeded no-find", "plan", dcm(id), "--joint", joint, "--seed", target, "--avoid",
        mask(id, "avoid"), "--bone", mask(id, "bone"), "--no-find", "--volume-ml", "2.5", "--cells", "2e7",
        "--viability", "0.9", "--out", "$OUT/plan.json");
    run(id + " plan given path", "plan", dcm(id), "--joint", joint, "--capsule", mask(id, "capsule"), "--target",
        target, "--entry", entry, "--max-angle-deg", "40", "--min-clearance-mm", "1.5", "--out", "$OUT/plan.json");
    report(id + " plan masks");
    report(id + " plan automatic");
    run(id + " practice", "practice", dcm(id), "--target", target, "--entry", entry, "--json", "$OUT/score.json");
  }

  private void fluoroscopy(String id) throws IOException {
    JsonNode ref = reference(id);
    String joint = ref.get("joint").asText();
    String target = point(ref.get("target"));
    run(id + " segment", "segment", dcm(id), "--json", "$OUT/seg.json", "--mask", "$OUT/seg.png");
    run(id + " plan automatic", "plan", dcm(id), "--joint", joint, "--out", "$OUT/plan.json");
    run(id + " plan given", "plan", dcm(id), "--joint", joint, "--target", target, "--capsule",
        mask(id, "joint-space"), "--avoid", mask(id, "avoid"), "--out", "$OUT/plan.json");
    if (id.equals("spine-ap-xa")) {
      run(id + " plan biplane", "plan", dcm(id), "--joint", joint, "--lateral", dcm("spine-lateral-xa"), "--out",
          "$OUT/plan.json");
    }
    report(id + " plan automatic");
    report(id + " plan given");
    run(id + " practice", "practice", dcm(id), "--target", target, "--entry", target, "--json", "$OUT/score.json");
  }

  private void report(String planRun) throws IOException {
    Path plan = tmp.resolve(planRun).resolve("plan.json");
    if (Files.exists(plan)) {
      run(planRun + " report", "report", plan.toString(), "--pdf", "$OUT/r.pdf", "--json", "$OUT/r.json",
          "--dicom", "$OUT/r.dcm");
    }
  }

  private void run(String name, String... args) throws IOException {
    Path out = Files.createDirectories(tmp.resolve(name));
    String[] a = Stream.of(args).map(s -> s.replace("$OUT", out.toString())).toArray(String[]::new);
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    int status = Main.run(a, new PrintWriter(so, true), new PrintWriter(se, true));
    ObjectNode r = runs.putObject(name);
    r.put("args", relative(String.join(" ", a)));
    r.put("exit", status);
    r.put("stdout", relative(so.toString()));
    r.put("stderr", relative(se.toString()));
    ObjectNode files = r.putObject("files");
    List<Path> written;
    try (Stream<Path> s = Files.list(out)) {
      written = new ArrayList<>(s.sorted().toList());
    }
    for (Path f : written) {
      files.set(f.getFileName().toString(), file(f));
    }
  }

  private JsonNode file(Path f) throws IOException {
    String n = f.getFileName().toString();
    if (n.endsWith(".json")) {
      JsonNode tree = MAPPER.readTree(relative(Files.readString(f)));
      if (tree.has("target") && tree.has("deposition")) {
        ObjectNode withFigures = ((ObjectNode) tree).deepCopy();
        ArrayNode kf = withFigures.putArray("(key figures)");
        for (KeyFigure k : KeyFigures.of(PlanJson.read(f))) {
          kf.addObject().put("label", relative(k.label())).put("value", relative(k.value()))
              .put("basis", relative(k.basis()));
        }
        return withFigures;
      }
      return tree;
    }
    if (n.endsWith(".png")) {
      return png(f);
    }
    return MAPPER.getNodeFactory().textNode("present");
  }

  /** A mask PNG as {pixels inside, sum of x, sum of y, width, height}. */
  private static JsonNode png(Path f) throws IOException {
    BufferedImage im = ImageIO.read(f.toFile());
    Raster r = im.getRaster();
    long count = 0;
    long sx = 0;
    long sy = 0;
    for (int y = 0; y < im.getHeight(); y++) {
      for (int x = 0; x < im.getWidth(); x++) {
        if (r.getSample(x, y, 0) != 0) {
          count++;
          sx += x;
          sy += y;
        }
      }
    }
    return MAPPER.createObjectNode().put("inside", count).put("sumX", sx).put("sumY", sy).put("width", im.getWidth())
        .put("height", im.getHeight());
  }

  private String relative(String s) {
    return s.replace(tmp.toString(), "$TMP").replace(samples.toString(), "$SAMPLES");
  }

  private JsonNode reference(String id) throws IOException {
    return MAPPER.readTree(samples.resolve(id).resolve(id + ".plan.json").toFile());
  }

  private String dcm(String id) {
    return samples.resolve(id).resolve(id + ".dcm").toString();
  }

  private String mask(String id, String kind) {
    return samples.resolve(id).resolve("masks").resolve(kind + "-f00.png").toString();
  }

  private static String point(JsonNode p) {
    return p.get("xPx").asDouble() + "," + p.get("yPx").asDouble();
  }
}
